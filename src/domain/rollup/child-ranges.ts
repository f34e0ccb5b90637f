import { compareIds } from '../ranking/compare-issue-keys';
import type { RollupNode } from './rollup-types';

export interface ChildRanges {
  /** Node i's children are `childIndexes[childStart[i] .. childStart[i + 1])`. */
  childStart: Int32Array;
  /** List indexes of children, each node's range in child-id order. */
  childIndexes: Int32Array;
}

/**
 * The children of every node as index ranges in id order (the full roll-up
 * adds child aggregates through them, without id lookups), and each node's
 * `childIds` from them, allocated at its exact size.
 */
export function childRanges(list: readonly RollupNode[], treeParent: Int32Array, childCount: Int32Array): ChildRanges {
  const count = list.length;
  const childStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) childStart[i + 1] = (childStart[i] as number) + (childCount[i] as number);
  const childIndexes = new Int32Array(childStart[count] as number);
  const filled = childStart.slice(0, count);
  for (let i = 0; i < count; i++) {
    const p = treeParent[i] as number;
    if (p < 0) continue;
    childIndexes[filled[p] as number] = i;
    filled[p] = (filled[p] as number) + 1;
  }
  for (let i = 0; i < count; i++) {
    const from = childStart[i] as number;
    const to = childStart[i + 1] as number;
    if (to === from) continue;
    if (to - from > 1) sortByNodeId(childIndexes, from, to, list);
    const ids = new Array<string>(to - from);
    for (let k = from; k < to; k++) ids[k - from] = (list[childIndexes[k] as number] as RollupNode).id;
    (list[i] as RollupNode).childIds = ids;
  }
  return { childStart, childIndexes };
}

/** Sorts list indexes in [from, to) by their nodes' ids (already-sorted ranges, the common case, cost one pass). */
function sortByNodeId(indexes: Int32Array, from: number, to: number, list: readonly RollupNode[]): void {
  let previous = (list[indexes[from] as number] as RollupNode).id;
  let sorted = true;
  for (let k = from + 1; k < to && sorted; k++) {
    const id = (list[indexes[k] as number] as RollupNode).id;
    sorted = compareIds(previous, id) <= 0;
    previous = id;
  }
  if (sorted) return;
  const range = Array.from(indexes.subarray(from, to)).sort((a, b) =>
    compareIds((list[a] as RollupNode).id, (list[b] as RollupNode).id),
  );
  indexes.set(range, from);
}
