import { siteTimeZone } from '../shared/site-time-zone';
import { makeRollupContext } from '../../domain/rollup/rollup-context';
import type { JiraIssue } from '../../ports/jira-gateway';
import { MAX_VALUE_BYTES } from '../../ports/key-value-store';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { applyStateChanges } from './apply-state-changes';
import { PROJECT_STATE_VERSION } from '../../domain/project-state/state-records';
import { bucketOf } from '../../domain/project-state/state-layout';
import { readStateMeta, StateRecords } from './state-records-store';
import { patiently } from './write-built-state';

/** Issues of one project to take into its stored state: re-read ones (current data) and deleted ids. */
export interface ProjectChanges {
  upserted: readonly JiraIssue[];
  deleted: readonly string[];
}

export type ProjectChangesOutcome = 'applied' | 'no-state' | 'needs-rebuild';

/** A shard stored larger than this is split by a rebuild (a KVS value holds 240 KiB). */
const SHARD_REBUILD_BYTES = MAX_VALUE_BYTES / 2;

/**
 * Takes a batch of changed issues into a project's stored state in one
 * read-modify-write of the records they reach (callers run one at a time per
 * project: the queue's concurrency key). Issues that now belong to another
 * project are removed; the sub-tasks of a deleted issue are read again, as
 * Jira deletes them without events. 'no-state': nothing is stored (the
 * project stays cold); 'needs-rebuild': the state cannot take the change
 * (config changed, another format, a shard grew too large, a record is
 * damaged) and the caller queues a full build.
 */
export async function applyProjectChanges(
  deps: AppDeps,
  projectKey: string,
  changes: ProjectChanges,
): Promise<ProjectChangesOutcome> {
  const meta = await readStateMeta(deps.store, projectKey);
  if (!meta) return 'no-state';
  const { config } = await loadConfig(deps.store, deps.logger);
  const ctx = makeRollupContext(config, deps.clock.now(), await siteTimeZone(deps));
  if (meta.version !== PROJECT_STATE_VERSION || meta.configFingerprint !== ctx.configFingerprint)
    return 'needs-rebuild';
  const records = new StateRecords(deps.store, meta);
  const upserted = changes.upserted.filter((r) => r.issue.projectKey === projectKey).map((r) => r.issue);
  const removed = [
    ...changes.deleted,
    ...changes.upserted.filter((r) => r.issue.projectKey !== projectKey).map((r) => r.issue.id),
  ];
  try {
    const children = new Set<string>();
    for (const id of removed)
      for (const child of (await records.bucket(bucketOf(id, meta.bucketCount))).kids[id] ?? []) children.add(child);
    for (const id of removed) children.delete(id);
    if (children.size > 0) {
      const found = new Map(
        (await deps.jira.bulkFetch([...children], { as: 'app' })).map((r) => [r.issue.id, r.issue]),
      );
      for (const id of children) {
        const issue = found.get(id);
        if (issue && issue.projectKey === projectKey) upserted.push(issue);
        else removed.push(id);
      }
    }
    const { meta: next } = await applyStateChanges(records, { upserted, removed }, ctx);
    const { shardChars } = await patiently(deps.clock, () => records.flush(next));
    return Math.max(0, ...shardChars.values()) > SHARD_REBUILD_BYTES ? 'needs-rebuild' : 'applied';
  } catch (error) {
    if (error instanceof Error && error.name === 'BrokenStateError') return 'needs-rebuild';
    throw error;
  }
}
