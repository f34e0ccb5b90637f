import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { buildProjectRollup } from './build-project-rollup';
import { writeRollup } from './rollup-cache';

/**
 * Recomputes and stores one project's cached roll-up, read as the app
 * (background work has no user). Only a complete read is cached - a partial
 * one would serve silently wrong numbers later - so it answers whether it
 * could.
 */
export async function refreshProjectCache(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  reconcileIssues: string[] = [],
): Promise<{ cached: boolean; issues: number; note?: string }> {
  const { read, rollup, views } = await buildProjectRollup(deps, project, config, 'app', reconcileIssues);
  if (!read.complete) return { cached: false, issues: read.issues.length, ...(read.note ? { note: read.note } : {}) };
  await writeRollup(deps.store, project.key, rollup, views);
  return { cached: true, issues: read.issues.length };
}
