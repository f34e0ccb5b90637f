import { insertSorted, removeSorted, sortIds } from '../shared/sorted-ids';
import { referencedKeys } from './build-node';
import type { PortfolioRollup, RollupNode } from './rollup-types';

/**
 * Incremental maintenance of the roll-up's lookup indexes. Each add has the
 * matching remove, and both keep lists sorted, so an index after any sequence
 * of changes equals the one a full recompute builds.
 */

/** Records the node as a holder of its key, when that key is referenced. */
export function addToKeyIndex(rollup: PortfolioRollup, node: RollupNode): void {
  const ids = rollup.index.refTargets[node.key];
  if (ids !== undefined) insertSorted(ids, node.id);
}

export function removeFromKeyIndex(rollup: PortfolioRollup, node: RollupNode): void {
  const ids = rollup.index.refTargets[node.key];
  if (ids !== undefined) removeSorted(ids, node.id);
}

/**
 * Records the node's references. A key referenced for the first time is
 * resolved by one scan of the nodes: rare (a new problem, persona, scenario
 * or KPI getting its first link) and cheaper than indexing every key.
 */
export function addReferences(rollup: PortfolioRollup, node: RollupNode): void {
  const { referencedBy, refTargets } = rollup.index;
  for (const key of referencedKeys(node.refs)) {
    const ids = referencedBy[key];
    if (ids !== undefined) {
      insertSorted(ids, node.id);
      continue;
    }
    referencedBy[key] = [node.id];
    const holders: string[] = [];
    for (const id in rollup.nodes) if ((rollup.nodes[id] as RollupNode).key === key) holders.push(id);
    refTargets[key] = sortIds(holders);
  }
}

export function removeReferences(rollup: PortfolioRollup, node: RollupNode): void {
  const { referencedBy, refTargets } = rollup.index;
  for (const key of referencedKeys(node.refs)) {
    const ids = referencedBy[key];
    if (ids === undefined) continue;
    removeSorted(ids, node.id);
    if (ids.length === 0) {
      delete referencedBy[key];
      delete refTargets[key];
    }
  }
}

export function addOrphan(rollup: PortfolioRollup, parentId: string, id: string): void {
  const ids = rollup.index.orphansByParent[parentId];
  if (ids === undefined) rollup.index.orphansByParent[parentId] = [id];
  else insertSorted(ids, id);
}

export function removeOrphan(rollup: PortfolioRollup, parentId: string, id: string): void {
  const ids = rollup.index.orphansByParent[parentId];
  if (ids === undefined) return;
  removeSorted(ids, id);
  if (ids.length === 0) delete rollup.index.orphansByParent[parentId];
}
