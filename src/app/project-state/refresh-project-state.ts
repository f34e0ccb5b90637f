import type { BuiltProjectState } from '../../domain/project-state/build-project-state';
import type { ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import type { IssueRead } from '../shared/read-all-issues';
import type { StateMeta } from './state-schemas';
import { writeBuiltState } from './write-built-state';

/**
 * Stores a project's state from a complete read of its issues (as the app).
 * A partial read stores nothing: it would serve silently wrong numbers later.
 */
export async function storeProjectState(deps: AppDeps, project: ProjectSummary, read: IssueRead, built: BuiltProjectState): Promise<StateMeta | undefined> {
  if (!read.complete) return undefined;
  return writeBuiltState(deps.store, deps.clock, project, built);
}
