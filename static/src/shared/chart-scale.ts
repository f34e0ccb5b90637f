import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { formatNumber } from './format';

/**
 * The axes every SVG chart of the app draws, on d3-scale (linear and UTC time scales, "nice"
 * round ends and ticks); React renders the SVG and @atlaskit/tokens colour it. One place
 * decides how far an axis reaches and how its ticks read, so the charts agree.
 *
 * @example
 * valueAxis([0, 97], [0, 200]).ticks.map((t) => t.value) // [0, 20, 40, 60, 80, 100]
 * valueAxis([0, 97], [0, 200]).at(50) // 100
 */
export interface Axis<T> {
  /** Where a value lands on the range. */
  at: (value: T) => number;
  /** The ends of the axis after rounding (the domain the positions use). */
  domain: [T, T];
  ticks: { value: T; at: number; label: string }[];
}

/**
 * A value axis covering `values` with about `count` round intervals (1, 2, 5 x 10^n), its ends
 * on ticks; a single value maps to the middle of the range; no finite value is an empty axis.
 */
export function valueAxis(values: readonly number[], range: readonly [number, number], count = 5): Axis<number> {
  const finite = values.filter(Number.isFinite);
  const scale = scaleLinear().range([...range]);
  if (!finite.length) return { at: () => (range[0] + range[1]) / 2, domain: [0, 0], ticks: [] };
  scale.domain([Math.min(...finite), Math.max(...finite)]).nice(count);
  const [d0, d1] = scale.domain() as [number, number];
  // d3 maps a flat domain to the middle of the range: one value is centred, never NaN.
  const ticks = d0 === d1 ? [d0] : scale.ticks(count);
  return {
    at: (v) => scale(v),
    domain: [d0, d1],
    ticks: ticks.map((value) => ({ value, at: scale(value), label: formatNumber(value) })),
  };
}

/** A YYYY-MM-DD day as its UTC midnight (the day the app stored, never moved by a time zone). */
export const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

const dayLabel = utcFormat('%b %-d');
const dayYearLabel = utcFormat('%b %-d, %Y');

/** Room a day label needs on the axis (px at the charts' 10 px type): "Jan 1, 2027" with a gap. */
export const DAY_LABEL_ROOM = 64;

/**
 * A day axis (UTC) from the earliest to the latest of `days`, with about `count` ticks on whole
 * days, weeks or months as d3's time scale picks them, thinned so that no two labels are closer
 * than `minGap` px (they would overlap); the first tick and each new year carry the year.
 */
export function dayAxis(
  days: readonly string[],
  range: readonly [number, number],
  count = 4,
  minGap = DAY_LABEL_ROOM,
): Axis<string> {
  const sorted = [...days].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return { at: () => range[0], domain: ['', ''], ticks: [] };
  const scale = scaleUtc()
    .domain([utcDay(first), utcDay(last)])
    .range([...range]);
  let kept: number | undefined;
  const dates = (first === last ? [utcDay(first)] : scale.ticks(count)).filter((date) => {
    if (kept !== undefined && Math.abs(scale(date) - kept) < minGap) return false;
    kept = scale(date);
    return true;
  });
  let year: number | undefined;
  const ticks = dates.map((date) => {
    const label = year === date.getUTCFullYear() ? dayLabel(date) : dayYearLabel(date);
    year = date.getUTCFullYear();
    return { value: date.toISOString().slice(0, 10), at: scale(date), label };
  });
  return { at: (day) => scale(utcDay(day)), domain: [first, last], ticks };
}

/**
 * How a tick label sits on its tick: centred, or against the axis end it would run past (half a
 * label's room from either end of `range`).
 */
export function labelAnchor(
  at: number,
  range: readonly [number, number],
  room = DAY_LABEL_ROOM,
): 'start' | 'middle' | 'end' {
  const [lo, hi] = [Math.min(...range), Math.max(...range)];
  if (at - lo < room / 2) return 'start';
  if (hi - at < room / 2) return 'end';
  return 'middle';
}
