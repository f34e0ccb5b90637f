import { RetryBudget, sendWithRetry, type RetryableResponse } from '../../../src/adapters/http-retry';
import { JiraRateLimitedError, JiraUnavailableError } from '../../../src/ports/jira-errors';
import { FixedClock } from '../../fixtures/backend/fixed-clock';

const response = (status: number, retryAfter?: string): RetryableResponse => ({
  status,
  headers: { get: (name: string) => (name === 'retry-after' ? (retryAfter ?? null) : null) },
});

function sequence(...responses: (RetryableResponse | Error)[]) {
  let i = 0;
  return async () => {
    const next = responses[Math.min(i++, responses.length - 1)] as RetryableResponse | Error;
    if (next instanceof Error) throw next;
    return next;
  };
}

const options = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 5_000, maxTotalWaitMs: 10_000 };

describe('sendWithRetry', () => {
  it('waits what Retry-After says, then succeeds (no real sleeping)', async () => {
    const clock = new FixedClock();
    const result = await sendWithRetry(sequence(response(429, '2'), response(200)), {
      budget: new RetryBudget(options),
      clock,
      what: 'x',
    });
    expect(result.status).toBe(200);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('backs off exponentially on 5xx and network errors', async () => {
    const clock = new FixedClock();
    const result = await sendWithRetry(sequence(response(503), new Error('socket hang up'), response(200)), {
      budget: new RetryBudget(options),
      clock,
      what: 'x',
    });
    expect(result.status).toBe(200);
    expect(clock.sleeps).toEqual([100, 200]);
  });

  it('gives up with JiraRateLimitedError once the shared budget is spent', async () => {
    const clock = new FixedClock();
    const budget = new RetryBudget(options);
    await expect(sendWithRetry(sequence(response(429, '1')), { budget, clock, what: 'x' })).rejects.toEqual(
      expect.objectContaining({ name: 'JiraRateLimitedError', retryAfterSeconds: 1 }),
    );
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    // The next request of the same invocation gets no retries at all.
    await expect(
      sendWithRetry(sequence(response(429, '1'), response(200)), { budget, clock, what: 'y' }),
    ).rejects.toBeInstanceOf(JiraRateLimitedError);
  });

  it('does not wait longer than allowed: a long Retry-After fails at once', async () => {
    const clock = new FixedClock();
    await expect(
      sendWithRetry(sequence(response(429, '60')), { budget: new RetryBudget(options), clock, what: 'x' }),
    ).rejects.toBeInstanceOf(JiraRateLimitedError);
    expect(clock.sleeps).toEqual([]);
  });

  it('5xx past the budget is JiraUnavailableError', async () => {
    await expect(
      sendWithRetry(sequence(response(500)), {
        budget: new RetryBudget({ ...options, maxRetries: 1 }),
        clock: new FixedClock(),
        what: 'x',
      }),
    ).rejects.toBeInstanceOf(JiraUnavailableError);
  });
});
