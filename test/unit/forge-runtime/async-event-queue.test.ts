import type { AsyncEventDelivery } from '../../../dev/forge-runtime/invoke';
import { createAsyncEventQueue, QueuePushError, type AsyncEventQueueOptions } from '../../../dev/forge-runtime/queue';

/** A queue whose deliveries are recorded; retries and delays are a few milliseconds, the minute clock is injected. */
function recordingQueue(options: AsyncEventQueueOptions, answer: (d: AsyncEventDelivery) => unknown = () => undefined) {
  const deliveries: AsyncEventDelivery[] = [];
  const queue = createAsyncEventQueue(
    async (delivery) => {
      deliveries.push(delivery);
      return answer(delivery);
    },
    { duplicateRate: 0, retry: { baseDelayMs: 1, maxDelayMs: 2 }, msPerSecond: 1, log: () => undefined, ...options },
  );
  return { queue, deliveries };
}

describe('local async-event queue (Forge async events semantics)', () => {
  it('delivers the v2 AsyncEvent shape; retryContext appears only on retries, after a throw', async () => {
    const { queue, deliveries } = recordingQueue({}, (d) => {
      if ((d.retryContext?.retryCount ?? 0) < 2) throw new Error('boom');
    });
    const { jobId } = await queue.push('q', { body: { n: 1 } });
    await queue.idle();
    expect(deliveries.map((d) => Object.keys(d).sort())).toEqual([
      ['body', 'eventId', 'jobId', 'queueName'],
      ['body', 'eventId', 'jobId', 'queueName', 'retryContext'],
      ['body', 'eventId', 'jobId', 'queueName', 'retryContext'],
    ]);
    expect(deliveries.map((d) => d.retryContext)).toEqual([
      undefined,
      { retryCount: 1, retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR' },
      { retryCount: 2, retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR' },
    ]);
    expect(new Set(deliveries.map((d) => d.eventId)).size).toBe(1);
    expect(queue.getJobStats(jobId)).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  it('gives up after 4 retries (5 deliveries) and counts the event failed; a timeout is retried as FUNCTION_TIME_OUT', async () => {
    const timeout = Object.assign(new Error('timed out'), { code: 'FUNCTION_TIME_OUT' });
    const { queue, deliveries } = recordingQueue({}, () => {
      throw timeout;
    });
    const { jobId } = await queue.push('q', { body: {} });
    await queue.idle();
    expect(deliveries).toHaveLength(5);
    expect(deliveries[4]?.retryContext).toEqual({ retryCount: 4, retryReason: 'FUNCTION_TIME_OUT' });
    expect(queue.getJobStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });

  it('a returned InvocationError asks for a retry with its reason and retryData; a non-retryable error is final', async () => {
    const asked = recordingQueue({}, (d) =>
      d.retryContext
        ? undefined
        : {
            _retry: true,
            retryOptions: { retryAfter: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { page: 3 } },
          },
    );
    await asked.queue.push('q', { body: {} });
    await asked.queue.idle();
    expect(asked.deliveries[1]?.retryContext).toEqual({
      retryCount: 1,
      retryReason: 'FUNCTION_RETRY_REQUEST',
      retryData: { page: 3 },
    });

    const final = recordingQueue({}, () => {
      throw Object.assign(new Error('misdeclared consumer'), { retryable: false });
    });
    const { jobId } = await final.queue.push('q', { body: {} });
    await final.queue.idle();
    expect(final.deliveries).toHaveLength(1);
    expect(final.queue.getJobStats(jobId)).toMatchObject({ failed: 1 });
  });

  it('at least once: duplicates keep the eventId, follow the seed, and do not change the job stats', async () => {
    const pushTen = async (seed: number) => {
      const { queue, deliveries } = recordingQueue({ duplicateRate: 0.5, seed });
      const { jobId } = await queue.push(
        'q',
        Array.from({ length: 10 }, (_, n) => ({ body: { n } })),
      );
      await queue.idle();
      const counts = new Map<number, number>();
      for (const d of deliveries) counts.set(d.body['n'] as number, (counts.get(d.body['n'] as number) ?? 0) + 1);
      return {
        twice: [...counts]
          .filter(([, c]) => c === 2)
          .map(([n]) => n)
          .sort(),
        stats: queue.getJobStats(jobId),
        deliveries,
      };
    };
    const a = await pushTen(7);
    const b = await pushTen(7);
    expect(a.twice.length).toBeGreaterThan(0);
    expect(a.twice.length).toBeLessThan(10);
    expect(b.twice).toEqual(a.twice);
    expect(a.stats).toEqual({ success: 10, inProgress: 0, failed: 0 });
    const first = a.twice[0] as number;
    const copies = a.deliveries.filter((d) => d.body['n'] === first);
    expect(copies[0]?.eventId).toBe(copies[1]?.eventId);
  });

  it('runs deliveries in parallel, except that a concurrency key caps them at its limit', async () => {
    const active: Record<string, number> = {};
    const most: Record<string, number> = {};
    const queue = createAsyncEventQueue(
      async (d) => {
        const key = String(d.body['key'] ?? '');
        active[key] = (active[key] ?? 0) + 1;
        most[key] = Math.max(most[key] ?? 0, active[key] ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active[key] = (active[key] ?? 1) - 1;
      },
      { duplicateRate: 0, log: () => undefined },
    );
    await queue.push(
      'q',
      [0, 1, 2, 3].map(() => ({ body: {} })),
    );
    await queue.push(
      'q',
      [0, 1, 2, 3].map(() => ({ body: { key: 'one' }, concurrency: { key: 'one', limit: 1 } })),
    );
    await queue.push(
      'q',
      [0, 1, 2, 3].map(() => ({ body: { key: 'two' }, concurrency: { key: 'two', limit: 2 } })),
    );
    await queue.idle();
    expect(most['']).toBe(4);
    expect(most['one']).toBe(1);
    expect(most['two']).toBe(2);
  });

  it('refuses pushes as Forge does: 1..50 events (400), 200 KB (413), 500 events a minute per installation (429)', async () => {
    let clock = 0;
    const { queue } = recordingQueue({ now: () => clock });
    const fifty = Array.from({ length: 50 }, () => ({ body: {} }));
    await expect(queue.push('q', [])).rejects.toMatchObject({ status: 400 });
    await expect(queue.push('q', [...fifty, { body: {} }])).rejects.toMatchObject({ status: 400 });
    await expect(queue.push('q', { body: { big: 'x'.repeat(200 * 1024) } })).rejects.toMatchObject({ status: 413 });
    for (let i = 0; i < 10; i += 1) await queue.push('q', fifty);
    const over = queue.push('q', { body: {} });
    await expect(over).rejects.toBeInstanceOf(QueuePushError);
    await expect(over).rejects.toMatchObject({ status: 429 });
    clock += 60_001;
    await expect(queue.push('q', { body: {} })).resolves.toEqual({ jobId: expect.any(String) });
    await queue.idle();
  });

  it('delayInSeconds holds an event back (0..900, else 400) without holding its concurrency key; idle waits for it', async () => {
    const { queue, deliveries } = recordingQueue({ msPerSecond: 2 });
    await expect(queue.push('q', { body: {}, delayInSeconds: 901 })).rejects.toMatchObject({ status: 400 });
    await expect(queue.push('q', { body: {}, delayInSeconds: -1 })).rejects.toMatchObject({ status: 400 });
    const key = { key: 'rollup-CHK', limit: 1 };
    await queue.push('q', { body: { n: 'later' }, delayInSeconds: 20, concurrency: key });
    await queue.push('q', { body: { n: 'now' }, concurrency: key });
    await queue.idle();
    expect(deliveries.map((d) => d.body['n'])).toEqual(['now', 'later']);
  });
});
