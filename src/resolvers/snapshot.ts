import { takeDailySnapshot } from '../app/rollup/take-daily-snapshot';
import { composeDeps } from './shared/compose-deps';

/**
 * Scheduled trigger (`pm-daily-snapshot`), called by Forge as
 * `handler({context:{cloudId, moduleKey}}, context)` without a user. Forge
 * ignores the return value of scheduled triggers; a summary is returned for
 * logs and the local runtime.
 */
export async function handleDailySnapshot(_request?: unknown): Promise<{ projects: number; incomplete: string[] } | { failed: true }> {
  const deps = composeDeps();
  try {
    return await takeDailySnapshot(deps);
  } catch (error) {
    deps.logger.error('daily snapshot failed', error);
    return { failed: true };
  }
}
