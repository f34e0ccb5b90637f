/**
 * Date values in JQL. The emulator works in UTC (Jira uses the searching user's time zone):
 * - absolute: 'yyyy-MM-dd', 'yyyy/MM/dd', optionally followed by ' HH:mm'  -> that instant in UTC;
 * - relative periods: '-7d', '+2w', '-4w 2d', '-90m', '1h' (units w, d, h, m) -> now + period;
 * - functions: now(), startOfDay/endOfDay/startOfMonth/endOfMonth/startOfYear/endOfYear([increment]),
 *   the increment like '-1', '+2d', '-1M' (units y, M, w, d, h, m; default: the function's period).
 * All dates compare as instants; a date-only value (a due date, '2024-05-01') is midnight UTC.
 */
import { validationErrors } from './jql-error';

const MINUTE = 60_000;
const UNIT_MS: Record<string, number> = { w: 7 * 24 * 60 * MINUTE, d: 24 * 60 * MINUTE, h: 60 * MINUTE, m: MINUTE };

function validDate(y: number, m: number, d: number, hh = 0, mm = 0): number | undefined {
  const ms = Date.UTC(y, m - 1, d, hh, mm);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  if (hh > 23 || mm > 59) return undefined;
  return ms;
}

/** A JQL date operand ('2024-05-01', '2024/05/01 13:45', '-7d', '-4w 2d') -> epoch ms, or undefined if invalid. */
export function parseJqlDate(text: string, now: Date): number | undefined {
  const value = text.trim();
  const absolute = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value);
  if (absolute) {
    const [, y, m, d, hh, mm] = absolute;
    return validDate(
      Number(y),
      Number(m),
      Number(d),
      hh === undefined ? 0 : Number(hh),
      mm === undefined ? 0 : Number(mm),
    );
  }
  const period = /^([+-]?)\s*(\d+\s*[wdhm](?:\s*\d+\s*[wdhm])*)$/.exec(value);
  if (period) {
    const [, sign, body] = period;
    let ms = 0;
    for (const part of (body ?? '').matchAll(/(\d+)\s*([wdhm])/g)) {
      ms += Number(part[1]) * (UNIT_MS[part[2] ?? ''] ?? 0);
    }
    return now.getTime() + (sign === '-' ? -ms : ms);
  }
  return undefined;
}

/** A stored issue date ('2024-05-01', '2024-05-01T10:00:00.000+0000', '...Z', '2016-12-25T20:55:59') -> epoch ms. */
export function parseInstant(value: string): number | undefined {
  let text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += 'T00:00:00Z';
  else if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text += 'Z'; // no zone: UTC, not the host's zone
  text = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

type Period = 'day' | 'month' | 'year';

const DATE_FUNCTIONS = new Map<string, { period: Period; end: boolean }>(
  Object.entries({
    startofday: { period: 'day', end: false },
    endofday: { period: 'day', end: true },
    startofmonth: { period: 'month', end: false },
    endofmonth: { period: 'month', end: true },
    startofyear: { period: 'year', end: false },
    endofyear: { period: 'year', end: true },
  } satisfies Record<string, { period: Period; end: boolean }>),
);

/** Date functions Jira has that the emulator leaves out (their result depends on the user's locale). */
export const LOCALE_DATE_FUNCTIONS = new Set(['startofweek', 'endofweek']);

export function isDateFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'now' || DATE_FUNCTIONS.has(lower);
}

function startOf(period: Period, ms: number): Date {
  const d = new Date(ms);
  if (period === 'day') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  if (period === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  return new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
}

function addCalendar(date: Date, years: number, months: number, days: number): number {
  return Date.UTC(
    date.getUTCFullYear() + years,
    date.getUTCMonth() + months,
    date.getUTCDate() + days,
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

interface Increment {
  years: number;
  months: number;
  ms: number;
}

function parseIncrement(arg: string, period: Period): Increment | undefined {
  const match = /^([+-]?)\s*(\d+\s*[yMwdhm]?(?:\s+\d+\s*[yMwdhm])*)$/.exec(arg.trim());
  if (!match) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  const increment: Increment = { years: 0, months: 0, ms: 0 };
  const defaultUnit = period === 'day' ? 'd' : period === 'month' ? 'M' : 'y';
  for (const part of (match[2] ?? '').matchAll(/(\d+)\s*([yMwdhm]?)/g)) {
    const n = sign * Number(part[1]);
    const unit = part[2] === '' || part[2] === undefined ? defaultUnit : part[2];
    if (unit === 'y') increment.years += n;
    else if (unit === 'M') increment.months += n;
    else increment.ms += n * (UNIT_MS[unit] ?? 0);
  }
  return increment;
}

/** Evaluates now() and the start/end-of-period functions (name in any case) against `now`. */
export function evaluateDateFunction(name: string, args: string[], now: Date): number {
  const lower = name.toLowerCase();
  if (lower === 'now') {
    if (args.length !== 0) throw validationErrors.functionArgumentCount(name, 0, 0, args.length);
    return now.getTime();
  }
  const spec = DATE_FUNCTIONS.get(lower);
  if (spec === undefined) throw validationErrors.unknownFunction(name);
  if (args.length > 1) throw validationErrors.functionArgumentCount(name, 0, 1, args.length);
  const arg = args[0];
  const increment = arg === undefined ? { years: 0, months: 0, ms: 0 } : parseIncrement(arg, spec.period);
  if (increment === undefined) throw validationErrors.functionArgumentInvalid(name, arg ?? '');
  const start = startOf(spec.period, now.getTime());
  if (!spec.end) return addCalendar(start, increment.years, increment.months, 0) + increment.ms;
  // The end of a period is the instant before the next one starts.
  const next = new Date(
    addCalendar(start, spec.period === 'year' ? 1 : 0, spec.period === 'month' ? 1 : 0, spec.period === 'day' ? 1 : 0),
  );
  return addCalendar(next, increment.years, increment.months, 0) + increment.ms - 1;
}
