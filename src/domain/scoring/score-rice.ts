import type { RiceInputs } from '../issue/pm-issue';
import { checkNumber, finiteOrNull, shown, violates, type NumberRule } from './number-rule';
import { scoreOutcome, type InputProblem, type InputWarning, type ScoreResult } from './score-result';

/**
 * RICE (Intercom) = Reach x Impact x Confidence / Effort.
 * Impact on the scale 3 / 2 / 1 / 0.5 / 0.25, Confidence stored as a
 * percentage (100 / 80 / 50), Effort in person-months (> 0). With
 * `strictScales: false` impact may be any value > 0 and confidence any
 * percentage in (0, 100], for teams that calibrate their own scales.
 *
 * @example
 * scoreRice({ reach: 450, impact: 3, confidence: 100, effort: 2 }) // scored, value 675
 */
export interface RiceOptions {
  strictScales?: boolean;
}

export const RICE_IMPACT_SCALE = [3, 2, 1, 0.5, 0.25] as const;
export const RICE_CONFIDENCE_SCALE = [100, 80, 50] as const;

const REACH: NumberRule = { min: 0 };
const EFFORT: NumberRule = { gt: 0 };
const IMPACT_STRICT: NumberRule = { scale: RICE_IMPACT_SCALE };
const IMPACT_LOOSE: NumberRule = { gt: 0 };
const CONFIDENCE_STRICT: NumberRule = { scale: RICE_CONFIDENCE_SCALE };
const CONFIDENCE_LOOSE: NumberRule = { gt: 0, max: 100 };

export const RICE_FORMULA = 'Reach x Impact x (Confidence / 100) / Effort';

/** The RICE value, or null when not scorable. Allocation-free, for roll-ups. */
export function riceValue(inputs: RiceInputs | undefined, strictScales = true): number | null {
  if (inputs === undefined) return null;
  const { reach, impact, confidence, effort } = inputs;
  if (
    violates(reach, REACH) !== null ||
    violates(impact, strictScales ? IMPACT_STRICT : IMPACT_LOOSE) !== null ||
    violates(confidence, strictScales ? CONFIDENCE_STRICT : CONFIDENCE_LOOSE) !== null ||
    violates(effort, EFFORT) !== null
  )
    return null;
  return finiteOrNull(((reach as number) * (impact as number) * ((confidence as number) / 100)) / (effort as number));
}

export function scoreRice(inputs: RiceInputs | undefined, options: RiceOptions = {}): ScoreResult {
  const strict = options.strictScales ?? true;
  const i = inputs ?? {};
  const problems: InputProblem[] = [];
  checkNumber('reach', i.reach, REACH, problems);
  checkNumber('impact', i.impact, strict ? IMPACT_STRICT : IMPACT_LOOSE, problems);
  checkNumber('confidence', i.confidence, strict ? CONFIDENCE_STRICT : CONFIDENCE_LOOSE, problems);
  checkNumber('effort', i.effort, EFFORT, problems);
  const warnings = riceWarnings(i);
  const breakdown = {
    formula: RICE_FORMULA,
    inputs: {
      reach: shown(i.reach),
      impact: shown(i.impact),
      confidence: shown(i.confidence),
      effort: shown(i.effort),
    },
    terms: [],
  };
  return scoreOutcome(
    'rice',
    problems,
    breakdown,
    () => {
      const reach = i.reach as number;
      const impact = i.impact as number;
      const confidenceShare = (i.confidence as number) / 100;
      const numerator = reach * impact * confidenceShare;
      return {
        value: riceValue(i, strict),
        terms: [
          { name: 'Reach x Impact', value: reach * impact },
          { name: 'Confidence share', value: confidenceShare },
          { name: 'Reach x Impact x Confidence', value: numerator },
          { name: 'Effort (person-months)', value: i.effort as number },
        ],
      };
    },
    warnings,
  );
}

/**
 * Inputs that look like the wrong unit. Confidence is a percentage, so a
 * value in (0, 1] was almost certainly typed as a share (0.8 for 80 %): with
 * loose scales it would be scored as 0.8 %, a score 100 times too small, and
 * with strict scales it is off the scale. Either way the warning says what
 * was probably meant.
 *
 * @example
 * riceWarnings({ confidence: 0.8 })[0].message // 'confidence 0.8 looks like a share: RICE confidence is a percentage, did you mean 80?'
 */
export function riceWarnings(inputs: RiceInputs): InputWarning[] {
  const c = inputs.confidence;
  if (typeof c !== 'number' || !(c > 0 && c <= 1)) return [];
  const percent = Math.round(c * 1e6) / 1e4;
  return [
    {
      field: 'confidence',
      code: 'looks-like-a-share',
      message: `confidence ${c} looks like a share: RICE confidence is a percentage, did you mean ${percent}?`,
      suggested: percent,
    },
  ];
}
