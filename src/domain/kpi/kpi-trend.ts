import type { KpiActual } from '../issue/pm-issue';

/**
 * Trend of a KPI over its latest actuals: the least-squares slope of value
 * against time, projected over the window and expressed as a share of the
 * baseline-to-target distance (so it is direction-aware: "improving" always
 * means "moving towards the target"). Changes under 1 % of that distance are
 * "flat", since they are within measurement noise for any sensible KPI.
 *
 * @example
 * kpiTrend([{ date: '2026-01-01', value: 10 }, { date: '2026-02-01', value: 20 }], 0, 100) // 'improving'
 */
export type KpiTrend = 'improving' | 'worsening' | 'flat' | 'unknown';

export const FLAT_TREND_SHARE = 0.01;
const DAY_MS = 86_400_000;

/** `actuals` must be sorted by date with unique dates (as `kpiStatus` prepares them). */
export function kpiTrend(actuals: readonly KpiActual[], baseline: number, target: number): KpiTrend {
  const n = actuals.length;
  if (n < 2 || target === baseline) return 'unknown';
  const xs = actuals.map((a) => Date.parse(a.date) / DAY_MS);
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += (actuals[i] as KpiActual).value;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((actuals[i] as KpiActual).value - my);
    sxx += dx * dx;
  }
  if (sxx === 0) return 'unknown';
  const span = (xs[n - 1] as number) - (xs[0] as number);
  const relative = ((sxy / sxx) * span) / (target - baseline);
  if (Math.abs(relative) < FLAT_TREND_SHARE) return 'flat';
  return relative > 0 ? 'improving' : 'worsening';
}
