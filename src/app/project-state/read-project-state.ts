import { siteTimeZone } from '../shared/site-time-zone';
import { buildStateFromFacts, type BuiltProjectState } from '../../domain/project-state/build-project-state';
import { issueFacts, type IssueFacts } from '../../domain/project-state/issue-facts';
import { makeRollupContext } from '../../domain/rollup/rollup-context';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { Actor, JiraIssue, ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { streamProjectIssues, type StreamedRead } from '../shared/read-all-issues';
import { productViewsFromState, type ProductViews } from './product-views-from-state';

export interface ProjectStateRead {
  read: StreamedRead;
  /** The issues as project state (what is stored, and where the project's figures come from). */
  state: BuiltProjectState;
  views: ProductViews;
}

export interface ProjectStateReadOptions {
  /** Ids just changed, so the eventually consistent search includes their change. */
  reconcileIssues?: string[];
  /** Sees each issue once as it is read (before it is let go), for what the state does not keep. */
  onIssue?: (record: JiraIssue) => void;
}

/**
 * Reads one project's issues and builds its state in memory (stored by the
 * caller when the read is complete). Each page becomes facts as it arrives
 * and the issues are let go: a 65,000-issue project's build holds its facts
 * (a few hundred bytes an issue), never the issues themselves.
 */
export async function readProjectState(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  as: Actor,
  options: ProjectStateReadOptions = {},
): Promise<ProjectStateRead> {
  const now = deps.clock.now();
  const ctx = makeRollupContext(config, now, await siteTimeZone(deps));
  const facts: IssueFacts[] = [];
  const read = await streamProjectIssues(deps.jira, project.key, as, options.reconcileIssues ?? [], (records) => {
    for (const record of records) {
      options.onIssue?.(record);
      facts.push(issueFacts(record.issue, ctx));
    }
  });
  const state = buildStateFromFacts(facts, ctx);
  return {
    read,
    state,
    views: productViewsFromState({ projectKey: project.key, projectName: project.name, top: state.top }, config, now),
  };
}
