/**
 * Dates and statuses that agree with each other: created <= updated, a
 * resolution date exactly when the status is in the done category, children
 * created after their parent and finished no later than a finished parent.
 * Older items are more likely to be done. All arithmetic is in UTC
 * milliseconds from the fixed `now`, so output never depends on the clock.
 */
import type { Rng } from './rng';
import { STATUSES, type StatusCategory, type StatusName } from './issue-types-and-statuses';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface Life {
  created: number;
  updated: number;
  /** Set exactly when the status is in the done category. */
  resolved: number | null;
  status: StatusName;
}

export interface StatusProfile {
  /** Age (days) at which an item reaches its highest chance of being done. */
  matureDays: number;
  /** Highest chance of being done. */
  maxDone: number;
  /** Of the items not done, the share that is in progress. */
  inProgressShare: number;
  /** Of the done items, the share that was dropped (Won't Do). */
  wontDo: number;
}

export interface Window {
  from: number;
  to: number;
}

export const categoryOf = (status: StatusName): StatusCategory => STATUSES[status].statusCategory;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01); Howard Hinnant's civil_from_days. */
function civilDate(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Same text as `new Date(ms).toISOString()` for years 1000..9999, several times
 * faster (it runs a few hundred thousand times for a large dataset).
 */
export function isoDateTime(ms: number): string {
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  const msText = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : String(milli);
  return `${civilDate(days)}T${pad2(h)}:${pad2(m)}:${pad2(s)}.${msText}Z`;
}

export const isoDate = (ms: number): string => civilDate(Math.floor(ms / DAY));

/** `now - days` as a window bound. */
export const daysAgo = (now: number, days: number): number => now - days * DAY;

/** First instant of the UTC month containing `ms`, moved by `months`. */
export function monthStart(ms: number, months = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

const toSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

function statusIn(rng: Rng, category: StatusCategory, wontDo: number): StatusName {
  if (category === 'done') return rng.chance(wontDo) ? "Won't Do" : 'Done';
  if (category === 'indeterminate') return rng.chance(0.3) ? 'In Review' : 'In Progress';
  return rng.chance(0.4) ? 'Backlog' : 'To Do';
}

function categoryByAge(rng: Rng, ageDays: number, profile: StatusProfile): StatusCategory {
  const pDone = profile.maxDone * Math.min(1, Math.max(0, ageDays) / profile.matureDays);
  const r = rng.next();
  if (r < pDone) return 'done';
  if (r < pDone + (1 - pDone) * profile.inProgressShare) return 'indeterminate';
  return 'new';
}

/**
 * A consistent life for one issue created inside `window` (clipped to the
 * parent's lifetime and to `now`). `force` fixes the status category.
 */
export function makeLife(
  rng: Rng,
  now: number,
  window: Window,
  profile: StatusProfile,
  parent?: Life,
  force?: StatusCategory,
): Life {
  let from = window.from;
  let to = Math.min(window.to, now - HOUR);
  if (parent) {
    from = Math.max(from, parent.created + HOUR);
    if (parent.resolved !== null) to = Math.min(to, parent.resolved - HOUR);
  }
  from = Math.min(from, now - HOUR);
  if (to < from) to = from;
  const created = toSecond(rng.real(from, to));

  let category: StatusCategory;
  if (force) category = force;
  else if (parent && categoryOf(parent.status) === 'done') category = 'done';
  else if (parent && categoryOf(parent.status) === 'new') category = rng.chance(0.85) ? 'new' : 'indeterminate';
  else category = categoryByAge(rng, (now - created) / DAY, profile);

  const status: StatusName =
    category === 'done' && parent?.status === "Won't Do" ? "Won't Do" : statusIn(rng, category, profile.wontDo);

  const span = now - created;
  if (category === 'done') {
    const limit = parent?.resolved != null && parent.resolved > created ? parent.resolved : now;
    const resolved = toSecond(created + (limit - created) * rng.real(0.2, 0.95));
    const updated = Math.min(now, toSecond(resolved + rng.real(0, 3) * DAY));
    return { created, updated: Math.max(updated, resolved), resolved, status };
  }
  const share = category === 'indeterminate' ? rng.real(0.4, 1) : rng.real(0, 0.5);
  return { created, updated: toSecond(created + span * share), resolved: null, status };
}
