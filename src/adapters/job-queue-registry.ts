import { QueueUnavailableError, type JobQueue, type RollupChunk } from '../ports/job-queue';

/**
 * Where the roll-up queue comes from.
 *
 * On Forge the queue is an async-events `Queue({ key: 'pm-rollup-queue' })`
 * from `@forge/events`, whose events reach `rollupConsumerHandler` (manifest
 * `consumer` module). `@forge/events` is not a dependency of this project yet,
 * so nothing here pretends to push to it: until a queue is registered,
 * `enqueue` fails with QueueUnavailableError and `startRollup` answers an
 * error instead of a job that never runs.
 *
 * The local runtime (dev/forge-runtime) registers a queue at start-up with
 * `setJobQueue(queue)`, typically one that invokes the exported
 * `rollupConsumerHandler` in-process for each chunk, as Forge would.
 * Deploying: add `@forge/events` and register
 * `{ enqueue: (chunks) => queue.push(chunks.map((body) => ({ body }))) }`.
 */
let registered: JobQueue | undefined;

export function setJobQueue(queue: JobQueue | undefined): void {
  registered = queue;
}

export function getJobQueue(): JobQueue {
  return registeredQueue;
}

const registeredQueue: JobQueue = {
  async enqueue(chunks: RollupChunk[]): Promise<void> {
    if (!registered) {
      throw new QueueUnavailableError('no job queue is registered (on Forge this needs @forge/events; locally call setJobQueue)');
    }
    await registered.enqueue(chunks);
  },
};
