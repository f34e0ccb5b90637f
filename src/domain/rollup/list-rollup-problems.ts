import { compareIds } from '../ranking/compare-issue-keys';
import type { PortfolioRollup } from './rollup-types';

/**
 * Every data problem in a roll-up as a flat list, ordered by issue id, for a
 * "data quality" panel. Problems live on the nodes (so incremental updates
 * keep them current); this only collects them.
 *
 * @example
 * listRollupProblems(rollup).filter((p) => p.kind === 'missing-parent')
 */
export type RollupProblem =
  | { kind: 'missing-parent'; issueId: string; key: string; parentId: string }
  | { kind: 'cycle'; issueId: string; key: string; cycle: string[] }
  | { kind: 'duplicate'; issueId: string; key: string; extraCopies: number }
  | { kind: 'unmapped'; issueId: string; key: string; issueType: string }
  | { kind: 'duplicate-key'; issueId: string; key: string; ids: string[] };

export function listRollupProblems(rollup: PortfolioRollup): RollupProblem[] {
  const out: RollupProblem[] = [];
  const ids = Object.keys(rollup.nodes).sort(compareIds);
  for (const id of ids) {
    const n = rollup.nodes[id];
    const p = n?.problems;
    if (!n || !p) continue;
    if (p.missingParentId !== undefined)
      out.push({ kind: 'missing-parent', issueId: id, key: n.key, parentId: p.missingParentId });
    if (p.cycle !== undefined) out.push({ kind: 'cycle', issueId: id, key: n.key, cycle: p.cycle });
    if (p.duplicates !== undefined) out.push({ kind: 'duplicate', issueId: id, key: n.key, extraCopies: p.duplicates });
    if (p.unmapped) out.push({ kind: 'unmapped', issueId: id, key: n.key, issueType: n.issueType });
  }
  // Only referenced keys are indexed: a shared key matters when something refers to it.
  for (const [key, holders] of Object.entries(rollup.index.refTargets)) {
    if (holders.length > 1) out.push({ kind: 'duplicate-key', issueId: holders[0] as string, key, ids: [...holders] });
  }
  return out;
}
