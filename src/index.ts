/**
 * Forge entry points: one export per `function.handler` in manifest.yml.
 *
 * - UI resolvers answer `{ok, data} | {ok:false, error}` (src/contract/result.ts).
 * - `onIssueEvent` (trigger) and `onDailySnapshot` (scheduledTrigger) are plain
 *   async functions called with Forge's event payloads.
 * - `rollupConsumerHandler` serves the `consumer` module, which the manifest
 *   declares in resolver form (method `rollup-chunk`). It also accepts the
 *   function form of @forge/events 2.x (`AsyncEvent` with `body`), so a
 *   manifest switch needs no code change.
 */
import { adminHandler } from './resolvers/admin';
import { dashboardHandler } from './resolvers/dashboard';
import { handleIssueEvent } from './resolvers/issue-events';
import { portfolioHandler } from './resolvers/portfolio';
import { requirementHandler } from './resolvers/requirement';
import { handleRollupChunk, rollupConsumerResolver } from './resolvers/rollup-consumer';
import { handleDailySnapshot } from './resolvers/snapshot';

export { dashboardHandler, requirementHandler, adminHandler, portfolioHandler };

export const onIssueEvent = (event: unknown): Promise<unknown> => handleIssueEvent(event);
export const onDailySnapshot = (request: unknown): Promise<unknown> => handleDailySnapshot(request);

const consumerDefinitions = rollupConsumerResolver.getDefinitions();
export const rollupConsumerHandler = (event: unknown, runtime?: Record<string, unknown>): Promise<unknown> => {
  const isResolverCall = typeof event === 'object' && event !== null && 'call' in event;
  if (isResolverCall) return consumerDefinitions(event as Parameters<typeof consumerDefinitions>[0], runtime);
  return handleRollupChunk((event as { body?: unknown } | null)?.body);
};

/** Local runtime and test seams (see src/adapters/job-queue-registry.ts); unused on Forge. */
export { setJobQueue } from './adapters/job-queue-registry';
export { setRuntimeOverrides } from './resolvers/shared/runtime-overrides';
