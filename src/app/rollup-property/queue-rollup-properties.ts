import type { AppDeps } from '../shared/app-deps';
import { pendingKey } from './rollup-property-records';

/**
 * No wait of its own: the state writes that queue it are already coalesced (one catch-up run per
 * window of events), and the write-back queues behind the project's other work (its concurrency
 * key), so it starts once the state is written; a change meanwhile rides on the queued one.
 */
export const ROLLUP_PROPERTY_DELAY_SECONDS = 0;
/** A marker whose write-back never came (a lost push) stops blocking new ones after this. */
const PENDING_TTL_SECONDS = 300;

/**
 * Queues one write-back of the project's roll-up properties after its stored
 * state changed, unless one is already queued and has not started (a
 * set-if-absent marker, which the write-back clears when it starts): a burst
 * of state changes costs one write-back that reads the state as it then is.
 * Never throws: the properties are derived data, and a change the write-back
 * misses is written by the next one (the daily snapshot's build at the latest),
 * so a refused push must not fail the state update that asked.
 */
export async function queueRollupProperties(
  deps: AppDeps,
  projectKey: string,
): Promise<'queued' | 'already-queued' | 'failed'> {
  const key = pendingKey(projectKey);
  try {
    if (
      !(await deps.store.setIfAbsent(key, { at: deps.clock.now().toISOString() }, { ttlSeconds: PENDING_TTL_SECONDS }))
    )
      return 'already-queued';
  } catch (error) {
    deps.logger.warn('could not queue the roll-up property write-back', { projectKey, error: String(error) });
    return 'failed';
  }
  try {
    await deps.queue.enqueueRollupProperties({ projectKey }, { delaySeconds: ROLLUP_PROPERTY_DELAY_SECONDS });
    return 'queued';
  } catch (error) {
    deps.logger.warn('could not queue the roll-up property write-back', { projectKey, error: String(error) });
    await deps.store.delete(key).catch(() => undefined);
    return 'failed';
  }
}
