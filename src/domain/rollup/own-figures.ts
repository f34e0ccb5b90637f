import { addKpiStatus, type KpiTotals } from '../kpi/roll-up-kpi-statuses';
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

/** The KPI the node defines and the KPIs it links (once per link) into `totals`. */
export function addOwnKpis(totals: KpiTotals, node: RollupNode, rollup: PortfolioRollup, ctx: RollupContext): void {
  const weights = ctx.config.kpi.weights;
  if (node.kpiStatus !== null) addKpiStatus(totals, node.kpiStatus, weights[node.key] ?? 1);
  const kpiKeys = node.refs.kpiKeys;
  for (let i = 0; i < kpiKeys.length; i++) {
    const key = kpiKeys[i] as string;
    addKpiStatus(totals, resolveKey(rollup, key)?.kpiStatus ?? 'no-data', weights[key] ?? 1);
  }
}
