import type { WsjfInputs } from '../issue/pm-issue';
import { checkNumber, finiteOrNull, shown, violates, type NumberRule } from './number-rule';
import { scoreOutcome, type InputProblem, type ScoreResult } from './score-result';

/**
 * WSJF (SAFe) = Cost of Delay / Job Size, where Cost of Delay = User-business
 * value + Time criticality + Risk reduction / opportunity enablement. Every
 * input is on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20; with
 * `strictScales: false` the three parts may be any value >= 0 and job size
 * any value > 0.
 *
 * @example
 * scoreWsjf({ userBusinessValue: 8, timeCriticality: 5, riskReduction: 13, jobSize: 5 }) // value 5.2
 */
export const WSJF_SCALE = [1, 2, 3, 5, 8, 13, 20] as const;

const STRICT: NumberRule = { scale: WSJF_SCALE };
const PART_LOOSE: NumberRule = { min: 0 };
const SIZE_LOOSE: NumberRule = { gt: 0 };

export const WSJF_FORMULA = '(User-business value + Time criticality + Risk reduction) / Job size';

/** The WSJF value, or null when not scorable. Allocation-free, for roll-ups. */
export function wsjfValue(inputs: WsjfInputs | undefined, strictScales = true): number | null {
  if (inputs === undefined) return null;
  const part = strictScales ? STRICT : PART_LOOSE;
  const { userBusinessValue: v, timeCriticality: t, riskReduction: r, jobSize: s } = inputs;
  if (
    violates(v, part) !== null ||
    violates(t, part) !== null ||
    violates(r, part) !== null ||
    violates(s, strictScales ? STRICT : SIZE_LOOSE) !== null
  )
    return null;
  return finiteOrNull(((v as number) + (t as number) + (r as number)) / (s as number));
}

export function scoreWsjf(inputs: WsjfInputs | undefined, options: { strictScales?: boolean } = {}): ScoreResult {
  const strict = options.strictScales ?? true;
  const part = strict ? STRICT : PART_LOOSE;
  const i = inputs ?? {};
  const problems: InputProblem[] = [];
  checkNumber('userBusinessValue', i.userBusinessValue, part, problems);
  checkNumber('timeCriticality', i.timeCriticality, part, problems);
  checkNumber('riskReduction', i.riskReduction, part, problems);
  checkNumber('jobSize', i.jobSize, strict ? STRICT : SIZE_LOOSE, problems);
  const breakdown = {
    formula: WSJF_FORMULA,
    inputs: {
      userBusinessValue: shown(i.userBusinessValue),
      timeCriticality: shown(i.timeCriticality),
      riskReduction: shown(i.riskReduction),
      jobSize: shown(i.jobSize),
    },
    terms: [],
  };
  return scoreOutcome('wsjf', problems, breakdown, () => ({
    value: wsjfValue(i, strict),
    terms: [
      {
        name: 'Cost of delay',
        value: (i.userBusinessValue as number) + (i.timeCriticality as number) + (i.riskReduction as number),
      },
      { name: 'Job size', value: i.jobSize as number },
    ],
  }));
}
