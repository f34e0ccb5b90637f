import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import { readProjectState } from '../project-state/read-project-state';
import { writeBuiltState } from '../project-state/write-built-state';
import type { AppDeps } from '../shared/app-deps';
import { queueRollupProperties } from '../rollup-property/queue-rollup-properties';

/**
 * Reads one project as the app (background work has no user) and stores its
 * state. Only a complete read is stored - a partial one would serve silently
 * wrong numbers later - so it answers whether it could.
 */
export async function refreshProjectCache(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  reconcileIssues: string[] = [],
): Promise<{ cached: boolean; issues: number; note?: string }> {
  const { read, state } = await readProjectState(deps, project, config, 'app', { reconcileIssues });
  if (!read.complete) return { cached: false, issues: read.issues, ...(read.note ? { note: read.note } : {}) };
  await writeBuiltState(deps.store, deps.clock, project, state);
  await queueRollupProperties(deps, project.key);
  return { cached: true, issues: read.issues };
}
