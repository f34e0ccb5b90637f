import { rollUpKpiStatuses, type KpiStatusValue } from '../../../../src/domain';

const items = (...s: KpiStatusValue[]) => s.map((status) => ({ status }));

describe('rollUpKpiStatuses', () => {
  it.each([
    [items('on-track', 'at-risk'), 'at-risk'],
    [items('on-track', 'off-track', 'at-risk'), 'off-track'],
    [items('on-track', 'no-data'), 'on-track'],
    [items('no-data', 'no-data'), 'no-data'],
    [items(), 'none'],
  ])('worst of %j is %s', (list, status) => {
    expect(rollUpKpiStatuses(list).status).toBe(status);
  });

  it.each([
    // mean 0.75 -> at risk; mean 0.875 -> on track; mean 0.5 -> at risk; mean 0.25 -> off track
    [[{ status: 'on-track' }, { status: 'at-risk' }], 'at-risk'],
    [[{ status: 'on-track', weight: 3 }, { status: 'at-risk' }], 'on-track'],
    [[{ status: 'on-track' }, { status: 'off-track' }], 'at-risk'],
    [[{ status: 'at-risk' }, { status: 'off-track' }], 'off-track'],
    [
      [
        { status: 'on-track', weight: 9 },
        { status: 'off-track', weight: 1 },
      ],
      'on-track',
    ],
    [[{ status: 'no-data', weight: 5 }, { status: 'on-track' }], 'on-track'],
    // Mean exactly 0.8 on paper: (0.7 + 0.1) / (0.7 + 0.1 + 0.2); in floating point 0.7999999999999999.
    [
      [
        { status: 'on-track', weight: 0.7 },
        { status: 'on-track', weight: 0.1 },
        { status: 'off-track', weight: 0.2 },
      ],
      'on-track',
    ],
  ] as [{ status: KpiStatusValue; weight?: number }[], string][])('weighted %#', (list, status) => {
    expect(rollUpKpiStatuses(list, 'weighted').status).toBe(status);
  });

  it('counts every status', () => {
    expect(rollUpKpiStatuses(items('on-track', 'on-track', 'no-data', 'off-track')).totals).toEqual({
      onTrack: 2,
      atRisk: 0,
      offTrack: 1,
      noData: 1,
      weightedSum: 2,
      weightTotal: 3,
    });
  });
});
