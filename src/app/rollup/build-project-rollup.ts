import { rollUpPortfolio } from '../../domain/rollup/roll-up-portfolio';
import type { PortfolioRollup } from '../../domain/rollup/rollup-types';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { Actor, ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { readProjectIssues, type IssueRead } from '../shared/read-all-issues';
import type { ProductViews } from './product-views-from-rollup';
import { buildProjectState, type BuiltProjectState } from '../../domain/project-state/build-project-state';
import { productViewsFromState } from '../project-state/product-views-from-state';

export interface ProjectRollupRead {
  read: IssueRead;
  rollup: PortfolioRollup;
  /** The same issues as sharded project state (what is stored, and where the project's row figures come from). */
  state: BuiltProjectState;
  views: ProductViews;
}

/** Reads one project's issues and rolls them up with the domain engine, as a tree and as project state. */
export async function buildProjectRollup(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  as: Actor,
  reconcileIssues: string[] = [],
): Promise<ProjectRollupRead> {
  const read = await readProjectIssues(deps.jira, project.key, as, reconcileIssues);
  const rollup = rollUpPortfolio(
    read.issues.map((r) => r.issue),
    config,
    deps.clock.now(),
  );
  const state = buildProjectState(
    read.issues.map((r) => r.issue),
    config,
    deps.clock.now(),
  );
  return { read, rollup, state, views: productViewsFromState({ projectKey: project.key, projectName: project.name, top: state.top }, config, deps.clock.now()) };
}
