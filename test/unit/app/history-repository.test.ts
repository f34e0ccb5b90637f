import { appendHistory, historyKey, historyPrefix, readHistory } from '../../../src/app/requirement/history-repository';
import type { HistoryEntry } from '../../../src/contract/views';
import { StorageLimitError, type EntryPage } from '../../../src/ports/key-value-store';
import { InMemoryStore } from '../../fixtures/backend/in-memory-store';

/** Counts the records a read pulls out of the store. */
class CountingStore extends InMemoryStore {
  recordsRead = 0;
  override async queryByPrefix<T>(
    prefix: string,
    options: { limit?: number; cursor?: string } = {},
  ): Promise<EntryPage<T>> {
    const page = await super.queryByPrefix<T>(prefix, options);
    this.recordsRead += page.entries.length;
    return page;
  }
}

const entry = (field: string, at = '2026-11-01T00:00:00.000Z', to: unknown = 'x'): HistoryEntry => ({
  at,
  accountId: 'a',
  field,
  from: null,
  to,
});

describe('score history', () => {
  it('splits a large save over several values and reads newest first', async () => {
    const store = new InMemoryStore();
    const big = 'x'.repeat(100_000);
    await appendHistory(
      store,
      '100',
      1,
      [1, 2, 3].map((n) => entry(`f${n}`, '2026-11-01T00:00:00.000Z', big)),
      'save-a',
    );
    await appendHistory(store, '100', 2, [entry('phase', '2026-11-02T00:00:00.000Z')], 'save-b');
    expect([...store.data.keys()].filter((k) => k.startsWith(historyPrefix('100'))).length).toBe(3);
    const history = await readHistory(store, '100');
    expect(history.map((h) => h.field)).toEqual(['phase', 'f3', 'f2', 'f1']);
  });

  it('keys sort newest save first, and within a save the last part first', () => {
    expect(historyKey('1', 10, 0, 's') < historyKey('1', 9, 0, 's')).toBe(true);
    expect(historyKey('1', 10, 1, 's') < historyKey('1', 10, 0, 's')).toBe(true);
    expect(historyKey('1', 1000, 0, 's') < historyKey('1', 999, 5, 's')).toBe(true);
    // One issue's prefix never matches another issue whose id starts the same.
    expect(historyKey('12', 1, 0, 's').startsWith(historyPrefix('1'))).toBe(false);
  });

  it('two records of one version (two writers) never share a key: both stay in the history', async () => {
    const store = new InMemoryStore();
    await appendHistory(store, '5', 4, [entry('phase')], 'save-a');
    await appendHistory(store, '5', 4, [entry('scores.rice')], 'save-b');
    expect((await readHistory(store, '5')).map((h) => h.field).sort()).toEqual(['phase', 'scores.rice']);
  });

  it('reads only the records the latest entries need, not the whole history', async () => {
    const store = new CountingStore();
    for (let version = 1; version <= 300; version++) {
      await appendHistory(store, '7', version, [entry(`a${version}`), entry(`b${version}`)], `save-${version}`);
    }
    const history = await readHistory(store, '7', 50);
    expect(history).toHaveLength(50);
    expect(history.slice(0, 3).map((h) => h.field)).toEqual(['b300', 'a300', 'b299']);
    expect(history.at(-1)?.field).toBe('a276');
    // 25 saves hold the 50 entries; reads go in pages of 20 records, so 40 at most (never 300).
    expect(store.recordsRead).toBeLessThanOrEqual(40);
  });

  it('refuses (never truncates) a single entry too large for one value', async () => {
    const store = new InMemoryStore();
    await expect(
      appendHistory(store, '1', 1, [entry('scores', 't', 'y'.repeat(300_000))], 'save-a'),
    ).rejects.toBeInstanceOf(StorageLimitError);
    expect(store.data.size).toBe(0);
  });
});
