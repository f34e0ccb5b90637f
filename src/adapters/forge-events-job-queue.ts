import { InvocationLimitReachedError, Queue, RateLimitError } from '@forge/events';
import { QueueBusyError, QueueUnavailableError, type JobQueue, type RollupChunk } from '../ports/job-queue';

/** The async-events queue of the manifest's `consumer` module (`rollupConsumerHandler`). */
export const ROLLUP_QUEUE_KEY = 'pm-rollup-queue';

/** Forge accepts at most 50 events per push. */
const EVENTS_PER_PUSH = 50;

/**
 * Roll-up chunks as Forge async events: one event per chunk, pushed in
 * batches of 50. Each chunk names a few project keys, far below the 200 KB
 * per push. A refused push becomes a port error (busy: try later; else
 * unavailable), and `startRollup` drops the job instead of showing one that
 * never runs.
 */
export function createForgeEventsJobQueue(queueKey = ROLLUP_QUEUE_KEY): JobQueue {
  const queue = new Queue({ key: queueKey });
  return {
    async enqueue(chunks: RollupChunk[]): Promise<void> {
      for (let i = 0; i < chunks.length; i += EVENTS_PER_PUSH) {
        try {
          await queue.push(chunks.slice(i, i + EVENTS_PER_PUSH).map((chunk) => ({ body: { ...chunk } })));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          if (error instanceof RateLimitError || error instanceof InvocationLimitReachedError) throw new QueueBusyError(message);
          throw new QueueUnavailableError(`the ${queueKey} queue refused the roll-up: ${message}`);
        }
      }
    },
  };
}
