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
