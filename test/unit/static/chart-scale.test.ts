import { dayNumber, linearScale, niceTicks } from '../../../static/src/dashboard/chart-scale';

describe('chart scales', () => {
  it.each([
    [[0, 10], [0, 200], 5, 100],
    [[0, 10], [200, 0], 2, 160],
    [[-5, 5], [0, 100], 0, 50],
    // A flat domain maps to the middle, never NaN.
    [[3, 3], [0, 100], 3, 50],
  ] as const)('linearScale(%j, %j)(%d) = %d', (domain, range, v, out) => {
    expect(linearScale(domain, range)(v)).toBe(out);
  });

  it.each([
    [0, 97, 5, [0, 20, 40, 60, 80, 100]],
    [0, 1, 4, [0, 0.5, 1]],
    [2.1, 5.63, 5, [2, 3, 4, 5, 6]],
    [40, 59, 4, [40, 45, 50, 55, 60]],
    [7, 7, 5, [7]],
    [Number.NaN, 1, 5, []],
  ])('niceTicks(%d, %d, %d) = %j (round steps, the data inside)', (min, max, count, ticks) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });

  it('counts days between dates', () => {
    expect(dayNumber('2026-11-30') - dayNumber('2026-11-01')).toBe(29);
    expect(dayNumber('2027-03-01') - dayNumber('2027-02-28')).toBe(1);
  });
});
