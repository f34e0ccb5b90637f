import { randomUUID } from 'node:crypto';
import type { AsyncEventDelivery, RetryContext } from './invoke';
import { retryDelayMs, type RetryPolicy } from './retry-policy';
import { seededRandom } from './seeded-random';

/**
 * A local stand-in for Forge async events (`@forge/events` 2+/3.x Queue), with
 * the delivery semantics an app must survive on Forge:
 *
 * - deliveries run in parallel; a push's `concurrency: {key, limit}` caps how
 *   many events with that key run at once;
 * - at least once: a share of events (`duplicateRate`, seeded) is delivered twice;
 * - a delivery that throws, times out or returns an `InvocationError` is
 *   retried with backoff and `retryContext`, up to `retry.maxRetries` times;
 * - a push takes 1 to 50 events and 200 KB, and an installation at most 500
 *   events a minute (over: 429, which @forge/events turns into RateLimitError).
 *
 * The app's unmodified `Queue.push` reaches `push` below through the publish
 * endpoint (queue-publish-endpoint.ts).
 */

export interface PushEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
}

export interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

export interface AsyncEventQueue {
  /** `jobId` is the one `@forge/events` chose, when the push came from it. Throws QueuePushError. */
  push(queueName: string, events: PushEvent | PushEvent[], jobId?: string): Promise<{ jobId: string }>;
  getJobStats(jobId: string): JobStats | undefined;
  /** Resolves once nothing is queued, waiting for a retry, or running. */
  idle(): Promise<void>;
  /** Drops queued events and pending retries; running deliveries finish. */
  close(): void;
}

export interface AsyncEventQueueOptions {
  log?: (message: string) => void;
  retry?: Partial<RetryPolicy>;
  /** Share of events delivered a second time (0..1). */
  duplicateRate?: number;
  /** Seed for choosing the duplicated events (same seed and pushes, same duplicates). */
  seed?: number;
  maxEventsPerPush?: number;
  maxPushBytes?: number;
  eventsPerMinute?: number;
  /** Milliseconds per second of `delayInSeconds` and `retryAfter` (tests shrink it). */
  msPerSecond?: number;
  now?: () => number;
}

/** A push Forge would refuse, with the status its endpoint answers. */
export class QueuePushError extends Error {
  constructor(
    readonly status: 400 | 413 | 429,
    message: string,
  ) {
    super(message);
    this.name = 'QueuePushError';
  }
}

/** Forge retries up to 4 times (async events API, "retry events"). */
export const DEFAULT_EVENT_RETRY: RetryPolicy = { maxRetries: 4, baseDelayMs: 1000, maxDelayMs: 900_000 };
export const DEFAULT_DUPLICATE_RATE = 0.05;

/** What a consumer returns to ask for a retry: @forge/events' `InvocationError` serialises to this. */
interface RequestedRetry {
  _retry: true;
  retryOptions: { retryAfter?: number; retryReason?: string; retryData?: unknown };
}

function requestedRetry(result: unknown): RequestedRetry | undefined {
  const candidate = result as Partial<RequestedRetry> | null | undefined;
  return candidate &&
    typeof candidate === 'object' &&
    candidate._retry === true &&
    typeof candidate.retryOptions === 'object'
    ? (candidate as RequestedRetry)
    : undefined;
}

interface QueuedEvent {
  queueName: string;
  body: Record<string, unknown>;
  jobId: string;
  eventId: string;
  concurrency: PushEvent['concurrency'];
  stats: JobStats;
}

interface Task {
  event: QueuedEvent;
  retryContext?: RetryContext;
  /** An extra delivery of an event (at-least-once); its outcome does not count. */
  duplicate: boolean;
}

