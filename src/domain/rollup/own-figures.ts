import { addKpiEntry, type KpiSet } from './kpi-set';
import { resolveKey } from './resolve-key';
import type { RollupContext } from './rollup-context';
import type { PortfolioRollup, RollupNode } from './rollup-types';

/** The node's byPhase column (the last one counts unmapped issues). */
export function phaseColumn(node: RollupNode, ctx: RollupContext): number {
  return node.phase === null ? ctx.unmappedIndex : (ctx.phaseIndex.get(node.phase) ?? ctx.unmappedIndex);
}

export function hasOwnKpis(node: RollupNode): boolean {
  return node.kpiStatus !== null || node.refs.kpiKeys.length > 0;
}

/**
 * The KPI the node defines (under its own key) and the KPIs it links (by key, with the status of
 * the issue the key resolves to, 'no-data' when none) into the set; a key already there is not
 * added again, so each distinct KPI counts once.
 */
export function addOwnKpis(set: KpiSet, node: RollupNode, rollup: PortfolioRollup): void {
  if (node.kpiStatus !== null) addKpiEntry(set, node.key, node.kpiStatus);
  const kpiKeys = node.refs.kpiKeys;
  for (let i = 0; i < kpiKeys.length; i++) {
    const key = kpiKeys[i] as string;
    addKpiEntry(set, key, resolveKey(rollup, key)?.kpiStatus ?? 'no-data');
  }
}
