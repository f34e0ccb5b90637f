import { InvocationLimitReachedError, Queue, RateLimitError, type PushEvent } from '@forge/events';
import {
  QueueBusyError,
  QueueUnavailableError,
  type JobQueue,
  type ProjectCatchUpTask,
  type RollupChunk,
  type RollupPropertyTask,
  type SnapshotTask,
} from '../ports/job-queue';
import { ROLLUP_EVENT_TYPES } from '../contract/rollup-events';

/** The async-events queue of the manifest's `consumer` module (`rollupConsumerHandler`). */
export const ROLLUP_QUEUE_KEY = 'pm-rollup-queue';

/** Forge accepts at most 50 events per push. */
const EVENTS_PER_PUSH = 50;

/** One key per project: Forge then runs that project's cache writers one at a time. */
const projectConcurrency = (projectKey: string) => ({ key: `rollup-${projectKey}`, limit: 1 });

/**
 * Background roll-up work as Forge async events, pushed in batches of 50,
 * each body tagged with its type (src/contract/rollup-events.ts). A refused
 * push becomes a port error (busy: try later; else unavailable).
 */
export function createForgeEventsJobQueue(queueKey = ROLLUP_QUEUE_KEY): JobQueue {
  const queue = new Queue({ key: queueKey });
  const push = async (events: PushEvent[]): Promise<void> => {
    for (let i = 0; i < events.length; i += EVENTS_PER_PUSH) {
      try {
        await queue.push(events.slice(i, i + EVENTS_PER_PUSH));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof RateLimitError || error instanceof InvocationLimitReachedError)
          throw new QueueBusyError(message);
        throw new QueueUnavailableError(`the ${queueKey} queue refused the roll-up work: ${message}`);
      }
    }
  };
  return {
    enqueue: (chunks: RollupChunk[]) =>
      push(
        chunks.map((chunk) => ({
          body: { type: ROLLUP_EVENT_TYPES.chunk, ...chunk },
          ...(chunk.projectKeys.length === 1
            ? { concurrency: projectConcurrency(chunk.projectKeys[0] as string) }
            : {}),
        })),
      ),
    enqueueProjectCatchUp: (task: ProjectCatchUpTask, { delaySeconds }: { delaySeconds: number }) =>
      push([
        {
          body: { type: ROLLUP_EVENT_TYPES.catchUp, ...task },
          // Forge takes 0..900 whole seconds.
          delayInSeconds: Math.min(900, Math.max(0, Math.ceil(delaySeconds))),
          concurrency: projectConcurrency(task.projectKey),
        },
      ]),
    enqueueSnapshots: (tasks: SnapshotTask[]) =>
      push(
        tasks.map((task) => ({
          body: { type: ROLLUP_EVENT_TYPES.snapshot, ...task },
          concurrency: projectConcurrency(task.projectKey),
        })),
      ),
    enqueueRollupProperties: (task: RollupPropertyTask, { delaySeconds }: { delaySeconds: number }) =>
      push([
        {
          body: { type: ROLLUP_EVENT_TYPES.rollupProperties, ...task },
          delayInSeconds: Math.min(900, Math.max(0, Math.ceil(delaySeconds))),
          // The project's key: it reads the stored state, which no writer may be halfway through.
          concurrency: projectConcurrency(task.projectKey),
        },
      ]),
  };
}
