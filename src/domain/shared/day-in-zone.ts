/**
 * Calendar days in a time zone. A KPI's dates are days (YYYY-MM-DD) as the
 * site's people mean them, so a KPI "due" on a day is due at the END of that
 * day in the site's time zone, and a period "starts" on a day at its first
 * moment there. The domain has no I/O: the time zone is a parameter (an IANA
 * name; Jira gives the site's as `serverTimeZone` of GET /rest/api/3/serverInfo),
 * defaulting to UTC. Uses the runtime's Intl time-zone data, no clock.
 *
 * @example
 * startOfDayMs('2026-12-31', 'UTC')              // Date.parse('2026-12-31T00:00:00Z')
 * endOfDayMs('2026-12-31', 'UTC')                // Date.parse('2027-01-01T00:00:00Z')
 * endOfDayMs('2026-12-31', 'Pacific/Auckland')   // Date.parse('2026-12-31T11:00:00Z') (UTC+13)
 * endOfDayMs('2026-12-31', 'America/Los_Angeles') // Date.parse('2027-01-01T08:00:00Z') (UTC-8)
 */
export const DEFAULT_TIME_ZONE = 'UTC';

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `timeZone` is an IANA time zone name the runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The UTC midnight of a YYYY-MM-DD day (the day's number on the UTC axis), or null when it is not a real date. */
export function utcDayMs(day: unknown): number | null {
  if (typeof day !== 'string') return null;
  const m = DAY.exec(day);
  if (m === null) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Reject 2026-02-30 and friends rather than rolling them over.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms;
}

/** The instant a day begins in the time zone, or null for a bad day or zone. */
export function startOfDayMs(day: unknown, timeZone: string = DEFAULT_TIME_ZONE): number | null {
  const utc = utcDayMs(day);
  if (utc === null) return null;
  return localMidnight(utc, timeZone);
}

/** The instant a day ends (the next day begins) in the time zone, or null for a bad day or zone. */
export function endOfDayMs(day: unknown, timeZone: string = DEFAULT_TIME_ZONE): number | null {
  const utc = utcDayMs(day);
  if (utc === null) return null;
  return localMidnight(utc + DAY_MS, timeZone);
}

/**
 * The first instant of the local day whose UTC midnight is `utcMidnight`:
 * where the wall clock shows 00:00 that day, or, where a daylight-saving
 * change skips midnight (clocks jump from 00:00 to 01:00, as in Havana), the
 * first moment the local date is that day.
 */
function localMidnight(utcMidnight: number, timeZone: string): number | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return utcMidnight;
  let first: number;
  try {
    first = offsetMs(timeZone, utcMidnight);
  } catch {
    return null;
  }
  const a = utcMidnight - first;
  const second = offsetMs(timeZone, a);
  if (second === first) return a;
  // The offset changes between the two: one candidate per offset, keep the
  // earliest whose local date is already the day.
  const b = utcMidnight - second;
  const onTheDay = (t: number) => t + offsetMs(timeZone, t) >= utcMidnight;
  const [early, late] = a < b ? [a, b] : [b, a];
  return onTheDay(early) ? early : late;
}

/** The zone's offset from UTC at `instant` (local wall time minus UTC), in ms. */
function offsetMs(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const p of formatterFor(timeZone).formatToParts(whole)) {
    if (p.type === 'year') y = Number(p.value);
    else if (p.type === 'month') mo = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
    else if (p.type === 'hour') h = Number(p.value);
    else if (p.type === 'minute') mi = Number(p.value);
    else if (p.type === 'second') s = Number(p.value);
  }
  return Date.UTC(y, mo - 1, d, h, mi, s) - whole;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (building one costs far more than using it); throws RangeError for an unknown zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}
