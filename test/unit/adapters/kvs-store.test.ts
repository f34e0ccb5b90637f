import type { ForgeGlobals } from '../../../dev/forge-runtime/install-forge-globals';
import { installKvsOnlyGlobals } from '../../fixtures/runtime/kvs-only-globals';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import { KvsStore, storedSize } from '../../../src/adapters/kvs-store';
import {
  MAX_KEY_LENGTH,
  MAX_TRANSACTION_OPS,
  MAX_VALUE_BYTES,
  StorageLimitError,
  StorageRateLimitedError,
  type KeyValueStore,
  type StoreOperation,
} from '../../../src/ports/key-value-store';

/**
 * KvsStore through the unmodified @forge/kvs package, answered by the local
 * KVS emulator (the same HTTP API @forge/kvs calls on Forge).
 */
describe('KvsStore (real @forge/kvs against the KVS emulator)', () => {
  let kvs: KvsEmulator;
  let globals: ForgeGlobals;
  const store = new KvsStore();

  beforeEach(async () => {
    kvs = await openKvsEmulator();
    globals = installKvsOnlyGlobals(kvs);
  });
  afterEach(async () => {
    globals.uninstall();
    await kvs.close();
  });

  it('sets, gets and deletes JSON values; a missing key reads as undefined', async () => {
    expect(await store.get('config:workflow')).toBeUndefined();
    await store.set('config:workflow', { version: 2, config: { a: [1, 'b'] } });
    expect(await store.get('config:workflow')).toEqual({ version: 2, config: { a: [1, 'b'] } });
    await store.delete('config:workflow');
    expect(await store.get('config:workflow')).toBeUndefined();
  });

  it('refuses a value over the size limit before sending it, and stores nothing', async () => {
    const tooBig = 'x'.repeat(MAX_VALUE_BYTES);
    expect(storedSize(tooBig)).toBeGreaterThan(MAX_VALUE_BYTES);
    await expect(store.set('big', tooBig)).rejects.toMatchObject({ name: 'StorageLimitError', limit: 'value-size' });
    expect(kvs.size()).toBe(0);
    const justFits = 'x'.repeat(MAX_VALUE_BYTES - 2); // two bytes of JSON quotes
    await store.set('fits', justFits);
    expect(await store.get('fits')).toBe(justFits);
  });

  it('refuses empty and over-long keys', async () => {
    await expect(store.get('')).rejects.toBeInstanceOf(StorageLimitError);
    await expect(store.set('k'.repeat(MAX_KEY_LENGTH + 1), 1)).rejects.toMatchObject({ limit: 'key-length' });
    await store.set('k'.repeat(MAX_KEY_LENGTH), 1);
    expect(await store.get('k'.repeat(MAX_KEY_LENGTH))).toBe(1);
  });

  it('queries by prefix in key order, one page at a time, following the cursor', async () => {
    for (const n of [3, 1, 5, 2, 4]) await store.set(`history:9:${n}`, n);
    await store.set('history:90:1', 'other issue');
    await store.set('other', 0);
    const first = await store.queryByPrefix<number>('history:9:', { limit: 2 });
    expect(first.entries).toEqual([
      { key: 'history:9:1', value: 1 },
      { key: 'history:9:2', value: 2 },
    ]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const seen = [...first.entries];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await store.queryByPrefix<number>('history:9:', { limit: 2, cursor });
      seen.push(...page.entries);
      cursor = page.nextCursor;
    }
    expect(seen.map((e) => e.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('runs a transaction all or nothing, and refuses one over the operation limit or with a too-large value', async () => {
    await store.set('a', 1);
    await store.transact([
      { op: 'set', key: 'b', value: 2 },
      { op: 'delete', key: 'a' },
    ]);
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('b')).toBe(2);

    const many: StoreOperation[] = Array.from({ length: MAX_TRANSACTION_OPS + 1 }, (_, i) => ({
      op: 'set',
      key: `t${i}`,
      value: i,
    }));
    await expect(store.transact(many)).rejects.toMatchObject({ limit: 'transaction-size' });
    await expect(
      store.transact([
        { op: 'set', key: 'c', value: 3 },
        { op: 'set', key: 'd', value: 'x'.repeat(MAX_VALUE_BYTES) },
      ]),
    ).rejects.toMatchObject({ limit: 'value-size' });
    expect(await store.get('t0')).toBeUndefined();
    expect(await store.get('c')).toBeUndefined();
    await expect(store.transact([])).resolves.toBeUndefined();
  });
});

describe('KvsStore under the KVS rate limit (real @forge/kvs, lowered limits, injected clock)', () => {
  let kvs: KvsEmulator;
  let globals: ForgeGlobals;
  let clock: number;
  const store = new KvsStore();

  beforeEach(async () => {
    clock = Date.UTC(2026, 0, 1);
    // One request per second: the second request within a second answers 429 RATE_LIMIT_EXCEEDED.
    kvs = await openKvsEmulator({ now: () => clock, limits: { requestsPerSecond: 1 } });
    globals = installKvsOnlyGlobals(kvs);
  });
  afterEach(async () => {
    globals.uninstall();
    await kvs.close();
  });

  const calls: [string, (s: KeyValueStore) => Promise<unknown>][] = [
    ['get', (s) => s.get('k')],
    ['set', (s) => s.set('k', 2)],
    ['setIfAbsent', (s) => s.setIfAbsent('lease', 1, { ttlSeconds: 30 })],
    ['delete', (s) => s.delete('k')],
    ['queryByPrefix', (s) => s.queryByPrefix('k')],
    ['transact', (s) => s.transact([{ op: 'set', key: 'k', value: 3 }])],
  ];

  it.each(calls)(
    '%s answers StorageRateLimitedError (not a raw platform error), stores nothing, and works the next second',
    async (_name, call) => {
      await store.set('k', 1);
      const error: unknown = await call(store).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageRateLimitedError);
      expect(kvs.usage().rateLimited).toBe(1);
      clock += 1000;
      expect(await store.get('k')).toBe(1);
      clock += 1000;
      await expect(call(store)).resolves.not.toBeInstanceOf(Error);
    },
  );
});
