import { toCsv } from '../../../src/app/export/to-csv';
import { appendHistory, readHistory } from '../../../src/app/requirement/history-repository';
import { mapBounded } from '../../../src/app/shared/map-bounded';
import { StorageLimitError } from '../../../src/ports/key-value-store';
import { InMemoryStore } from '../../fixtures/backend/in-memory-store';

describe('score history', () => {
  it('splits a large save over several values and reads newest first', async () => {
    const store = new InMemoryStore();
    const big = 'x'.repeat(100_000);
    const entries = [1, 2, 3].map((n) => ({ at: '2026-11-01T00:00:00.000Z', accountId: 'a', field: `f${n}`, from: null, to: big }));
    await appendHistory(store, '100', '2026-11-01T00:00:00.000Z', entries);
    await appendHistory(store, '100', '2026-11-02T00:00:00.000Z', [{ at: '2026-11-02T00:00:00.000Z', accountId: 'b', field: 'phase', from: 'a', to: 'b' }]);
    expect([...store.data.keys()].filter((k) => k.startsWith('history:100:')).length).toBe(3);
    const history = await readHistory(store, '100');
    expect(history.map((h) => h.field)).toEqual(['phase', 'f3', 'f2', 'f1']);
  });

  it('refuses (never truncates) a single entry too large for one value', async () => {
    const store = new InMemoryStore();
    const huge = { at: 't', accountId: 'a', field: 'scores', from: null, to: 'y'.repeat(300_000) };
    await expect(appendHistory(store, '1', 't', [huge])).rejects.toBeInstanceOf(StorageLimitError);
    expect(store.data.size).toBe(0);
  });
});

describe('toCsv', () => {
  it('quotes as CSV requires and defuses formula cells', () => {
    const csv = toCsv(['Key', 'Summary', 'Score'], [['APP-1', '=HYPERLINK("x")', 12.5], ['APP-2', 'a, "b"', undefined]]);
    expect(csv).toBe('Key,Summary,Score\r\nAPP-1,"\'=HYPERLINK(""x"")",12.5\r\nAPP-2,"a, ""b""",\r\n');
  });
});

describe('mapBounded', () => {
  it('never runs more than the limit at once and keeps order', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapBounded([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setImmediate(r));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
