import type { ValueEffortInputs } from '../issue/pm-issue';
import { checkNumber, finiteOrNull, shown, violates, type NumberRule } from './number-rule';
import { scoreOutcome, type InputProblem, type ScoreResult } from './score-result';

/**
 * Value / effort ratio: value >= 0, effort > 0 (any consistent units).
 *
 * @example
 * scoreValueEffort({ value: 8, effort: 2 }) // value 4
 */
const VALUE: NumberRule = { min: 0 };
const EFFORT: NumberRule = { gt: 0 };

export const VALUE_EFFORT_FORMULA = 'Value / Effort';

/** The ratio, or null when not scorable. Allocation-free, for roll-ups. */
export function valueEffortValue(inputs: ValueEffortInputs | undefined): number | null {
  if (inputs === undefined || violates(inputs.value, VALUE) !== null || violates(inputs.effort, EFFORT) !== null)
    return null;
  return finiteOrNull((inputs.value as number) / (inputs.effort as number));
}

export function scoreValueEffort(inputs: ValueEffortInputs | undefined): ScoreResult {
  const i = inputs ?? {};
  const problems: InputProblem[] = [];
  checkNumber('value', i.value, VALUE, problems);
  checkNumber('effort', i.effort, EFFORT, problems);
  const breakdown = {
    formula: VALUE_EFFORT_FORMULA,
    inputs: { value: shown(i.value), effort: shown(i.effort) },
    terms: [],
  };
  return scoreOutcome('valueEffort', problems, breakdown, () => ({ value: valueEffortValue(i), terms: [] }));
}
