import { kpiTrend } from '../../../../src/domain';

describe('kpiTrend', () => {
  it.each([
    ['rising towards a higher target', [10, 15, 20], 0, 100, 'improving'],
    ['falling away from a higher target', [20, 15, 10], 0, 100, 'worsening'],
    ['falling towards a lower target', [20, 15, 10], 100, 0, 'improving'],
    ['noise under 1 % of the distance', [50, 50.2, 50.1], 0, 100, 'flat'],
    ['a single actual', [50], 0, 100, 'unknown'],
  ])('%s', (_name, values, baseline, target, trend) => {
    const actuals = values.map((value, i) => ({ date: `2026-0${i + 1}-01`, value }));
    expect(kpiTrend(actuals, baseline, target)).toBe(trend);
  });
});

describe('kpiTrend of a "maintain" KPI (baseline = target)', () => {
  it.each([
    ['rising, higher is better', [97, 98, 99], 'higher-is-better', 'improving'],
    ['falling, higher is better', [99, 98, 97], 'higher-is-better', 'worsening'],
    ['falling, lower is better', [3, 2.5, 2], 'lower-is-better', 'improving'],
    // Changes measured against the largest distance from the target (here 2), not against the target's size.
    ['recovering towards an uptime target', [97, 97.5, 98], 'higher-is-better', 'improving'],
    ['noise under 1 % of the distance from the target', [97, 97.01, 97.005], 'higher-is-better', 'flat'],
    ['every actual at the target', [99, 99, 99], 'higher-is-better', 'flat'],
    ['no direction given', [97, 98, 99], undefined, 'unknown'],
  ] as const)('%s', (_name, values, direction, trend) => {
    const actuals = values.map((value, i) => ({ date: `2026-0${i + 1}-01`, value }));
    expect(kpiTrend(actuals, 99, 99, direction)).toBe(trend);
  });

  it('a target of 0 measures changes against the values', () => {
    const actuals = [3, 2, 1].map((value, i) => ({ date: `2026-0${i + 1}-01`, value }));
    expect(kpiTrend(actuals, 0, 0, 'lower-is-better')).toBe('improving');
  });
});
