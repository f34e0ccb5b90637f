import { randomUUID } from 'node:crypto';
import type { AsyncEventDelivery } from './invoke';

/**
 * A local stand-in for Forge async events (`@forge/events` Queue): events pushed to
 * a queue are delivered, one at a time per queue and after `delayInSeconds`, to
 * the consumer module of that queue (see `ForgeInvoker.deliverAsyncEvent`).
 * The app's unmodified `@forge/events` `Queue.push` reaches `push` below through
 * the publish endpoint (queue-publish-endpoint.ts).
 */

export interface PushEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
}

export interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

export interface AsyncEventQueue {
  /**
   * Forge allows up to 50 events and 200 KB per push; the same limits apply
   * here. `jobId` is the one `@forge/events` chose, when the push came from it.
   */
  push(queueName: string, events: PushEvent | PushEvent[], jobId?: string): Promise<{ jobId: string }>;
  getJobStats(jobId: string): JobStats | undefined;
  /** Resolves once nothing is queued or running. */
  idle(): Promise<void>;
  /** Drops queued events; running deliveries finish. */
  close(): void;
}

const MAX_EVENTS_PER_PUSH = 50;
const MAX_PUSH_BYTES = 200 * 1024;

export function createAsyncEventQueue(
  deliver: (delivery: AsyncEventDelivery) => Promise<unknown>,
  log: (message: string) => void = (m) => console.warn(m),
): AsyncEventQueue {
  const jobs = new Map<string, JobStats>();
  const chains = new Map<string, Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let outstanding = 0;
  let waiters: Array<() => void> = [];
  let closed = false;

  /** Wakes `idle()` callers once nothing is queued or running. */
  const wakeIfIdle = (): void => {
    if (outstanding > 0) return;
    outstanding = 0;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  const settle = (): void => {
    outstanding -= 1;
    wakeIfIdle();
  };

  const enqueue = (queueName: string, delivery: AsyncEventDelivery, stats: JobStats): void => {
    const previous = chains.get(queueName) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (closed) return;
      try {
        await deliver(delivery);
        stats.success += 1;
      } catch (error) {
        stats.failed += 1;
        log(`[local runtime] async event on ${queueName} failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        stats.inProgress -= 1;
      }
    });
    chains.set(queueName, next.finally(settle));
  };

  return {
    async push(queueName: string, input: PushEvent | PushEvent[], givenJobId?: string): Promise<{ jobId: string }> {
      if (closed) throw new Error('The async event queue is closed.');
      const events = Array.isArray(input) ? input : [input];
      if (events.length === 0 || events.length > MAX_EVENTS_PER_PUSH) {
        throw new Error(`A push takes 1 to ${MAX_EVENTS_PER_PUSH} events; got ${events.length}.`);
      }
      const bytes = Buffer.byteLength(JSON.stringify(events.map((e) => e.body)), 'utf8');
      if (bytes > MAX_PUSH_BYTES) throw new Error(`A push carries at most 200 KB of event bodies; got ${bytes} bytes.`);
      const jobId = givenJobId ?? `local-job-${randomUUID()}`;
      const stats: JobStats = { success: 0, inProgress: events.length, failed: 0 };
      jobs.set(jobId, stats);
      for (const event of events) {
        if (typeof event.body !== 'object' || event.body === null || Array.isArray(event.body)) {
          throw new Error('An async event body must be an object.');
        }
        const delivery: AsyncEventDelivery = { queueName, body: event.body, jobId, eventId: randomUUID(), retryCount: 0 };
        outstanding += 1;
        const delayMs = Math.max(0, Math.min(900, event.delayInSeconds ?? 0)) * 1000;
        const timer = setTimeout(() => {
          timers.delete(timer);
          enqueue(queueName, delivery, stats);
        }, delayMs);
        timers.add(timer);
      }
      return { jobId };
    },
    getJobStats: (jobId) => {
      const stats = jobs.get(jobId);
      return stats ? { ...stats } : undefined;
    },
    idle: () => (outstanding === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    close(): void {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      outstanding -= timers.size;
      timers.clear();
      wakeIfIdle();
    },
  };
}
