import { ROLLUP_POLL_BACKOFF, backoffDelay, pollWithBackoff } from '../../../static/src/shared/poll-with-backoff';

/**
 * The portfolio's roll-up progress polling: every poll is a billed Forge invocation,
 * so the waits grow exponentially and stop growing at the cap. Fake timers, so the
 * schedule is checked to the millisecond without waiting.
 */
describe('pollWithBackoff', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('waits 1 s, 2 s, 4 s, 8 s, then 15 s between polls', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10, 50].map((n) => backoffDelay(n))).toEqual([
      1000, 2000, 4000, 8000, 15000, 15000, 15000, 15000, 15000,
    ]);
    expect(ROLLUP_POLL_BACKOFF.maxMs).toBe(15_000);
  });

  it('polls on that schedule while the check asks for more, then stops', async () => {
    const calls: number[] = [];
    const check = jest.fn(async () => {
      calls.push(Date.now());
      return calls.length < 7;
    });
    pollWithBackoff(check);
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).toEqual([1000, 3000, 7000, 15000, 30000, 45000, 60000]);
  });

  it('a ten-minute roll-up costs about 45 polls, not 600', async () => {
    const check = jest.fn(async () => true);
    const stop = pollWithBackoff(check);
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    stop();
    expect(check.mock.calls.length).toBeLessThanOrEqual(45);
    expect(check.mock.calls.length).toBeGreaterThanOrEqual(40);
  });

  it('the stop function ends the polling, also while a check is on its way', async () => {
    let release: (keepGoing: boolean) => void = () => undefined;
    const check = jest.fn(() => new Promise<boolean>((resolve) => (release = resolve)));
    const stop = pollWithBackoff(check);
    await jest.advanceTimersByTimeAsync(1000);
    expect(check).toHaveBeenCalledTimes(1);
    stop();
    release(true);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(check).toHaveBeenCalledTimes(1);
  });
});
