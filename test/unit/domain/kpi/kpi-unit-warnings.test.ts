import { kpiUnitWarnings, type KpiFigures } from '../../../../src/domain/kpi/kpi-unit-warnings';

const kpi = (figures: Partial<KpiFigures>): KpiFigures => ({
  unit: '%',
  baseline: 25,
  target: 30,
  actuals: [],
  ...figures,
});

describe('kpiUnitWarnings: percent KPI figures that look like shares', () => {
  it.each([
    [
      'target 0.3 with baseline 25',
      kpi({ target: 0.3 }),
      [['target', 'target 0.3 looks like a share: this KPI is in %, and its baseline is 25; did you mean 30?']],
    ],
    [
      'baseline 0.25 with target 30',
      kpi({ baseline: 0.25 }),
      [['baseline', 'baseline 0.25 looks like a share: this KPI is in %, and its target is 30; did you mean 25?']],
    ],
    [
      'an actual of 0.27 among percents',
      kpi({
        actuals: [
          { date: '2026-10-01', value: 26 },
          { date: '2026-10-31', value: 0.27 },
        ],
      }),
      [
        [
          'actuals.2026-10-31',
          'the actual of 2026-10-31 0.27 looks like a share: this KPI is in %, and its baseline is 25; did you mean 27?',
        ],
      ],
    ],
    ['unit written "Percent"', kpi({ unit: ' Percent ', target: 0.3 }), [['target', expect.any(String) as string]]],
    ['all on the percent scale', kpi({ actuals: [{ date: '2026-10-31', value: 27 }] }), []],
    ['0 is 0 on either scale', kpi({ baseline: 0, target: 40 }), []],
    ['exactly 1 % is plausible', kpi({ baseline: 1, target: 3 }), []],
    ['all below 1: may really be tenths of a percent', kpi({ baseline: 0.2, target: 0.4 }), []],
    ['not a percent KPI (a share unit)', kpi({ unit: 'share', target: 0.3 }), []],
    ['not a percent KPI (orders)', kpi({ unit: 'orders', baseline: 250, target: 0.5 }), []],
  ])('%s', (_case, figures, expected) => {
    expect(kpiUnitWarnings(figures).map((w) => [w.field, w.message])).toEqual(expected);
  });

  it('gives the percent probably meant for each flagged figure, for a one-click fix', () => {
    const warnings = kpiUnitWarnings(
      kpi({ baseline: 0.25, target: 0.305, actuals: [{ date: '2026-10-01', value: 26 }] }),
    );
    expect(warnings.map((w) => [w.field, w.suggested])).toEqual([
      ['baseline', 25],
      ['target', 30.5],
    ]);
  });

  it('never changes the figures', () => {
    const figures = kpi({ target: 0.3 });
    kpiUnitWarnings(figures);
    expect(figures).toEqual(kpi({ target: 0.3 }));
  });
});
