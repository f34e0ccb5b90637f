import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import { StorageLimitError } from '../../ports/key-value-store';
import { storeProjectState } from '../project-state/refresh-project-state';
import type { AppDeps } from '../shared/app-deps';
import { buildProjectRollup, type ProjectRollupRead } from './build-project-rollup';
import { writeRollup } from './rollup-cache';

/**
 * Recomputes and stores one project's figures, read as the app (background
 * work has no user): the sharded project state (any size) and, while the
 * portfolio still reads it, the whole-roll-up cache when it fits (large
 * projects are refused there; the sharded state serves them). Only a
 * complete read is stored - a partial one would serve silently wrong numbers
 * later - so it answers whether it could.
 */
export async function refreshProjectCache(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  reconcileIssues: string[] = [],
): Promise<{ cached: boolean; issues: number; note?: string }> {
  const built = await buildProjectRollup(deps, project, config, 'app', reconcileIssues);
  const { read } = built;
  if (!read.complete) return { cached: false, issues: read.issues.length, ...(read.note ? { note: read.note } : {}) };
  await storeBoth(deps, project, config, built);
  return { cached: true, issues: read.issues.length };
}

/** Stores a complete read as project state and, when it fits, as the whole-roll-up cache. */
export async function storeBoth(deps: AppDeps, project: ProjectSummary, config: WorkflowConfig, built: ProjectRollupRead): Promise<void> {
  await storeProjectState(deps, project, built.read, built.state);
  try {
    await writeRollup(deps.store, project.key, built.rollup, built.views);
  } catch (error) {
    if (!(error instanceof StorageLimitError)) throw error;
    deps.logger.info('roll-up cache refused a large project; its sharded state serves it', { projectKey: project.key });
  }
}
