import type { RawNumber } from '../issue/pm-issue';
import type { WeightedCriterion } from '../workflow/workflow-config-schema';
import { checkNumber, finiteOrNull, shown, violates } from './number-rule';
import { scoreOutcome, type InputProblem, type ScoreResult } from './score-result';

/**
 * Weighted scorecard: the weighted mean of the criteria ratings,
 * sum(weight x rating') / sum(weight), where rating' is the rating itself for
 * a 'benefit' criterion and (min + max - rating) for a 'cost' one (so a high
 * cost lowers the score). The mean, not the sum, is used so the score stays on
 * the ratings' own scale when criteria are added. This is the *absolute*
 * score; `normaliseScores` gives the score relative to the compared set.
 *
 * @example
 * const criteria = [{ id: 'value', label: 'Value', weight: 3, min: 0, max: 10, direction: 'benefit' as const },
 *                   { id: 'risk', label: 'Risk', weight: 1, min: 0, max: 10, direction: 'cost' as const }];
 * scoreWeighted({ value: 8, risk: 2 }, criteria) // (3*8 + 1*8) / 4 = 8
 */
export type WeightedCriterionSpec = WeightedCriterion;

export const WEIGHTED_FORMULA = 'sum(weight x rating) / sum(weight); cost criteria rated as (min + max - rating)';

/** The absolute weighted score, or null when not scorable. For roll-ups. */
export function weightedValue(ratings: Record<string, RawNumber> | undefined, criteria: readonly WeightedCriterionSpec[]): number | null {
  if (ratings === undefined || criteria.length === 0) return null;
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const r = ratings[c.id];
    if (violates(r, c) !== null) return null;
    sum += weightedTerm(c, r as number);
    weights += c.weight;
  }
  return weights > 0 ? finiteOrNull(sum / weights) : null;
}

export function scoreWeighted(ratings: Record<string, RawNumber> | undefined, criteria: readonly WeightedCriterionSpec[]): ScoreResult {
  const r = ratings ?? {};
  const problems: InputProblem[] = [];
  if (criteria.length === 0) problems.push({ field: 'criteria', code: 'not-configured', message: 'no weighted criteria are configured' });
  else if (!criteria.some((c) => c.weight > 0)) problems.push({ field: 'criteria', code: 'not-configured', message: 'all criteria weights are 0' });
  for (const c of criteria) checkNumber(c.id, r[c.id], c, problems);
  const inputs: Record<string, number | string | null> = {};
  for (const c of criteria) inputs[c.id] = shown(r[c.id]);
  return scoreOutcome('weighted', problems, { formula: WEIGHTED_FORMULA, inputs, terms: [] }, () => ({
    value: weightedValue(r, criteria),
    terms: criteria.map((c) => ({
      name: `${c.label} (weight ${c.weight}${c.direction === 'cost' ? ', cost' : ''})`,
      value: weightedTerm(c, r[c.id] as number),
    })),
  }));
}

/** weight x rating, with a cost criterion's rating inverted to (min + max - rating). */
function weightedTerm(c: WeightedCriterionSpec, rating: number): number {
  return c.weight * (c.direction === 'cost' ? c.min + c.max - rating : rating);
}
