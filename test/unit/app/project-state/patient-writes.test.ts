import { patiently } from '../../../../src/app/project-state/write-built-state';
import { StorageRateLimitedError } from '../../../../src/ports/key-value-store';

describe('patiently (background storage calls under the KVS minute budget)', () => {
  const clockWith = (waits: number[]) => ({ now: () => new Date(0), sleep: async (ms: number) => void waits.push(ms) });

  it('waits out refusals, backing off to 16 s, and answers once the store takes the call', async () => {
    const waits: number[] = [];
    let refusals = 8;
    const answer = await patiently(clockWith(waits), async () => {
      if (refusals-- > 0) throw new StorageRateLimitedError();
      return 'stored';
    });
    expect(answer).toBe('stored');
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 16_000, 16_000, 16_000]);
  });

  it('gives up after about five minutes of refusals (Forge redelivers the event), and never waits on other errors', async () => {
    const waits: number[] = [];
    await expect(
      patiently(clockWith(waits), async () => {
        throw new StorageRateLimitedError();
      }),
    ).rejects.toBeInstanceOf(StorageRateLimitedError);
    const waited = waits.reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThanOrEqual(300_000);
    expect(waited).toBeLessThan(320_000);
    const none: number[] = [];
    await expect(patiently(clockWith(none), async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(none).toEqual([]);
  });
});
