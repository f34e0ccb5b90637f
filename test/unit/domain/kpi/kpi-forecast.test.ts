import { kpiForecast, kpiStatus } from '../../../../src/domain';
import { makeKpi, NOW } from '../support/make-issue';

describe('kpiForecast: where the trend lands at the due date', () => {
  const up = { direction: 'higher-is-better' as const, target: 40, dueDate: '2026-12-31' };
  it.each([
    // Days from 1 Jan: 0 and 90 (mean 45, mean value 22.5); the due date is day 364: 22.5 + 5/90 x 319.
    ['5 up per quarter reaches 40', [20, 25], up, 22.5 + (5 / 90) * 319, true],
    ['2 up per quarter does not', [20, 22], up, 21 + (2 / 90) * 319, false],
    ['flat stays where it is', [30, 30], up, 30, false],
    [
      'lower is better: 10 down to 8 per quarter, target 5',
      [10, 8],
      { ...up, direction: 'lower-is-better' as const, target: 5 },
      9 - (2 / 90) * 319,
      true,
    ],
  ])('%s', (_name, [a, b], def, value, reaches) => {
    const f = kpiForecast(
      [
        { date: '2026-01-01', value: a! },
        { date: '2026-04-01', value: b! },
      ],
      def,
    );
    expect(f).toEqual({ date: '2026-12-31', value: expect.closeTo(value, 10), reachesTarget: reaches, basedOn: 2 });
  });

  it('least squares over three actuals: 20, 26, 29 on days 0, 90, 181', () => {
    // mean day 90.333, mean value 25; slope = sum(dx dy) / sum(dx^2)
    const days = [0, 90, 181];
    const values = [20, 26, 29];
    const md = (0 + 90 + 181) / 3;
    const slope =
      days.reduce((s, d, i) => s + (d - md) * (values[i]! - 25), 0) / days.reduce((s, d) => s + (d - md) ** 2, 0);
    const f = kpiForecast(
      [
        { date: '2026-01-01', value: 20 },
        { date: '2026-04-01', value: 26 },
        { date: '2026-07-01', value: 29 },
      ],
      up,
    );
    expect(f?.value).toBeCloseTo(25 + slope * (364 - md), 10);
  });

  it('no forecast from a single actual', () => {
    expect(kpiForecast([{ date: '2026-01-01', value: 20 }], up)).toBeNull();
  });

  it('kpiStatus gives the forecast while the KPI runs, from the trend window, and none once it is due', () => {
    const def = makeKpi({
      actuals: [
        { date: '2026-01-01', value: 10 },
        { date: '2026-01-01', value: 20 },
        { date: '2026-04-01', value: 25 },
      ],
    });
    expect(kpiStatus(def, NOW).forecast).toEqual({
      date: '2026-12-31',
      value: expect.closeTo(22.5 + (5 / 90) * 319, 10),
      reachesTarget: true,
      basedOn: 2,
    });
    expect(kpiStatus({ ...def, dueDate: '2026-05-01' }, NOW).forecast).toBeNull();
    expect(kpiStatus(makeKpi({ actuals: [{ date: '2026-06-01', value: 30 }] }), NOW).forecast).toBeNull();
  });

  it('a maintain KPI gets a forecast too', () => {
    const def = makeKpi({
      baseline: 99.9,
      target: 99.9,
      actuals: [
        { date: '2026-05-01', value: 99.0 },
        { date: '2026-06-01', value: 99.5 },
      ],
    });
    expect(kpiStatus(def, NOW).forecast?.reachesTarget).toBe(true);
  });
});
