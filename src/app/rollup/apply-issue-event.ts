import { applyIssueChange } from '../../domain/rollup/apply-issue-change';
import type { IssueChange } from '../../domain/rollup/issue-change';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { productViewsFromRollup } from './product-views-from-rollup';
import { readRollup, writeRollup } from './rollup-cache';
import { refreshProjectCache } from './refresh-project-cache';

export interface IssueEventInput {
  kind: 'created' | 'updated' | 'deleted';
  issueId: string;
  /** From the event; used to find the cache when the issue can no longer be read. */
  projectKey?: string;
}

export type IssueEventOutcome = 'applied' | 'recomputed' | 'no-cache' | 'skipped';

/**
 * Keeps a project's cached roll-up in step with one changed issue: the
 * domain's `applyIssueChange` recomputes only the issue, its ancestors and
 * the issues referring to it. Projects without a cache are left cold (a
 * roll-up job or the daily snapshot builds it). Runs as the app: triggers
 * have no user, and cached figures are only ever served per project to
 * people who can browse that project.
 */
export async function applyIssueEvent(deps: AppDeps, input: IssueEventInput): Promise<IssueEventOutcome> {
  const record = input.kind === 'deleted' ? undefined : await deps.jira.getIssue(input.issueId, { as: 'app' });
  const projectKey = record?.issue.projectKey ?? input.projectKey;
  if (!projectKey) return 'skipped';
  const cached = await readRollup(deps.store, projectKey);
  if (!cached) return 'no-cache';
  const { config } = await loadConfig(deps.store, deps.logger);
  const project = { id: '', key: projectKey, name: cached.meta.views.rice?.projectName ?? projectKey };

  const change: IssueChange = record ? { kind: 'upsert', issue: record.issue } : { kind: 'delete', issueId: input.issueId };
  const result = applyIssueChange(cached.rollup, change, config, deps.clock.now());
  if (result.status === 'needs-full-recompute') {
    const refreshed = await refreshProjectCache(deps, project, config);
    return refreshed.cached ? 'recomputed' : 'skipped';
  }
  await writeRollup(deps.store, projectKey, result.rollup, productViewsFromRollup(result.rollup, project, config));
  return 'applied';
}
