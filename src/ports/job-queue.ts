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

/** Raised when no queue is available (e.g. the runtime did not wire one). */
export class QueueUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueUnavailableError';
  }
}
