import { siteTimeZone } from '../shared/site-time-zone';
import { buildStateFromFacts, type BuiltProjectState } from '../../domain/project-state/build-project-state';
import { issueFacts, type IssueFacts } from '../../domain/project-state/issue-facts';
import { makeRollupContext, type RollupContext } from '../../domain/rollup/rollup-context';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { Actor, JiraIssue, ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { streamProjectIssues, type StreamControl, type StreamedRead } from '../shared/read-all-issues';
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
  /** Stop early (the invocation's time) or read only some key ranges: see `streamProjectIssues`. */
  control?: StreamControl;
}

/** The project's issues as facts, and the context they were taken in. */
export interface ProjectFactsRead {
  read: StreamedRead;
  facts: IssueFacts[];
  ctx: RollupContext;
}

/**
 * Reads one project's issues as facts: each page becomes facts as it arrives
 * and the issues are let go, so a 65,000-issue project's read holds its facts
 * (a few hundred bytes an issue), never the issues themselves.
 */
export async function readProjectFacts(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  as: Actor,
  options: ProjectStateReadOptions = {},
): Promise<ProjectFactsRead> {
  const ctx = makeRollupContext(config, deps.clock.now(), await siteTimeZone(deps));
  const facts: IssueFacts[] = [];
  const read = await streamProjectIssues(
    deps.jira,
    project.key,
    as,
    options.reconcileIssues ?? [],
    (records) => {
      for (const record of records) {
        options.onIssue?.(record);
        facts.push(issueFacts(record.issue, ctx));
      }
    },
    options.control,
  );
  return { read, facts, ctx };
}

/** Reads one project's issues (`readProjectFacts`) and builds its state in memory (stored by the caller when the read is complete). */
export async function readProjectState(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  as: Actor,
  options: ProjectStateReadOptions = {},
): Promise<ProjectStateRead> {
  const { read, facts, ctx } = await readProjectFacts(deps, project, config, as, options);
  const state = buildStateFromFacts(facts, ctx);
  return {
    read,
    state,
    views: productViewsFromState(
      { projectKey: project.key, projectName: project.name, top: state.top },
      config,
      new Date(ctx.nowMs),
    ),
  };
}
