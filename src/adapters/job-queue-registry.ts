import type { JobQueue, ProjectCatchUpTask, RollupChunk, RollupPropertyTask, SnapshotTask } from '../ports/job-queue';
import { createForgeEventsJobQueue } from './forge-events-job-queue';

/**
 * Where the roll-up queue comes from: the Forge async-events queue
 * (`@forge/events`), whose events reach `rollupConsumerHandler`. Locally the
 * runtime in dev/forge-runtime serves the same `@forge/events` requests and
 * delivers the events in-process, so nothing needs registering.
 *
 * `setJobQueue` replaces it, for tests that want to see or hold the chunks;
 * `setJobQueue(undefined)` restores the Forge queue.
 */
let override: JobQueue | undefined;
let forgeQueue: JobQueue | undefined;

export function setJobQueue(queue: JobQueue | undefined): void {
  override = queue;
}

export function getJobQueue(): JobQueue {
  return registeredQueue;
}

function current(): JobQueue {
  forgeQueue ??= createForgeEventsJobQueue();
  return override ?? forgeQueue;
}

const registeredQueue: JobQueue = {
  enqueue: (chunks: RollupChunk[]) => current().enqueue(chunks),
  enqueueProjectCatchUp: (task: ProjectCatchUpTask, options: { delaySeconds: number }) =>
    current().enqueueProjectCatchUp(task, options),
  enqueueSnapshots: (tasks: SnapshotTask[]) => current().enqueueSnapshots(tasks),
  enqueueRollupProperties: (task: RollupPropertyTask, options: { delaySeconds: number }) =>
    current().enqueueRollupProperties(task, options),
};
