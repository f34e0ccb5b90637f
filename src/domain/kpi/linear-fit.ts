import type { KpiActual } from '../issue/pm-issue';

/**
 * Least-squares line through dated actuals, x in days (the UTC day number of
 * each YYYY-MM-DD date, so the fit does not depend on a time zone). Null with
 * fewer than two distinct dates. Shared by the trend and the forecast.
 *
 * @example
 * fitLine([{ date: '2026-01-01', value: 10 }, { date: '2026-01-11', value: 20 }])
 * // { slopePerDay: 1, meanDay: 20459, meanValue: 15, spanDays: 10 } (2026-01-01 is day 20454)
 */
export interface LineFit {
  slopePerDay: number;
  /** Mean x (day number) and mean value: the line passes through them. */
  meanDay: number;
  meanValue: number;
  /** Days from the first to the last actual. */
  spanDays: number;
}

const DAY_MS = 86_400_000;

/** The day number of a YYYY-MM-DD date (days since 1970-01-01). */
export const dayNumber = (date: string): number => Date.parse(date) / DAY_MS;

/** `actuals` sorted by date with unique dates (as `kpiStatus` prepares them). */
export function fitLine(actuals: readonly KpiActual[]): LineFit | null {
  const n = actuals.length;
  if (n < 2) return null;
  const xs = actuals.map((a) => dayNumber(a.date));
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
  if (sxx === 0) return null;
  return { slopePerDay: sxy / sxx, meanDay: mx, meanValue: my, spanDays: (xs[n - 1] as number) - (xs[0] as number) };
}
