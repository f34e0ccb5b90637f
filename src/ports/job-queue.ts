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
}

export interface JobQueue {
  enqueue(chunks: RollupChunk[]): Promise<void>;
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
