import { compareIds } from './compare-issue-keys';
import { averageRanks, spearmanCorrelation } from './spearman-correlation';

/**
 * Do two prioritisation models rank the same items very differently? Compares
 * the items scored by both with Spearman's rank correlation; below
 * `threshold` (default 0.5) the models disagree, which usually means the
 * inputs encode different beliefs worth discussing. The biggest rank shifts
 * are listed so the discussion can start with them.
 *
 * @example
 * modelDisagreement(riceValues, wsjfValues) // { status: 'compared', correlation: -0.2, disagree: true, ... }
 */
export interface ModelValue {
  id: string;
  value: number | null;
}

export interface RankShift {
  id: string;
  /** Rank (1 = best, ties averaged) among the compared items. */
  rankA: number;
  rankB: number;
  shift: number;
}

export type DisagreementResult =
  | {
      status: 'compared';
      correlation: number;
      compared: number;
      threshold: number;
      disagree: boolean;
      biggestShifts: RankShift[];
    }
  | { status: 'not-compared'; compared: number; reasons: string[] };

export const MIN_ITEMS_TO_COMPARE = 3;

export function modelDisagreement(
  a: readonly ModelValue[],
  b: readonly ModelValue[],
  threshold = 0.5,
  maxShifts = 5,
): DisagreementResult {
  const bById = new Map<string, number>();
  for (const it of b) if (it.value !== null && Number.isFinite(it.value)) bById.set(it.id, it.value);
  const ids: string[] = [];
  const va: number[] = [];
  const vb: number[] = [];
  const seen = new Set<string>();
  for (const it of a) {
    const other = bById.get(it.id);
    if (it.value === null || !Number.isFinite(it.value) || other === undefined || seen.has(it.id)) continue;
    seen.add(it.id);
    ids.push(it.id);
    va.push(it.value);
    vb.push(other);
  }
  if (ids.length < MIN_ITEMS_TO_COMPARE)
    return {
      status: 'not-compared',
      compared: ids.length,
      reasons: [`only ${ids.length} items are scored by both models (need ${MIN_ITEMS_TO_COMPARE})`],
    };
  const correlation = spearmanCorrelation(va, vb);
  if (correlation === null)
    return {
      status: 'not-compared',
      compared: ids.length,
      reasons: ['every item has the same score in one of the models'],
    };
  // Rank 1 = best, so rank by negated values.
  const ra = averageRanks(va.map((v) => -v));
  const rb = averageRanks(vb.map((v) => -v));
  const shifts = ids
    .map((id, i) => ({
      id,
      rankA: ra[i] as number,
      rankB: rb[i] as number,
      shift: (rb[i] as number) - (ra[i] as number),
    }))
    .filter((s) => s.shift !== 0)
    .sort((x, y) => Math.abs(y.shift) - Math.abs(x.shift) || compareIds(x.id, y.id))
    .slice(0, maxShifts);
  return {
    status: 'compared',
    correlation,
    compared: ids.length,
    threshold,
    disagree: correlation < threshold,
    biggestShifts: shifts,
  };
}
