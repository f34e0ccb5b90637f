import { applyIssueChange } from '../../domain/rollup/apply-issue-change';
import type { IssueChange } from '../../domain/rollup/issue-change';
import type { IssueChangeTask } from '../../ports/job-queue';
import { RECONCILE_ISSUES_MAX } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { productViewsFromRollup } from './product-views-from-rollup';
import { readRollup, writeRollup } from './rollup-cache';
import { refreshProjectCache } from './refresh-project-cache';
import { subtreeIds } from './subtree-ids';
import { applyProjectChanges } from '../project-state/apply-project-changes';

export type IssueEventOutcome = 'applied' | 'recomputed' | 'no-cache' | 'skipped';

/**
 * Keeps a project's cached roll-up in step with one changed issue (queued by
 * the issue trigger; one task per project at a time): the domain's
 * `applyIssueChange` recomputes only the issue, its ancestors and the issues
 * referring to it. The issue is read again rather than trusted from the
 * event, so a task delivered twice or late gives the same cache. A deleted
 * issue's subtree is read again too (Jira deletes its sub-tasks and detaches
 * its children without sending events for them). Projects without a cache
 * are left cold. Runs as the app: background work has no user, and cached
 * figures are only served per project to people who can browse it.
 */
export async function applyIssueEvent(deps: AppDeps, task: IssueChangeTask): Promise<IssueEventOutcome> {
  const record = task.change === 'upsert' ? await deps.jira.getIssue(task.issueId, { as: 'app' }) : undefined;
  // The sharded project state first (any project size); the whole-roll-up cache below while it is still read.
  const stateOutcome = await applyProjectChanges(deps, task.projectKey, record ? { upserted: [record], deleted: [] } : { upserted: [], deleted: [task.issueId] });
  const cached = await readRollup(deps.store, task.projectKey);
  const { config } = await loadConfig(deps.store, deps.logger);
  if (stateOutcome === 'needs-rebuild') {
    const refreshed = await refreshProjectCache(deps, { id: '', key: task.projectKey, name: cached?.meta.views.rice?.projectName ?? task.projectKey }, config, [task.issueId]);
    return refreshed.cached ? 'recomputed' : 'skipped';
  }
  if (!cached) return stateOutcome === 'applied' ? 'applied' : 'no-cache';
  const project = { id: '', key: task.projectKey, name: cached.meta.views.rice?.projectName ?? task.projectKey };

  const changes: IssueChange[] = [];
  if (task.change === 'upsert') {
    // Gone, or moved to another project: no longer part of this project's roll-up.
    changes.push(record && record.issue.projectKey === task.projectKey ? { kind: 'upsert', issue: record.issue } : { kind: 'delete', issueId: task.issueId });
  } else {
    changes.push({ kind: 'delete', issueId: task.issueId });
    const below = subtreeIds(cached.rollup, task.issueId);
    const found = new Map((below.length > 0 ? await deps.jira.bulkFetch(below, { as: 'app' }) : []).map((r) => [r.issue.id, r.issue]));
    for (const id of below) {
      const issue = found.get(id);
      changes.push(issue && issue.projectKey === task.projectKey ? { kind: 'upsert', issue } : { kind: 'delete', issueId: id });
    }
  }

  const now = deps.clock.now();
  for (const change of changes) {
    const result = applyIssueChange(cached.rollup, change, config, now);
    if (result.status === 'needs-full-recompute') {
      // Search is eventually consistent: ask Jira to include the changed issues.
      const reconcile = changes.map((c) => (c.kind === 'upsert' ? c.issue.id : c.issueId)).slice(0, RECONCILE_ISSUES_MAX);
      const refreshed = await refreshProjectCache(deps, project, config, reconcile);
      return refreshed.cached ? 'recomputed' : 'skipped';
    }
  }
  await writeRollup(deps.store, task.projectKey, cached.rollup, productViewsFromRollup(cached.rollup, project, config));
  return 'applied';
}
