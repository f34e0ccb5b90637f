import { area, line } from 'd3-shape';
import type { DeliveryDayView } from '../../../src/contract/views-delivery';
import { formatNumber, formatPercent } from '../shared/format';
import { dayAxis, valueAxis, type Axis } from '../shared/chart-scale';

export type BurnUpMeasure = 'count' | 'effort';

export interface BurnUpDay {
  date: string;
  done: number;
  total: number;
  x: number;
  yDone: number;
  yTotal: number;
}

export interface BurnUpSeries {
  days: BurnUpDay[];
  xAxis: Axis<string>;
  yAxis: Axis<number>;
  /** SVG paths: the done line, the area under it and the total (scope) line. */
  donePath: string;
  doneArea: string;
  totalPath: string;
}

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** A day's figures in the chosen measure: units of work, or their estimated effort. */
export const measureOf = (d: DeliveryDayView, measure: BurnUpMeasure) =>
  measure === 'count' ? { done: d.done, total: d.total } : { done: d.effortDone, total: d.effortTotal };

/**
 * The burn-up of `points` in `box`: days across (UTC), done and total up from zero (the gap
 * between the lines is the work left; a rising total is scope added), as positions and paths.
 */
export function burnUpSeries(points: readonly DeliveryDayView[], measure: BurnUpMeasure, box: ChartBox): BurnUpSeries {
  const { width, height, margin } = box;
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const figures = sorted.map((d) => ({ date: d.date, ...measureOf(d, measure) }));
  const xAxis = dayAxis(
    figures.map((d) => d.date),
    [margin.left, width - margin.right],
    4,
  );
  // At least 1 on the value axis, so a project with nothing done yet still has a scale.
  const yAxis = valueAxis(
    [0, 1, ...figures.map((d) => d.total), ...figures.map((d) => d.done)],
    [height - margin.bottom, margin.top],
    4,
  );
  const days = figures.map((d) => ({ ...d, x: xAxis.at(d.date), yDone: yAxis.at(d.done), yTotal: yAxis.at(d.total) }));
  const baseline = yAxis.at(0);
  return {
    days,
    xAxis,
    yAxis,
    donePath:
      line<BurnUpDay>(
        (d) => d.x,
        (d) => d.yDone,
      )(days) ?? '',
    doneArea:
      area<BurnUpDay>(
        (d) => d.x,
        baseline,
        (d) => d.yDone,
      )(days) ?? '',
    totalPath:
      line<BurnUpDay>(
        (d) => d.x,
        (d) => d.yTotal,
      )(days) ?? '',
  };
}

/** The index of the day nearest to `x` (the pointer over the chart), or -1 without days. */
export function nearestDay(days: readonly BurnUpDay[], x: number): number {
  let best = -1;
  for (let i = 0; i < days.length; i++)
    if (best < 0 || Math.abs((days[i] as BurnUpDay).x - x) < Math.abs((days[best] as BurnUpDay).x - x)) best = i;
  return best;
}

/** What the status line says of a day. */
export function dayText(day: Pick<BurnUpDay, 'date' | 'done' | 'total'>, measure: BurnUpMeasure): string {
  const unit = measure === 'count' ? 'units of work' : 'effort';
  const share = day.total > 0 ? ` (${formatPercent(day.done, day.total)})` : '';
  return `${day.date}: ${formatNumber(day.done)} of ${formatNumber(day.total)} ${unit} done${share}`;
}
