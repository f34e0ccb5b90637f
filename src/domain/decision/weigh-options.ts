/**
 * The weighted result of a Build / Buy / Partner (or any options) decision:
 * each option's score = sum(weight x rating) / sum(weights), on the rating
 * scale (0..10). A criterion without a rating for an option counts as not
 * rated: the option's score is then null with the missing criteria named,
 * never a silently lower number. The recommendation is the best scored
 * option; a tie names every tied option.
 *
 * @example
 * weighOptions(
 *   [{ id: 'build' }, { id: 'buy' }],
 *   [{ id: 'cost', weight: 2 }, { id: 'fit', weight: 1 }],
 *   { build: { cost: 4, fit: 9 }, buy: { cost: 8, fit: 5 } },
 * ) // build 5.67, buy 7; recommended ['buy']
 */
export interface DecisionOption {
  id: string;
}

export interface DecisionCriterion {
  id: string;
  weight: number;
}

export const RATING_MIN = 0;
export const RATING_MAX = 10;

export interface OptionScore {
  optionId: string;
  score: number | null;
  /** Criteria (ids) this option has no usable rating for. */
  missing: string[];
}

export interface WeighedOptions {
  scores: OptionScore[];
  /** Best scored option ids (more than one on a tie); empty when none is fully rated. */
  recommended: string[];
  /** Why no option can be scored at all. */
  problems: string[];
}

export function weighOptions(
  options: readonly DecisionOption[],
  criteria: readonly DecisionCriterion[],
  ratings: Readonly<Record<string, Readonly<Record<string, number>>>>,
): WeighedOptions {
  const problems: string[] = [];
  if (options.length === 0) problems.push('Add at least one option.');
  if (criteria.length === 0) problems.push('Add at least one criterion.');
  const weights = criteria.map((c) => c.weight);
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) problems.push('Weights must be numbers of at least 0.');
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  if (criteria.length > 0 && !(totalWeight > 0)) problems.push('At least one criterion needs a weight above 0.');
  if (problems.length > 0)
    return { scores: options.map((o) => ({ optionId: o.id, score: null, missing: [] })), recommended: [], problems };

  const scores = options.map((o): OptionScore => {
    const own = Object.hasOwn(ratings, o.id) ? ratings[o.id] : undefined;
    let weighted = 0;
    const missing: string[] = [];
    for (const c of criteria) {
      const r = own && Object.hasOwn(own, c.id) ? own[c.id] : undefined;
      if (r === undefined || !Number.isFinite(r) || r < RATING_MIN || r > RATING_MAX) missing.push(c.id);
      else weighted += c.weight * r;
    }
    return { optionId: o.id, score: missing.length > 0 ? null : weighted / totalWeight, missing };
  });
  const scored = scores.filter((s): s is OptionScore & { score: number } => s.score !== null);
  const best = scored.reduce((m, s) => Math.max(m, s.score), -Infinity);
  // Ties within floating-point error are ties.
  const recommended = scored
    .filter((s) => Math.abs(s.score - best) <= 1e-9 * Math.max(1, Math.abs(best)))
    .map((s) => s.optionId);
  return { scores, recommended, problems };
}
