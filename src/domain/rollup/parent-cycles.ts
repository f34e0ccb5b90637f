import { compareIds } from '../ranking/compare-issue-keys';
import type { RollupNode } from './rollup-types';

/**
 * Parent cycles. Requested parents form a graph where each issue has at most
 * one outgoing edge, so cycles are disjoint loops. Each loop is broken at its
 * member with the lowest id (a rule that does not depend on input order),
 * which is placed directly under its project and reports the loop.
 */

/** The loop through `startId` in parent order starting at `startId`, or null when it is in none. */
export function cycleThrough(startId: string, nodes: Record<string, RollupNode>): string[] | null {
  const members = [startId];
  const seen = new Set(members);
  let cur = nodes[startId]?.requestedParentId ?? null;
  while (cur !== null) {
    if (cur === startId) return members;
    if (seen.has(cur) || nodes[cur] === undefined) return null; // enters another loop, or ends
    seen.add(cur);
    members.push(cur);
    cur = nodes[cur]?.requestedParentId ?? null;
  }
  return null;
}

/** The loop rotated to start at its breaker (lowest id), keeping parent order. */
export function rotateToBreaker(loop: readonly string[]): string[] {
  let at = 0;
  for (let i = 1; i < loop.length; i++) if (compareIds(loop[i] as string, loop[at] as string) < 0) at = i;
  return [...loop.slice(at), ...loop.slice(0, at)];
}

/**
 * Every loop of a parent graph given as indexes (`parentIndex[i]` is the
 * parent's index, or -1), each as member indexes in parent order. One linear
 * pass with typed arrays: no per-issue allocation, since this runs over every
 * issue of the portfolio.
 */
export function findCycleIndexes(parentIndex: Int32Array): number[][] {
  const n = parentIndex.length;
  const state = new Uint8Array(n); // 0 = unvisited, 1 = on the current walk, 2 = finished
  const path = new Int32Array(n);
  const loops: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    let len = 0;
    let cur = start;
    while (cur >= 0 && state[cur] === 0) {
      state[cur] = 1;
      path[len++] = cur;
      cur = parentIndex[cur] as number;
    }
    if (cur >= 0 && state[cur] === 1) {
      const loop: number[] = [];
      let k = len - 1;
      while (path[k] !== cur) k--;
      for (let j = k; j < len; j++) loop.push(path[j] as number);
      loops.push(loop);
    }
    for (let j = 0; j < len; j++) state[path[j] as number] = 2;
  }
  return loops;
}
