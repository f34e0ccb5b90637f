import { siteTimeZone } from '../shared/site-time-zone';
import { buildProjectState, type BuiltProjectState } from '../../domain/project-state/build-project-state';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { Actor, ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { readProjectIssues, type IssueRead } from '../shared/read-all-issues';
import { productViewsFromState, type ProductViews } from './product-views-from-state';

export interface ProjectStateRead {
  read: IssueRead;
  /** The issues as project state (what is stored, and where the project's figures come from). */
  state: BuiltProjectState;
  views: ProductViews;
}

/** Reads one project's issues and builds its state in memory (stored by the caller when the read is complete). */
export async function readProjectState(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  as: Actor,
  reconcileIssues: string[] = [],
): Promise<ProjectStateRead> {
  const [read, timeZone] = await Promise.all([readProjectIssues(deps.jira, project.key, as, reconcileIssues), siteTimeZone(deps)]);
  const now = deps.clock.now();
  const state = buildProjectState(
    read.issues.map((r) => r.issue),
    config,
    now,
    undefined,
    timeZone,
  );
  return { read, state, views: productViewsFromState({ projectKey: project.key, projectName: project.name, top: state.top }, config, now) };
}
