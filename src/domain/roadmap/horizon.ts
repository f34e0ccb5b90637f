import type { StatusCategory } from '../issue/pm-issue';
import { utcDayMs } from '../shared/day-in-zone';

/** Where a roadmap item sits: now / next / later, or done (delivered: off the board unless asked for). */
export const HORIZONS = ['now', 'next', 'later', 'done'] as const;
export type Horizon = (typeof HORIZONS)[number];

export interface HorizonRule {
  /** How many days ahead "next" reaches; later than that is "later". */
  nextWithinDays: number;
}

/** A quarter: the usual planning step of a now / next / later board. */
export const DEFAULT_HORIZON_RULE: HorizonRule = { nextWithinDays: 90 };

export interface HorizonItem {
  statusCategory: StatusCategory;
  /** YYYY-MM-DD, the day work is planned to start (Jira's Start date). */
  startDate?: string;
  /** YYYY-MM-DD, the day it is due (Jira's Due date, or its release's date: release-due.ts). */
  dueDate?: string;
  /** The fix version whose release date `dueDate` is, when it came from one (named in the reason). */
  release?: string;
}

export interface HorizonAnswer {
  horizon: Horizon;
  /** Not done and its due day is before today. */
  overdue: boolean;
  /** The rule that placed it, in words (shown beside the item). */
  reason: string;
}

const DAY_MS = 86_400_000;

/**
 * The horizon of a roadmap item, first rule that applies:
 * 1. status category Done -> done;
 * 2. In Progress -> now (work has started, whatever the plan said);
 * 3. start date on or before today, or due date before today (overdue) -> now;
 * 4. start date within `nextWithinDays` after today, or (no start date) due within that window -> next;
 * 5. anything else, including an item with no dates -> later.
 * Dates are calendar days (the site's "today" is given); an unreadable date counts as absent.
 *
 * @example
 * horizonOf({ statusCategory: 'new', startDate: '2026-12-01' }, '2026-11-01') // next (starts in 30 days)
 * horizonOf({ statusCategory: 'new', dueDate: '2026-10-01' }, '2026-11-01')   // now, overdue
 */
export function horizonOf(item: HorizonItem, today: string, rule: HorizonRule = DEFAULT_HORIZON_RULE): HorizonAnswer {
  const todayMs = utcDayMs(today);
  if (todayMs === null) throw new RangeError(`today must be a YYYY-MM-DD day, got ${today}`);
  const start = utcDayMs(item.startDate);
  const due = utcDayMs(item.dueDate);
  if (item.statusCategory === 'done') return { horizon: 'done', overdue: false, reason: 'Done' };
  const overdue = due !== null && due < todayMs;
  if (item.statusCategory === 'indeterminate') return { horizon: 'now', overdue, reason: 'In progress' };
  const dueWords = item.release ? `Due by release ${item.release}` : 'Due';
  if (overdue)
    return {
      horizon: 'now',
      overdue,
      reason: item.release ? `Release ${item.release} date has passed, not started` : 'Overdue, not started',
    };
  if (start !== null && start <= todayMs) return { horizon: 'now', overdue, reason: 'Planned start has passed' };
  const windowEnd = todayMs + rule.nextWithinDays * DAY_MS;
  if (start !== null) {
    return start <= windowEnd
      ? { horizon: 'next', overdue, reason: `Starts within ${rule.nextWithinDays} days` }
      : { horizon: 'later', overdue, reason: `Starts more than ${rule.nextWithinDays} days ahead` };
  }
  if (due !== null) {
    return due <= windowEnd
      ? { horizon: 'next', overdue, reason: `${dueWords} within ${rule.nextWithinDays} days` }
      : { horizon: 'later', overdue, reason: `${dueWords} more than ${rule.nextWithinDays} days ahead` };
  }
  return { horizon: 'later', overdue, reason: 'Not started and not scheduled' };
}
