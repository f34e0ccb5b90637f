/**
 * Normalised scores across a compared set: each value as a share of the best
 * value in the set, 0..100. It moves when *other* items change, which is why
 * the UI shows it next to the absolute score and never instead of it.
 * Items without a value stay null; when the best value is 0 (or below), every
 * scored item gets 0 because there is no positive best to compare with.
 *
 * @example
 * normaliseScores([{ id: 'a', value: 8 }, { id: 'b', value: 4 }, { id: 'c', value: null }])
 * // [{ id: 'a', value: 8, normalised: 100 }, { id: 'b', value: 4, normalised: 50 }, { id: 'c', value: null, normalised: null }]
 */
export interface NormalisedScore {
  id: string;
  value: number | null;
  normalised: number | null;
}

/**
 * One value as a share of the best in its set, 0..100 (0 when there is no positive best).
 *
 * @example
 * shareOfBest(4, 8) // 50
 */
export function shareOfBest(value: number, best: number): number {
  return best > 0 ? (Math.max(0, value) / best) * 100 : 0;
}

export function normaliseScores(items: readonly { id: string; value: number | null }[]): NormalisedScore[] {
  let best = -Infinity;
  for (const it of items) if (it.value !== null && it.value > best) best = it.value;
  return items.map((it) => ({
    id: it.id,
    value: it.value,
    normalised: it.value === null ? null : shareOfBest(it.value, best),
  }));
}
