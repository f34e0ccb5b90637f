/**
 * Delivery progress over time (a burn-up): one point per day the daily snapshot ran, the
 * project's units of work (issues without children) done and in total, and the effort of
 * each. Pure: the snapshot adds today's point, the project page reads the series.
 */
export interface DeliveryPoint {
  /** YYYY-MM-DD, the snapshot's day. */
  date: string;
  units: number;
  unitsDone: number;
  /** Estimated effort in total and done (story points or the configured field); 0 when none is estimated. */
  effortTotal: number;
  effortDone: number;
}

/** Days of history kept (a point a day): about half a year, a few KB in one stored value. */
export const DELIVERY_HISTORY_DAYS = 180;

const DAY_MS = 86_400_000;
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * The history with `point` in it: a second point for the same day replaces the first (a
 * redelivered snapshot), points stay in date order, and only the `days` days up to the newest
 * point are kept.
 *
 * @example
 * withDeliveryPoint([{ date: '2026-11-01', ... }], { date: '2026-11-02', ... }).map((p) => p.date)
 * // ['2026-11-01', '2026-11-02']
 */
export function withDeliveryPoint(
  history: readonly DeliveryPoint[],
  point: DeliveryPoint,
  days = DELIVERY_HISTORY_DAYS,
): DeliveryPoint[] {
  const points = [...history.filter((p) => p.date !== point.date), point].sort((a, b) => a.date.localeCompare(b.date));
  const newest = dayMs(points[points.length - 1]?.date ?? point.date);
  const oldest = newest - (days - 1) * DAY_MS;
  return points.filter((p) => dayMs(p.date) >= oldest);
}
