/**
 * Forge entry points: one export per `function.handler` in manifest.yml.
 *
 * - UI resolvers answer `{ok, data} | {ok:false, error}` (src/contract/result.ts).
 * - `onIssueEvent` (trigger) and `onDailySnapshot` (scheduledTrigger) are plain
 *   async functions called with Forge's event payloads.
 * - `onIssueEvent` queues roll-up tasks; `onDailySnapshot` queues one snapshot
 *   per project and answers `{statusCode: 204}`.
 * - `rollupConsumerHandler` is the `consumer` module's function (@forge/events
 *   2+ function form): it receives an `AsyncEvent` (`body`, `jobId`, `eventId`,
 *   `retryContext` on retries).
 */
import { adminHandler } from './resolvers/admin';
import { dashboardHandler } from './resolvers/dashboard';
import { gadgetHandler } from './resolvers/gadget';
import { handleIssueEvent } from './resolvers/issue-events';
import { portfolioHandler } from './resolvers/portfolio';
import { requirementHandler } from './resolvers/requirement';
import { handleRollupEvent } from './resolvers/rollup-consumer';
import { handleDailySnapshot } from './resolvers/snapshot';

export { dashboardHandler, requirementHandler, adminHandler, portfolioHandler, gadgetHandler };

export const onIssueEvent = (event: unknown): Promise<unknown> => handleIssueEvent(event);
export const onDailySnapshot = (request: unknown): Promise<unknown> => handleDailySnapshot(request);

export const rollupConsumerHandler = (event: unknown): Promise<void> => handleRollupEvent(event);

/** Local runtime and test seams (see src/adapters/job-queue-registry.ts); unused on Forge. */
export { setJobQueue } from './adapters/job-queue-registry';
export { setRuntimeOverrides } from './resolvers/shared/runtime-overrides';
