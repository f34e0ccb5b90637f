import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { RoadmapItem, RoadmapRelease } from '../../../src/contract/roadmap';

const DAY_MS = 86_400_000;
const monthLabel = utcFormat('%b');
const monthYearLabel = utcFormat('%b %Y');

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

/**
 * The releases drawn as markers: those whose day falls on the axis (the axis is the items'
 * span; a release far outside it is listed in words under the chart, not drawn). A release
 * is at the end of its day, like a due day.
 */
export function releaseMarks(
  scale: Pick<TimelineScale, 'from' | 'to'>,
  releases: readonly RoadmapRelease[],
): { release: RoadmapRelease; at: number }[] {
  return releases
    .map((release) => ({ release, at: dayMs(release.releaseDate) + DAY_MS }))
    .filter((m) => m.at >= scale.from && m.at <= scale.to);
}

/** Where a day (ms) lands on the timeline's width (d3's UTC time scale over the axis). */
export function timelineX(scale: Pick<TimelineScale, 'from' | 'to'>, range: readonly [number, number]) {
  const x = scaleUtc([new Date(scale.from), new Date(scale.to)], [...range]);
  return (ms: number): number => x(new Date(ms));
}

function ticksBetween(from: number, to: number): { at: number; label: string }[] {
  const start = new Date(from);
  const end = new Date(to);
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  // Month starts, or quarter starts (Jan, Apr, Jul, Oct) beyond 18 months, as d3-time counts them.
  const interval = months > 18 ? utcMonth.every(3) : utcMonth;
  const starts = scaleUtc([start, end], [0, 1]).ticks(interval ?? utcMonth);
  return starts.map((date, i) => ({
    at: date.getTime(),
    label: i === 0 || date.getUTCMonth() === 0 ? monthYearLabel(date) : monthLabel(date),
  }));
}
