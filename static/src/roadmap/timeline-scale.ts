import type { RoadmapItem } from '../../../src/contract/roadmap';

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** A bar of the timeline, in days on the UTC axis: from its start (or due day, a milestone) to its due day (or open-ended). */
export interface TimelineBar {
  item: RoadmapItem;
  from: number;
  to: number;
  /** Only a due day: drawn as a milestone. */
  milestone: boolean;
  /** A start without a due day: the bar runs to the end of the axis, dashed. */
  openEnd: boolean;
}

export interface TimelineScale {
  from: number;
  to: number;
  bars: TimelineBar[];
  /** Items with neither date (listed apart, never drawn at a made-up place). */
  unscheduled: RoadmapItem[];
  ticks: { at: number; label: string }[];
}

/**
 * The timeline's axis: from a week before the earliest date (or today) to
 * two weeks after the latest, with a tick at each month start (each quarter
 * beyond 18 months). Pure, so the layout is tested without a browser.
 */
export function timelineScale(items: readonly RoadmapItem[], today: string): TimelineScale {
  const scheduled = items.filter((i) => i.startDate || i.dueDate);
  const unscheduled = items.filter((i) => !i.startDate && !i.dueDate);
  const todayMs = dayMs(today);
  const days = scheduled.flatMap((i) => [i.startDate, i.dueDate].filter((d): d is string => !!d).map(dayMs));
  const from = Math.min(todayMs, ...days) - 7 * DAY_MS;
  const to = Math.max(todayMs, ...days) + 14 * DAY_MS;
  const bars = scheduled.map((item): TimelineBar => {
    const start = item.startDate ? dayMs(item.startDate) : undefined;
    const due = item.dueDate ? dayMs(item.dueDate) + DAY_MS : undefined; // due at the end of its day
    if (start === undefined)
      return { item, from: (due as number) - DAY_MS, to: due as number, milestone: true, openEnd: false };
    if (due === undefined) return { item, from: start, to, milestone: false, openEnd: true };
    return { item, from: start, to: Math.max(due, start + DAY_MS), milestone: false, openEnd: false };
  });
  return { from, to, bars, unscheduled, ticks: ticksBetween(from, to) };
}

function ticksBetween(from: number, to: number): { at: number; label: string }[] {
  const start = new Date(from);
  const months =
    (new Date(to).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(to).getUTCMonth() - start.getUTCMonth();
  const step = months > 18 ? 3 : 1;
  const ticks: { at: number; label: string }[] = [];
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  if (step === 3) m = Math.ceil(m / 3) * 3;
  for (;;) {
    if (m >= 12) {
      y += Math.floor(m / 12);
      m %= 12;
    }
    const at = Date.UTC(y, m, 1);
    if (at > to) return ticks;
    ticks.push({ at, label: m === 0 || ticks.length === 0 ? `${MONTHS[m]} ${y}` : (MONTHS[m] as string) });
    m += step;
  }
}
