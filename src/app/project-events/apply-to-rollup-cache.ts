import { applyIssueChange } from '../../domain/rollup/apply-issue-change';
import type { IssueChange } from '../../domain/rollup/issue-change';
import { loadConfig } from '../config/config-repository';
import type { ProjectChanges } from '../project-state/apply-project-changes';
import type { AppDeps } from '../shared/app-deps';
import { productViewsFromRollup } from '../rollup/product-views-from-rollup';
import { readRollup, writeRollup } from '../rollup/rollup-cache';
import { subtreeIds } from '../rollup/subtree-ids';

export type RollupCacheOutcome = 'applied' | 'no-cache' | 'needs-rebuild';

/**
 * Takes the same batch into the whole-roll-up cache (app/rollup/rollup-cache.ts)
 * while something still reads it (the portfolio), for projects small enough
 * to have one: one read-modify-write. Goes away with that cache.
 */
export async function applyToRollupCache(deps: AppDeps, projectKey: string, changes: ProjectChanges): Promise<RollupCacheOutcome> {
  const cached = await readRollup(deps.store, projectKey);
  if (!cached) return 'no-cache';
  const { config } = await loadConfig(deps.store, deps.logger);
  const project = { id: '', key: projectKey, name: cached.meta.views.rice?.projectName ?? projectKey };
  const list: IssueChange[] = [];
  for (const record of changes.upserted) {
    list.push(record.issue.projectKey === projectKey ? { kind: 'upsert', issue: record.issue } : { kind: 'delete', issueId: record.issue.id });
  }
  for (const id of changes.deleted) {
    list.push({ kind: 'delete', issueId: id });
    // Jira deletes sub-tasks and detaches children without events for them: read the cached subtree again.
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
