import { applyIssueChange } from '../../domain/rollup/apply-issue-change';
import type { IssueChange } from '../../domain/rollup/issue-change';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { productViewsFromRollup } from '../rollup/product-views-from-rollup';
import { readRollup, writeRollup } from '../rollup/rollup-cache';
import { subtreeIds } from '../rollup/subtree-ids';

/** Issues of one project to take into its stored state: re-read ones (current data) and deleted ids. */
export interface ProjectChanges {
  upserted: readonly JiraIssue[];
  deleted: readonly string[];
}

export type ProjectChangesOutcome = 'applied' | 'no-state' | 'needs-rebuild';

/**
 * Takes a batch of changed issues into a project's stored state, in one
 * read-modify-write (callers run one at a time per project: the queue's
 * concurrency key). Issues that now belong to another project are removed.
 * 'no-state': nothing is stored for the project (it stays cold);
 * 'needs-rebuild': the stored state cannot take the change incrementally
 * (config changed); the caller queues a full build.
 */
export async function applyProjectChanges(deps: AppDeps, projectKey: string, changes: ProjectChanges): Promise<ProjectChangesOutcome> {
  const cached = await readRollup(deps.store, projectKey);
  if (!cached) return 'no-state';
  const { config } = await loadConfig(deps.store, deps.logger);
  const project = { id: '', key: projectKey, name: cached.meta.views.rice?.projectName ?? projectKey };
  const list: IssueChange[] = [];
  for (const record of changes.upserted) {
    list.push(record.issue.projectKey === projectKey ? { kind: 'upsert', issue: record.issue } : { kind: 'delete', issueId: record.issue.id });
  }
  for (const id of changes.deleted) {
    list.push({ kind: 'delete', issueId: id });
    // Jira deletes sub-tasks and detaches children without events for them: read the stored subtree again.
    const below = subtreeIds(cached.rollup, id);
    const found = new Map((below.length > 0 ? await deps.jira.bulkFetch(below, { as: 'app' }) : []).map((r) => [r.issue.id, r.issue]));
    for (const childId of below) {
      const issue = found.get(childId);
      list.push(issue && issue.projectKey === projectKey ? { kind: 'upsert', issue } : { kind: 'delete', issueId: childId });
    }
  }
  const now = deps.clock.now();
  for (const change of list) {
    if (applyIssueChange(cached.rollup, change, config, now).status === 'needs-full-recompute') return 'needs-rebuild';
  }
  await writeRollup(deps.store, projectKey, cached.rollup, productViewsFromRollup(cached.rollup, project, config));
  return 'applied';
}
