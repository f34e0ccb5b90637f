import { atLeast } from '../shared/tolerance';
import type { KpiStatusValue } from './kpi-status';

/**
 * Combined status of several KPIs.
 * - 'worst' (default): the worst status among the KPIs that have data
 *   (off track > at risk > on track); "no data" only when none has data, so
 *   one unmeasured KPI does not hide a measured one that is off track.
 * - 'weighted': the weighted mean of 1 (on track), 0.5 (at risk) and 0 (off
 *   track) over the KPIs with data; >= 0.8 on track, >= 0.4 at risk, else off
 *   track (compared with a tolerance for floating-point error). Weights default to 1.
 * The totals are additive, so the roll-up can sum them up the hierarchy and
 * derive the status at every node with `kpiStatusFromTotals`.
 *
 * @example
 * rollUpKpiStatuses([{ status: 'on-track' }, { status: 'at-risk' }]).status // 'at-risk'
 */
export type KpiRollupMode = 'worst' | 'weighted';

export interface KpiTotals {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  noData: number;
  /** Sum of weight x status value over KPIs with data (weighted mode). */
  weightedSum: number;
  /** Sum of weights over KPIs with data. */
  weightTotal: number;
}

export const WEIGHTED_ON_TRACK_FROM = 0.8;
export const WEIGHTED_AT_RISK_FROM = 0.4;

export const STATUS_VALUE: Record<Exclude<KpiStatusValue, 'no-data'>, number> = {
  'on-track': 1,
  'at-risk': 0.5,
  'off-track': 0,
};

export function emptyKpiTotals(): KpiTotals {
  return { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0, weightedSum: 0, weightTotal: 0 };
}

/** Adds one KPI status to the totals (mutates `totals`). */
export function addKpiStatus(totals: KpiTotals, status: KpiStatusValue, weight = 1): void {
  switch (status) {
    case 'on-track':
      totals.onTrack++;
      break;
    case 'at-risk':
      totals.atRisk++;
      break;
    case 'off-track':
      totals.offTrack++;
      break;
    case 'no-data':
      totals.noData++;
      return;
  }
  totals.weightedSum += weight * STATUS_VALUE[status];
  totals.weightTotal += weight;
}

export function kpiStatusFromTotals(t: KpiTotals, mode: KpiRollupMode = 'worst'): KpiStatusValue | 'none' {
  const withData = t.onTrack + t.atRisk + t.offTrack;
  if (withData === 0) return t.noData > 0 ? 'no-data' : 'none';
  if (mode === 'worst' || t.weightTotal <= 0)
    return t.offTrack > 0 ? 'off-track' : t.atRisk > 0 ? 'at-risk' : 'on-track';
  const mean = t.weightedSum / t.weightTotal;
  return atLeast(mean, WEIGHTED_ON_TRACK_FROM)
    ? 'on-track'
    : atLeast(mean, WEIGHTED_AT_RISK_FROM)
      ? 'at-risk'
      : 'off-track';
}

export function rollUpKpiStatuses(
  items: readonly { status: KpiStatusValue; weight?: number }[],
  mode: KpiRollupMode = 'worst',
): { status: KpiStatusValue | 'none'; totals: KpiTotals } {
  const totals = emptyKpiTotals();
  for (const it of items) addKpiStatus(totals, it.status, it.weight ?? 1);
  return { status: kpiStatusFromTotals(totals, mode), totals };
}
