import type { RawNumber } from '../issue/pm-issue';
import type { WeightedCriterion } from '../workflow/workflow-config-schema';
import { checkNumber, finiteOrNull, shown, violates } from './number-rule';
import { scoreOutcome, type InputProblem, type ScoreResult } from './score-result';

/**
 * Weighted scorecard: the weighted mean of the criteria ratings, each first
 * put on its own scale's 0..1 range,
 *   score = sum(weight x share) / sum(weight), with
 *   share = (rating - min) / (max - min) for a 'benefit' criterion and
 *   share = (max - rating) / (max - min) for a 'cost' one (a high cost lowers the score).
 * So the score is in 0..1 whatever scales the criteria use, and only the
 * weights decide how much a criterion counts: rated on 0..1000, "reach"
 * does not outweigh a 1..5 "value" of the same weight. This is the *absolute*
 * score; `normaliseScores` gives the score relative to the compared set.
 *
 * @example
 * const criteria = [{ id: 'value', label: 'Value', weight: 1, min: 1, max: 5, direction: 'benefit' as const },
 *                   { id: 'reach', label: 'Reach', weight: 1, min: 0, max: 1000, direction: 'benefit' as const }];
 * scoreWeighted({ value: 5, reach: 100 }, criteria) // (1 x 1 + 1 x 0.1) / 2 = 0.55
 * scoreWeighted({ value: 1, reach: 900 }, criteria) // (1 x 0 + 1 x 0.9) / 2 = 0.45
 */
export type WeightedCriterionSpec = WeightedCriterion;

export const WEIGHTED_FORMULA =
  'sum(weight x share) / sum(weight); share = (rating - min) / (max - min), for cost criteria (max - rating) / (max - min)';

/** The absolute weighted score (0..1), or null when not scorable. For roll-ups. */
export function weightedValue(
  ratings: Record<string, RawNumber> | undefined,
  criteria: readonly WeightedCriterionSpec[],
): number | null {
  if (ratings === undefined || criteria.length === 0) return null;
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const r = ratings[c.id];
    if (!(c.max > c.min) || violates(r, c) !== null) return null;
    sum += weightedTerm(c, r as number);
    weights += c.weight;
  }
  return weights > 0 ? finiteOrNull(sum / weights) : null;
}

export function scoreWeighted(
  ratings: Record<string, RawNumber> | undefined,
  criteria: readonly WeightedCriterionSpec[],
): ScoreResult {
  const r = ratings ?? {};
  const problems: InputProblem[] = [];
  if (criteria.length === 0)
    problems.push({ field: 'criteria', code: 'not-configured', message: 'no weighted criteria are configured' });
  else if (!criteria.some((c) => c.weight > 0))
    problems.push({ field: 'criteria', code: 'not-configured', message: 'all criteria weights are 0' });
  for (const c of criteria) {
    if (!(c.max > c.min))
      problems.push({
        field: 'criteria',
        code: 'not-configured',
        message: `criterion ${c.id} has no scale (max ${c.max} must be above min ${c.min})`,
      });
    else checkNumber(c.id, r[c.id], c, problems);
  }
  const inputs: Record<string, number | string | null> = {};
  for (const c of criteria) inputs[c.id] = shown(r[c.id]);
  return scoreOutcome('weighted', problems, { formula: WEIGHTED_FORMULA, inputs, terms: [] }, () => ({
    value: weightedValue(r, criteria),
    terms: criteria.map((c) => ({
      name: `${c.label} (weight ${c.weight}, ${c.min}..${c.max}${c.direction === 'cost' ? ', cost' : ''})`,
      value: weightedTerm(c, r[c.id] as number),
    })),
  }));
}

/** The rating's share of its own scale (0 at min, 1 at max; inverted for a cost criterion). */
export function ratingShare(c: WeightedCriterionSpec, rating: number): number {
  const span = c.max - c.min;
  return c.direction === 'cost' ? (c.max - rating) / span : (rating - c.min) / span;
}

/** weight x the rating's share of its scale. */
function weightedTerm(c: WeightedCriterionSpec, rating: number): number {
  return c.weight * ratingShare(c, rating);
}
