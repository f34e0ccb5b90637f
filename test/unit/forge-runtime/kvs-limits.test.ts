import { kvs as forgeKvs, ForgeKvsAPIError } from '@forge/kvs';
import type { ForgeGlobals } from '../../../dev/forge-runtime/install-forge-globals';
import { installKvsOnlyGlobals } from '../../fixtures/runtime/kvs-only-globals';
import { openKvsEmulator, type KvsEmulator, type KvsEmulatorOptions } from '../../../dev/forge-runtime/kvs-emulator';
import { KVS_LIMITS } from '../../../dev/forge-runtime/kvs-errors';

/**
 * Forge's KVS limits and quota as the app sees them: through the unmodified
 * @forge/kvs against the local KVS, with an injected clock (no waiting, no
 * wall-clock assertions).
 */
describe('KVS limits and quota (real @forge/kvs)', () => {
  let kvs: KvsEmulator;
  let globals: ForgeGlobals | undefined;
  let clock: number;

  const open = async (options: KvsEmulatorOptions = {}): Promise<void> => {
    kvs = await openKvsEmulator({ now: () => clock, ...options });
    globals = installKvsOnlyGlobals(kvs);
  };
  /** A string whose stored JSON (with its two quotes) is exactly `bytes` long. */
  const jsonOfSize = (bytes: number): string => 'x'.repeat(bytes - 2);
  const rateLimited = { code: 'RATE_LIMIT_EXCEEDED', responseDetails: expect.objectContaining({ status: 429 }) };

  beforeEach(() => {
    clock = Date.UTC(2026, 0, 1);
  });
  afterEach(async () => {
    globals?.uninstall();
    globals = undefined;
    await kvs.close();
  });

  it('allows values 31 levels deep and refuses 32 with MAX_DEPTH (Forge storage limits page)', async () => {
    await open();
    const nested = (levels: number): unknown => (levels === 0 ? 1 : { a: nested(levels - 1) });
    await forgeKvs.set('deep-31', nested(31));
    await expect(forgeKvs.set('deep-32', nested(32))).rejects.toMatchObject({ code: 'MAX_DEPTH' });
    expect(KVS_LIMITS.maxDepth).toBe(31);
  });

  it('counts 10 KB units: up to 10,240 bytes is 1 unit, one byte more is 2; a read counts what it returns', async () => {
    await open();
    await forgeKvs.set('one', jsonOfSize(10 * 1024));
    await forgeKvs.set('two', jsonOfSize(10 * 1024 + 1));
    await forgeKvs.set('seven', jsonOfSize(65 * 1024));
    expect(kvs.usage()).toEqual({ requests: 3, readUnits: 0, writeUnits: 1 + 2 + 7, rateLimited: 0 });
    await forgeKvs.get('seven');
    await forgeKvs.get('missing');
    await forgeKvs.delete('one');
    // The 65 KB value comes back with its key and timestamps: still 7 units; a miss costs 1; a delete 1 write.
    expect(kvs.usage()).toEqual({ requests: 6, readUnits: 7 + 1, writeUnits: 10 + 1, rateLimited: 0 });
  });

  it('counts batch and transaction items one by one', async () => {
    await open();
    await forgeKvs.batchSet([
      { key: 'a', value: 'one' },
      { key: 'b', value: jsonOfSize(15 * 1024) },
      { key: 'c', value: 'three' },
    ]);
    expect(kvs.usage().writeUnits).toBe(1 + 2 + 1);
    await forgeKvs.batchGet([{ key: 'a' }, { key: 'b' }, { key: 'nope' }]);
    expect(kvs.usage().readUnits).toBe(1 + 2 + 1);
    await forgeKvs.transact().set('d', 4).set('e', 5).delete('a').execute();
    expect(kvs.usage().writeUnits).toBe(4 + 3);
  });

  it('fails the write that would pass 4,000 write units in a minute with 429 RATE_LIMIT_EXCEEDED, writing nothing; the next minute works', async () => {
    await open();
    // 3,980 one-unit writes and one of 20 units (195,000 bytes) spend the minute's 4,000 units exactly, spread over 40 s.
    const value = jsonOfSize(195_000);
    await forgeKvs.set('big-0', value);
    for (let i = 1; i <= 3980; i += 1) {
      await forgeKvs.set(`small-${i}`, i);
      clock += 10;
    }
    expect(kvs.usage().writeUnits).toBe(4000);
    const error: unknown = await forgeKvs.set('one-more', 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect(error).toMatchObject(rateLimited);
    expect(kvs.size()).toBe(3981);
    // Reads have their own budget.
    await expect(forgeKvs.get('big-0')).resolves.toBe(value);
    clock += 60_000;
    await forgeKvs.set('one-more', 1);
    expect(await forgeKvs.get('one-more')).toBe(1);
    expect(kvs.usage().rateLimited).toBe(1);
  });

  it('fails reads once 4,000 read units are spent in the minute', async () => {
    await open({ limits: { requestsPerSecond: 10_000 } });
    await forgeKvs.set('k', 1);
    for (let i = 0; i < 4000; i += 1) await forgeKvs.get('k');
    await expect(forgeKvs.get('k')).rejects.toMatchObject(rateLimited);
    clock += 60_000;
    await expect(forgeKvs.get('k')).resolves.toBe(1);
  });

  it('fails the 1,001st request within one second, and accepts requests again the next second', async () => {
    await open();
    const results = await Promise.allSettled(Array.from({ length: 1001 }, () => forgeKvs.get('missing')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1000);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatchObject(rateLimited);
    clock += 1000;
    await expect(forgeKvs.get('missing')).resolves.toBeUndefined();
    expect(kvs.usage()).toMatchObject({ requests: 1002, rateLimited: 1 });
  });

  it('takes lower limits from its options (a test can prove the quota without thousands of calls)', async () => {
    await open({ limits: { writeUnitsPerMinute: 5, maxTransactionOperations: 2, maxKeyLength: 10 } });
    for (let i = 0; i < 5; i += 1) await forgeKvs.set(`k${i}`, i);
    await expect(forgeKvs.set('k5', 5)).rejects.toMatchObject(rateLimited);
    clock += 60_000;
    await expect(forgeKvs.transact().set('x', 1).set('y', 2).set('z', 3).execute()).rejects.toMatchObject({
      code: 'TOO_MANY_TRANSACTION_OPERATIONS',
    });
    await expect(forgeKvs.set('k'.repeat(11), 1)).rejects.toMatchObject({ code: 'KEY_TOO_LONG' });
  });

  it('adds PM_KVS_LATENCY_MS to every request, before answering (sleep injected, so no real waiting)', async () => {
    const sleeps: number[] = [];
    await open({ latencyMs: 40, sleep: async (ms) => void sleeps.push(ms) });
    await forgeKvs.set('k', 1);
    await forgeKvs.get('k');
    await forgeKvs.get('missing');
    expect(sleeps).toEqual([40, 40, 40]);
  });
});
