/**
 * Background work for long roll-ups. On Forge this is an async-events queue
 * (`pm-rollup-queue`, consumed by `rollupConsumerHandler`); locally the dev
 * runtime wires a queue that invokes the consumer in-process.
 */
export interface RollupChunk {
  jobId: string;
  /** Index of this chunk in the job (0-based). */
  chunk: number;
  /** Project keys this chunk rolls up. */
  projectKeys: string[];
  /** The account that started the job; chunks read Jira as that user. */
  accountId: string;
  /** What earlier invocations of this chunk finished, when it goes on in another one. */
  carried?: { processed: number; failed: string[]; notReadable: string[] };
}

/**
 * One catch-up run of a project's stored state (pushed by the issue trigger
 * and by saves, coalesced per project: see app/project-events): the run
 * reads what changed since the project's watermark and takes it in.
 * `settle`: the follow-up run, once Jira's search has caught up, that finds
 * changes the previous run could not see yet.
 */
export interface ProjectCatchUpTask {
  projectKey: string;
  settle: boolean;
}

/** One project's part of the daily snapshot (queued by the scheduled trigger). */
export interface SnapshotTask {
  projectKey: string;
  /** The snapshot's day, YYYY-MM-DD, fixed when the trigger ran. */
  date: string;
}

/**
 * One write-back of a project's rolled-up values to its parents' `pm-workflow.rollup`
 * properties (app/rollup-property), queued after the stored state changed and coalesced per
 * project: it reads the stored state as it is when it runs.
 */
export interface RollupPropertyTask {
  projectKey: string;
}

/**
 * Every task that writes a project's cached roll-up runs one at a time per
 * project (Forge's `concurrency` key on the queue): triggers and consumers
 * run concurrently on Forge, and two read-modify-writes of one cache would
 * lose one of the changes.
 */
export interface JobQueue {
  enqueue(chunks: RollupChunk[]): Promise<void>;
  /** One catch-up run, delivered no sooner than `delaySeconds` from now (at most 900, Forge's limit). */
  enqueueProjectCatchUp(task: ProjectCatchUpTask, options: { delaySeconds: number }): Promise<void>;
  enqueueSnapshots(tasks: SnapshotTask[]): Promise<void>;
  /** One roll-up property write-back, delivered no sooner than `delaySeconds` from now (at most 900). */
  enqueueRollupProperties(task: RollupPropertyTask, options: { delaySeconds: number }): Promise<void>;
}

/** Raised when the queue took nothing: it is unavailable or refused the events. */
export class QueueUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueUnavailableError';
  }
}

/** Raised when the queue is rate-limited or over its invocation limit: trying later can work. */
export class QueueBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueBusyError';
  }
}
