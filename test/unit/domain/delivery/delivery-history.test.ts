import {
  DELIVERY_HISTORY_DAYS,
  withDeliveryPoint,
  type DeliveryPoint,
} from '../../../../src/domain/delivery/delivery-history';

const p = (date: string, unitsDone = 1, units = 10): DeliveryPoint => ({
  date,
  units,
  unitsDone,
  effortTotal: 0,
  effortDone: 0,
});

describe('withDeliveryPoint: the burn-up history a snapshot adds its day to', () => {
  it.each([
    ['the first day', [], p('2026-11-01'), ['2026-11-01']],
    ['a later day goes last', [p('2026-11-01')], p('2026-11-02'), ['2026-11-01', '2026-11-02']],
    [
      'a late day goes in date order',
      [p('2026-11-01'), p('2026-11-03')],
      p('2026-11-02'),
      ['2026-11-01', '2026-11-02', '2026-11-03'],
    ],
  ])('%s', (_name, history, point, dates) => {
    expect(withDeliveryPoint(history, point).map((d) => d.date)).toEqual(dates);
  });

  it('a redelivered snapshot replaces its day instead of adding a second point', () => {
    const out = withDeliveryPoint([p('2026-11-01', 1), p('2026-11-02', 2)], p('2026-11-02', 5));
    expect(out).toEqual([p('2026-11-01', 1), p('2026-11-02', 5)]);
  });

  it('keeps only the days up to the newest within the bound', () => {
    expect(withDeliveryPoint([p('2026-10-30'), p('2026-10-31')], p('2026-11-02'), 3).map((d) => d.date)).toEqual([
      '2026-10-31',
      '2026-11-02',
    ]);
    let history: DeliveryPoint[] = [];
    for (let d = 0; d < 200; d++)
      history = withDeliveryPoint(history, p(new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)));
    expect(history).toHaveLength(DELIVERY_HISTORY_DAYS);
    expect(history[0]?.date).toBe('2026-01-21');
    expect(history[history.length - 1]?.date).toBe('2026-07-19');
  });
});
