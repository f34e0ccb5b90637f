import { scheduleDailySnapshots } from '../app/rollup/take-daily-snapshot';
import { composeDeps } from './shared/compose-deps';

/**
 * Scheduled trigger (`pm-daily-snapshot`), called by Forge as
 * `handler({context:{cloudId, moduleKey}}, context)` without a user. It only
 * queues one snapshot event per project (the consumer takes them), and
 * answers `{statusCode: 204}`, the answer Forge records as a successful run.
 * When it cannot even list or queue the projects it throws, so the run is
 * recorded as failed.
 */
export async function handleDailySnapshot(_request?: unknown): Promise<{ statusCode: 204 }> {
  const deps = composeDeps();
  try {
    const { projects } = await scheduleDailySnapshots(deps);
    deps.logger.info('daily snapshot queued', { projects });
    return { statusCode: 204 };
  } catch (error) {
    deps.logger.error('daily snapshot could not be queued', error);
    throw error;
  }
}
