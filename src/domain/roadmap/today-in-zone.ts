import { DEFAULT_TIME_ZONE } from '../shared/day-in-zone';

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in a time zone: "today"
 * for the site's people, so a roadmap's horizons turn over at their midnight.
 *
 * @example
 * dayInZone(Date.parse('2026-11-01T09:00:00Z'), 'Pacific/Auckland') // '2026-11-01' (22:00 there)
 * dayInZone(Date.parse('2026-11-01T12:00:00Z'), 'Pacific/Auckland') // '2026-11-02'
 */
export function dayInZone(ms: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
