import { burnUpSeries, dayText, nearestDay } from '../../../static/src/dashboard/burn-up-series';

const BOX = { width: 300, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 10 } };
const day = (date: string, done: number, total: number, effortDone = 0, effortTotal = 0) => ({
  date,
  done,
  total,
  effortDone,
  effortTotal,
});

describe('burnUpSeries: the burn-up of the daily delivery totals', () => {
  const points = [day('2026-11-03', 6, 10, 20, 40), day('2026-11-01', 2, 8, 5, 30), day('2026-11-02', 4, 10, 10, 40)];

  it('puts the days in date order across the width, done and total up from zero', () => {
    const s = burnUpSeries(points, 'count', BOX);
    expect(s.days.map((d) => [d.date, d.x, d.done, d.total])).toEqual([
      ['2026-11-01', 10, 2, 8],
      ['2026-11-02', 150, 4, 10],
      ['2026-11-03', 290, 6, 10],
    ]);
    expect(s.yAxis.domain).toEqual([0, 10]);
    const round = (path: string) => path.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n))));
    expect(s.days.map((d) => Math.round(d.yTotal))).toEqual([30, 10, 10]);
    expect(round(s.donePath)).toBe('M10,90L150,70L290,50');
    expect(round(s.totalPath)).toBe('M10,30L150,10L290,10');
    // The area closes on the zero line.
    expect(round(s.doneArea)).toBe('M10,90L150,70L290,50L290,110L150,110L10,110Z');
  });

  it('by effort, draws the estimated effort instead of the count', () => {
    const s = burnUpSeries(points, 'effort', BOX);
    expect(s.days.map((d) => [d.done, d.total])).toEqual([
      [5, 30],
      [10, 40],
      [20, 40],
    ]);
    expect(s.yAxis.domain).toEqual([0, 40]);
  });

  it('a project with nothing yet still has a scale, and one day is one point', () => {
    const s = burnUpSeries([day('2026-11-01', 0, 0)], 'count', BOX);
    expect(s.yAxis.domain).toEqual([0, 1]);
    expect(s.days).toHaveLength(1);
    expect(s.days[0]?.yDone).toBe(110);
  });

  it('the pointer picks the nearest day', () => {
    const { days } = burnUpSeries(points, 'count', BOX);
    expect([0, 79, 81, 400].map((x) => nearestDay(days, x))).toEqual([0, 0, 1, 2]);
    expect(nearestDay([], 50)).toBe(-1);
  });

  it.each([
    [day('2026-11-01', 3, 12), 'count', '2026-11-01: 3 of 12 units of work done (25%)'],
    [day('2026-11-01', 199, 200), 'count', '2026-11-01: 199 of 200 units of work done (99.5%)'],
    [day('2026-11-01', 0, 0), 'count', '2026-11-01: 0 of 0 units of work done'],
    [{ date: '2026-11-01', done: 5.5, total: 22 }, 'effort', '2026-11-01: 5.5 of 22 effort done (25%)'],
  ] as const)('says a day as %j %s: %s', (d, measure, text) => {
    expect(dayText(d, measure)).toBe(text);
  });
});