export function createAsyncEventQueue(
  deliver: (delivery: AsyncEventDelivery) => Promise<unknown>,
  options: AsyncEventQueueOptions = {},
): AsyncEventQueue {
  const log = options.log ?? ((m: string) => console.warn(m));
  const retry: RetryPolicy = { ...DEFAULT_EVENT_RETRY, ...options.retry };
  const duplicateRate = options.duplicateRate ?? DEFAULT_DUPLICATE_RATE;
  const random = seededRandom(options.seed ?? 1);
  const maxEvents = options.maxEventsPerPush ?? 50;
  const maxBytes = options.maxPushBytes ?? 200 * 1024;
  const perMinute = options.eventsPerMinute ?? 500;
  const msPerSecond = options.msPerSecond ?? 1000;
  const now = options.now ?? Date.now;

  const jobs = new Map<string, JobStats>();
  const timers = new Set<NodeJS.Timeout>();
  const ready: Task[] = [];
  const runningByKey = new Map<string, number>();
  const accepted: number[] = [];
  let outstanding = 0;
  let waiters: Array<() => void> = [];
  let closed = false;

  const wakeIfIdle = (): void => {
    if (outstanding > 0) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  const later = (task: Task, delayMs: number): void => {
    outstanding += 1;
    const timer = setTimeout(() => {
      timers.delete(timer);
      outstanding -= 1;
      enqueue(task);
    }, delayMs);
    timers.add(timer);
  };

  const enqueue = (task: Task): void => {
    if (closed) return wakeIfIdle();
    outstanding += 1;
    ready.push(task);
    pump();
  };

  /** Starts every ready task its concurrency key allows. */
  const pump = (): void => {
    for (let i = 0; i < ready.length;) {
      const task = ready[i] as Task;
      const key = task.event.concurrency?.key;
      if (key !== undefined && (runningByKey.get(key) ?? 0) >= (task.event.concurrency?.limit ?? 1)) {
        i += 1;
        continue;
      }
      ready.splice(i, 1);
      if (key !== undefined) runningByKey.set(key, (runningByKey.get(key) ?? 0) + 1);
      void start(task).finally(() => {
        if (key !== undefined) runningByKey.set(key, (runningByKey.get(key) ?? 1) - 1);
        outstanding -= 1;
        pump();
        wakeIfIdle();
      });
    }
  };

  const start = async (task: Task): Promise<void> => {
    const { event } = task;
    const delivery: AsyncEventDelivery = {
      queueName: event.queueName,
      body: event.body,
      jobId: event.jobId,
      eventId: event.eventId,
      ...(task.retryContext ? { retryContext: task.retryContext } : {}),
    };
    let retryAfterMs: number | undefined;
    let retryReason: string;
    let retryData: unknown;
    try {
      const result = await deliver(delivery);
      const asked = requestedRetry(result);
      if (!asked) {
        if (!task.duplicate) finish(event, 'success');
        return;
      }
      retryReason = asked.retryOptions.retryReason ?? 'FUNCTION_RETRY_REQUEST';
      retryData = asked.retryOptions.retryData;
      retryAfterMs = Math.max(1, asked.retryOptions.retryAfter ?? 1) * msPerSecond;
    } catch (error) {
      const failure = error as { code?: unknown; retryable?: unknown; message?: unknown };
      log(`[local runtime] async event on ${event.queueName} failed: ${String(failure.message ?? error)}`);
      if (failure.retryable === false) {
        if (!task.duplicate) finish(event, 'failed');
        return;
      }
      retryReason = typeof failure.code === 'string' ? failure.code : 'FUNCTION_PLATFORM_UNKNOWN_ERROR';
    }
    if (task.duplicate) return;
    const retryCount = (task.retryContext?.retryCount ?? 0) + 1;
    if (retryCount > retry.maxRetries) {
      finish(event, 'failed');
      return;
    }
    const retryContext: RetryContext = { retryCount, retryReason, ...(retryData !== undefined ? { retryData } : {}) };
    later({ event, retryContext, duplicate: false }, retryAfterMs ?? retryDelayMs(retry, retryCount));
  };

  const finish = (event: QueuedEvent, outcome: 'success' | 'failed'): void => {
    event.stats.inProgress -= 1;
    event.stats[outcome] += 1;
  };

  const validate = (events: PushEvent[]): void => {
    if (events.length === 0 || events.length > maxEvents) {
      throw new QueuePushError(400, `A push takes 1 to ${maxEvents} events; got ${events.length}.`);
    }
    for (const event of events) {
      if (typeof event.body !== 'object' || event.body === null || Array.isArray(event.body)) {
        throw new QueuePushError(400, 'An async event body must be an object.');
      }
      if (event.delayInSeconds !== undefined && (event.delayInSeconds < 0 || event.delayInSeconds > 900)) {
        throw new QueuePushError(400, 'delayInSeconds must be between 0 and 900.');
      }
      const c = event.concurrency;
      if (c !== undefined && (c.key.length === 0 || !Number.isInteger(c.limit) || c.limit < 1)) {
        throw new QueuePushError(400, 'concurrency needs a non-empty key and an integer limit of at least 1.');
      }
    }
    const bytes = Buffer.byteLength(JSON.stringify(events), 'utf8');
    if (bytes > maxBytes)
      throw new QueuePushError(413, `A push carries at most ${maxBytes / 1024} KB; got ${bytes} bytes.`);
    const windowStart = now() - 60_000;
    while (accepted.length > 0 && (accepted[0] as number) <= windowStart) accepted.shift();
    if (accepted.length + events.length > perMinute) {
      throw new QueuePushError(429, `Rate limited: an installation may push at most ${perMinute} events a minute.`);
    }
  };

  return {
    async push(queueName: string, input: PushEvent | PushEvent[], givenJobId?: string): Promise<{ jobId: string }> {
      if (closed) throw new Error('The async event queue is closed.');
      const events = Array.isArray(input) ? input : [input];
      validate(events);
      const at = now();
      for (let i = 0; i < events.length; i += 1) accepted.push(at);
      const jobId = givenJobId ?? `local-job-${randomUUID()}`;
      const stats: JobStats = { success: 0, inProgress: events.length, failed: 0 };
      jobs.set(jobId, stats);
      for (const pushed of events) {
        const event: QueuedEvent = {
          queueName,
          body: pushed.body,
          jobId,
          eventId: randomUUID(),
          concurrency: pushed.concurrency,
          stats,
        };
        const delayMs = (pushed.delayInSeconds ?? 0) * msPerSecond;
        later({ event, duplicate: false }, delayMs);
        if (random() < duplicateRate) later({ event, duplicate: true }, delayMs);
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
      outstanding -= timers.size + ready.length;
      timers.clear();
      ready.length = 0;
      wakeIfIdle();
    },
  };
}
