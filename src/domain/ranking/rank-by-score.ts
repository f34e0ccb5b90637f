import { compareIds, compareIssueKeys } from './compare-issue-keys';

/**
 * Ranks items by score, highest first.
 *
 * Tie-break (stable and independent of the input order):
 * 1. scored items before not-scored ones (value null);
 * 2. higher value first;
 * 3. equal values: issue key in natural order (project key, then number, so
 *    the older issue of a project wins), then id.
 * `position` is 1..n without gaps; `rank` is competition ranking (1, 2, 2, 4):
 * tied values share a rank, so the UI can show a tie honestly. Not-scored
 * items get rank null.
 *
 * @example
 * rankByScore([{ id: '1', key: 'A-2', value: 5 }, { id: '2', key: 'A-1', value: 5 }, { id: '3', key: 'A-3', value: 9 }])
 * // A-3 (rank 1), A-1 (rank 2), A-2 (rank 2)
 */
export interface RankInput {
  id: string;
  key: string;
  value: number | null;
}

export interface RankedItem extends RankInput {
  position: number;
  rank: number | null;
}

export function rankByScore(items: readonly RankInput[]): RankedItem[] {
  const usable = (v: number | null) => v !== null && Number.isFinite(v);
  const sorted = [...items].sort((a, b) => {
    const sa = usable(a.value);
    const sb = usable(b.value);
    if (sa !== sb) return sa ? -1 : 1;
    if (sa && a.value !== b.value) return (b.value as number) - (a.value as number);
    return compareIssueKeys(a.key, b.key) || compareIds(a.id, b.id);
  });
  let rank = 0;
  let previous: number | null = null;
  return sorted.map((it, i) => {
    if (!usable(it.value)) return { id: it.id, key: it.key, value: null, position: i + 1, rank: null };
    if (previous === null || it.value !== previous) rank = i + 1;
    previous = it.value;
    return { id: it.id, key: it.key, value: it.value, position: i + 1, rank };
  });
}
