import { buildStateFromFacts } from '../../domain/project-state/build-project-state';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import { readProjectInParts } from '../project-state/read-project-in-parts';
import { writeBuiltState } from '../project-state/write-built-state';
import type { AppDeps } from '../shared/app-deps';
import { queueRollupProperties } from '../rollup-property/queue-rollup-properties';

export interface RefreshOptions {
  /** Ids just changed, so the eventually consistent search includes their change. */
  reconcileIssues?: string[];
  /**
   * Background chunks: the read goes on over several invocations when one cannot hold it
   * (readProjectInParts), answering `continues` until the last part stores the state.
   */
  resumable?: boolean;
}

export interface RefreshOutcome {
  cached: boolean;
  issues: number;
  note?: string;
  /** The read goes on in a later invocation (what it read so far is staged). */
  continues?: boolean;
  /** When the read of the stored state began (its first part's start for a read in parts). */
  startedAtMs?: number;
}

/**
 * Reads one project as the app (background work has no user) and stores its
 * state. Only a complete read is stored - a partial one would serve silently
 * wrong numbers later - so it answers whether it could.
 */
export async function refreshProjectCache(
  deps: AppDeps,
  project: ProjectSummary,
  config: WorkflowConfig,
  options: RefreshOptions = {},
): Promise<RefreshOutcome> {
  const read = await readProjectInParts(deps, project, config, {
    ...(options.resumable ? { purpose: 'rollup' as const } : {}),
    reconcileIssues: options.reconcileIssues ?? [],
  });
  if (read.kind === 'continues')
    return { cached: false, continues: true, issues: read.issuesStaged, ...(read.note ? { note: read.note } : {}) };
  if (read.kind === 'incomplete')
    return { cached: false, issues: read.issues, ...(read.note ? { note: read.note } : {}) };
  await writeBuiltState(deps.store, deps.clock, project, buildStateFromFacts(read.facts, read.ctx));
  await queueRollupProperties(deps, project.key);
  return { cached: true, issues: read.facts.length, startedAtMs: read.startedAtMs };
}
