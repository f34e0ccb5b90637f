import { compareIds } from '../ranking/compare-issue-keys';

/**
 * Sorted id lists (by `compareIds`), kept sorted on insert and remove so a
 * full recompute and an incremental update produce identical arrays.
 *
 * @example
 * const ids = ['3', '20']; insertSorted(ids, '10'); // ids: ['3', '10', '20']
 */
export function insertSorted(ids: string[], id: string): void {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareIds(ids[mid] as string, id);
    if (c === 0) return; // already present
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  ids.splice(lo, 0, id);
}

export function removeSorted(ids: string[], id: string): void {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareIds(ids[mid] as string, id);
    if (c === 0) {
      ids.splice(mid, 1);
      return;
    }
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
}

/** Sorts in place when needed (already-sorted input, the common case, costs one pass). */
export function sortIds(ids: string[]): string[] {
  for (let i = 1; i < ids.length; i++) {
    if (compareIds(ids[i - 1] as string, ids[i] as string) > 0) return ids.sort(compareIds);
  }
  return ids;
}
