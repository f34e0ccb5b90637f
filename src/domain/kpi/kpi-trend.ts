import type { KpiActual, KpiDirection } from '../issue/pm-issue';
import { fitLine } from './linear-fit';

/**
 * Trend of a KPI over its latest actuals: the least-squares slope of value
 * against time, projected over the window and expressed as a share of the
 * baseline-to-target distance (so it is direction-aware: "improving" always
 * means "moving towards the target"). Changes under 1 % of that distance are
 * "flat", since they are within measurement noise for any sensible KPI.
 * A "maintain" KPI (baseline = target) has no such distance: its changes are
 * measured against the largest distance of its actuals from the target, and
 * "improving" means moving the better way for its `direction`; without a
 * direction its trend is unknown.
 *
 * @example
 * kpiTrend([{ date: '2026-01-01', value: 10 }, { date: '2026-02-01', value: 20 }], 0, 100) // 'improving'
 * kpiTrend([{ date: '2026-01-01', value: 99 }, { date: '2026-02-01', value: 99.5 }], 99.9, 99.9, 'higher-is-better') // 'improving'
 */
export type KpiTrend = 'improving' | 'worsening' | 'flat' | 'unknown';

export const FLAT_TREND_SHARE = 0.01;

/** `actuals` must be sorted by date with unique dates (as `kpiStatus` prepares them). */
export function kpiTrend(
  actuals: readonly KpiActual[],
  baseline: number,
  target: number,
  direction?: KpiDirection,
): KpiTrend {
  const fit = fitLine(actuals);
  if (fit === null) return 'unknown';
  const distance = target !== baseline ? target - baseline : maintainScale(actuals, target, direction);
  if (distance === null) return direction === undefined ? 'unknown' : 'flat';
  const relative = (fit.slopePerDay * fit.spanDays) / distance;
  if (Math.abs(relative) < FLAT_TREND_SHARE) return 'flat';
  return relative > 0 ? 'improving' : 'worsening';
}

/**
 * The signed scale a maintain KPI's changes are measured against (positive
 * when higher is better): the largest distance of an actual from the target,
 * so a recovery from 99.0 to 99.5 towards an uptime of 99.9 counts, however
 * large the target. 0 (every actual at the target) means no change at all.
 */
function maintainScale(
  actuals: readonly KpiActual[],
  target: number,
  direction: KpiDirection | undefined,
): number | null {
  if (direction === undefined) return null;
  let size = 0;
  for (const a of actuals) size = Math.max(size, Math.abs(a.value - target));
  if (size === 0) return null;
  return direction === 'higher-is-better' ? size : -size;
}
