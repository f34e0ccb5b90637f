import { rollUpPortfolio } from '../../domain/rollup/roll-up-portfolio';
import type { PortfolioRollup } from '../../domain/rollup/rollup-types';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { Actor, ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { readProjectIssues, type IssueRead } from '../shared/read-all-issues';
import { productViewsFromRollup, type ProductViews } from './product-views-from-rollup';

export interface ProjectRollupRead {
  read: IssueRead;
  rollup: PortfolioRollup;
  views: ProductViews;
}

/** Reads one project's issues and rolls them up with the domain engine. */
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
  return { read, rollup, views: productViewsFromRollup(rollup, project, config) };
}
