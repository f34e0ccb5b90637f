import { dayAxis, labelAnchor, utcDay, valueAxis } from '../../../static/src/shared/chart-scale';

describe('valueAxis: how far a chart value axis reaches and where its ticks sit', () => {
  it.each([
    [[0, 97], 5, [0, 20, 40, 60, 80, 100]],
    [[0, 1], 4, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [[2.1, 5.63], 5, [2, 3, 4, 5, 6]],
    [[40, 59], 4, [40, 45, 50, 55, 60]],
    [[59, 40, 44], 4, [40, 45, 50, 55, 60]],
    [[7, 7], 5, [7]],
    [[Number.NaN, 1], 5, [1]],
    [[Number.NaN], 5, []],
  ])('valueAxis(%j, count %d) ticks %j (round steps, the data inside, the ends on ticks)', (values, count, ticks) => {
    const axis = valueAxis(values, [0, 100], count);
    expect(axis.ticks.map((t) => t.value)).toEqual(ticks);
    if (ticks.length > 1) expect(axis.domain).toEqual([ticks[0], ticks[ticks.length - 1]]);
  });

  it.each([
    [[0, 10], [0, 200], 5, 100],
    [[0, 10], [200, 0], 2, 160],
    [[-5, 5], [0, 100], 0, 50],
    // A flat domain maps to the middle, never NaN.
    [[3, 3], [0, 100], 3, 50],
    [[], [0, 100], 3, 50],
  ] as const)('valueAxis(%j) on %j puts %d at %d', (values, range, v, out) => {
    expect(valueAxis(values, range).at(v)).toBeCloseTo(out, 9);
  });

  it('labels ticks as the app formats numbers and places them on the range', () => {
    const axis = valueAxis([0, 2500], [300, 0], 2);
    expect(axis.ticks).toEqual([
      { value: 0, at: 300, label: '0' },
      { value: 2000, at: 150, label: '2,000' },
      { value: 4000, at: 0, label: '4,000' },
    ]);
  });
});

describe('dayAxis: a day axis in UTC', () => {
  it('runs from the first to the last day, whatever their order', () => {
    const axis = dayAxis(['2026-11-30', '2026-11-01', '2026-11-16'], [0, 290]);
    expect(axis.domain).toEqual(['2026-11-01', '2026-11-30']);
    expect(axis.at('2026-11-01')).toBe(0);
    expect(axis.at('2026-11-30')).toBe(290);
    expect(axis.at('2026-11-11')).toBeCloseTo(100, 9);
  });

  it('ticks whole weeks in a month and says the year on the first tick and each new year', () => {
    expect(dayAxis(['2026-11-01', '2026-11-30'], [0, 290]).ticks.map((t) => [t.value, t.label])).toEqual([
      ['2026-11-01', 'Nov 1, 2026'],
      ['2026-11-08', 'Nov 8'],
      ['2026-11-15', 'Nov 15'],
      ['2026-11-22', 'Nov 22'],
      ['2026-11-29', 'Nov 29'],
    ]);
    expect(dayAxis(['2026-10-01', '2027-03-15'], [0, 300], 3).ticks.map((t) => t.label)).toEqual([
      'Oct 1, 2026',
      'Jan 1, 2027',
    ]);
  });

  it('drops ticks whose labels would overlap, keeping the first', () => {
    // Quarter ticks over 13 months on a small chart: Jan, Apr, Jul, Oct, Jan about 68 px apart.
    const days = ['2025-12-20', '2027-01-31'];
    expect(dayAxis(days, [0, 296], 3).ticks.map((t) => t.label)).toEqual([
      'Jan 1, 2026',
      'Apr 1',
      'Jul 1',
      'Oct 1',
      'Jan 1, 2027',
    ]);
    const thinned = dayAxis(days, [0, 296], 3, 100).ticks;
    expect(thinned.map((t) => t.label)).toEqual(['Jan 1, 2026', 'Jul 1', 'Jan 1, 2027']);
    for (let i = 1; i < thinned.length; i++) expect(thinned[i]!.at - thinned[i - 1]!.at).toBeGreaterThanOrEqual(100);
  });

  it('one day is one tick; no day is an empty axis', () => {
    expect(dayAxis(['2026-11-01'], [0, 100]).ticks.map((t) => t.label)).toEqual(['Nov 1, 2026']);
    expect(dayAxis([], [0, 100]).ticks).toEqual([]);
  });

  it('reads a stored day as its UTC midnight', () => {
    expect(utcDay('2027-03-01').getTime() - utcDay('2027-02-28').getTime()).toBe(86_400_000);
  });
});

describe('labelAnchor: a tick label never runs past the axis ends', () => {
  it.each([
    [48, 'start'],
    [79, 'start'],
    [81, 'middle'],
    [311, 'middle'],
    [313, 'end'],
    [344, 'end'],
  ] as const)('at %d on [48, 344] it is set %s', (at, anchor) => {
    expect(labelAnchor(at, [48, 344])).toBe(anchor);
  });
});
