import {
  deliveryHistoryKey,
  readDeliveryHistory,
  recordDeliveryPoint,
} from '../../../../src/app/delivery/delivery-history-store';
import { DELIVERY_HISTORY_DAYS } from '../../../../src/domain/delivery/delivery-history';
import { InMemoryStore } from '../../../fixtures/backend/in-memory-store';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

describe('the stored delivery history', () => {
  it('stores days as compact tuples with a format version and reads them back', async () => {
    const store = new InMemoryStore();
    await recordDeliveryPoint(store, 'APP', {
      date: '2026-11-02',
      units: 10,
      unitsDone: 4,
      effortTotal: 20,
      effortDone: 5,
    });
    await recordDeliveryPoint(store, 'APP', {
      date: '2026-11-01',
      units: 9,
      unitsDone: 3,
      effortTotal: 18,
      effortDone: 3,
    });
    expect(await store.get(deliveryHistoryKey('APP'))).toEqual({
      version: 1,
      days: [
        ['2026-11-01', 9, 3, 18, 3],
        ['2026-11-02', 10, 4, 20, 5],
      ],
    });
    expect((await readDeliveryHistory(store, 'APP')).map((p) => p.unitsDone)).toEqual([3, 4]);
    expect(await readDeliveryHistory(store, 'OTHER')).toEqual([]);
  });

  it.each([
    ['an unknown version', { version: 2, days: [] }],
    ['an extra field', { version: 1, days: [], extra: true }],
    ['a negative count', { version: 1, days: [['2026-11-01', -1, 0, 0, 0]] }],
    ['a malformed day', { version: 1, days: [['1 Nov', 1, 0, 0, 0]] }],
  ])('reads %s as no history (never misread) and the next snapshot starts it again', async (_name, record) => {
    const store = new InMemoryStore();
    await store.set(deliveryHistoryKey('APP'), record);
    expect(await readDeliveryHistory(store, 'APP')).toEqual([]);
    await recordDeliveryPoint(store, 'APP', {
      date: '2026-11-01',
      units: 1,
      unitsDone: 0,
      effortTotal: 0,
      effortDone: 0,
    });
    expect(await readDeliveryHistory(store, 'APP')).toHaveLength(1);
  });

  it('stays bounded and far within one KVS value with large numbers every day', async () => {
    const store = new InMemoryStore();
    for (let d = 0; d < DELIVERY_HISTORY_DAYS + 20; d++)
      await recordDeliveryPoint(store, 'APP', {
        date: day(d),
        units: 50_000,
        unitsDone: 49_999,
        effortTotal: 123_456.5,
        effortDone: 99_999.25,
      });
    const stored = await store.get<{ days: unknown[] }>(deliveryHistoryKey('APP'));
    expect(stored?.days).toHaveLength(DELIVERY_HISTORY_DAYS);
    expect(JSON.stringify(stored).length).toBeLessThan(10_240);
  });
});
