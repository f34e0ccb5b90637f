import type { IceInputs } from '../issue/pm-issue';
import { checkNumber, finiteOrNull, shown, violates, type NumberRule } from './number-rule';
import { scoreOutcome, type InputProblem, type ScoreResult } from './score-result';

/**
 * ICE = Impact x Confidence x Ease, each rated 1..10 (range 1..1000). Some
 * teams average the three instead (range 1..10); `mode` chooses, and the
 * breakdown names the formula used so the two are never confused.
 *
 * @example
 * scoreIce({ impact: 8, confidence: 5, ease: 5 }) // value 200
 * scoreIce({ impact: 8, confidence: 5, ease: 5 }, { mode: 'average' }) // value 6
 */
export type IceMode = 'product' | 'average';

const RATING: NumberRule = { min: 1, max: 10 };

export const ICE_FORMULAS: Record<IceMode, string> = {
  product: 'Impact x Confidence x Ease',
  average: '(Impact + Confidence + Ease) / 3',
};

/** The ICE value, or null when not scorable. Allocation-free, for roll-ups. */
export function iceValue(inputs: IceInputs | undefined, mode: IceMode = 'product'): number | null {
  if (inputs === undefined) return null;
  const { impact, confidence, ease } = inputs;
  if (violates(impact, RATING) !== null || violates(confidence, RATING) !== null || violates(ease, RATING) !== null)
    return null;
  const a = impact as number;
  const b = confidence as number;
  const c = ease as number;
  return finiteOrNull(mode === 'product' ? a * b * c : (a + b + c) / 3);
}

export function scoreIce(inputs: IceInputs | undefined, options: { mode?: IceMode } = {}): ScoreResult {
  const mode = options.mode ?? 'product';
  const i = inputs ?? {};
  const problems: InputProblem[] = [];
  checkNumber('impact', i.impact, RATING, problems);
  checkNumber('confidence', i.confidence, RATING, problems);
  checkNumber('ease', i.ease, RATING, problems);
  const breakdown = {
    formula: ICE_FORMULAS[mode],
    inputs: { impact: shown(i.impact), confidence: shown(i.confidence), ease: shown(i.ease) },
    terms: [],
  };
  return scoreOutcome('ice', problems, breakdown, () => {
    const a = i.impact as number;
    const b = i.confidence as number;
    const c = i.ease as number;
    return {
      value: iceValue(i, mode),
      terms:
        mode === 'product'
          ? [{ name: 'Impact x Confidence', value: a * b }]
          : [{ name: 'Impact + Confidence + Ease', value: a + b + c }],
    };
  });
}
