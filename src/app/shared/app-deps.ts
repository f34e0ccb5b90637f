import type { Clock } from '../../ports/clock';
import type { JiraGateway } from '../../ports/jira-gateway';
import type { JobQueue } from '../../ports/job-queue';
import type { KeyValueStore } from '../../ports/key-value-store';
import type { Logger } from '../../ports/logger';

/** Everything a use case may touch; resolvers build one per invocation. */
export interface AppDeps {
  jira: JiraGateway;
  store: KeyValueStore;
  clock: Clock;
  queue: JobQueue;
  logger: Logger;
  /**
   * Time left in this invocation (Forge's `getRemainingTimeInMillis`), for background work that
   * stops before the limit and goes on in a queued event; absent: no limit is known (unit tests).
   */
  remainingMs?: () => number;
}

/** Who is asking, taken from the Forge context (never from a payload). */
export interface Caller {
  accountId: string;
}
