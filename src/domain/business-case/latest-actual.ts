import type { KpiActual } from '../issue/pm-issue';
import { DEFAULT_TIME_ZONE, startOfDayMs } from '../shared/day-in-zone';

/**
 * The KPI's latest actual whose day has begun at `nowMs` in the site's time
 * zone (a value dated tomorrow is not today's level); on one date the later
 * entry in the list wins (a correction).
 *
 * @example
 * latestActual([{ date: '2026-03-01', value: 2 }, { date: '2026-05-01', value: 3 }], Date.parse('2026-04-01T00:00:00Z'))
 * // { date: '2026-03-01', value: 2 }
 */
export function latestActual(
  actuals: readonly KpiActual[],
  nowMs: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): KpiActual | undefined {
  let best: KpiActual | undefined;
  for (const a of actuals) {
    const start = startOfDayMs(a.date, timeZone);
    if (start === null || start > nowMs || !Number.isFinite(a.value)) continue;
    if (!best || a.date >= best.date) best = a;
  }
  return best;
}
