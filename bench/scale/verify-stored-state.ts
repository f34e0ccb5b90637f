import { loadConfig } from '../../src/app/config/config-repository';
import { readStoredState } from '../../src/app/project-state/read-stored-state';
import { readProjectIssues } from '../../src/app/shared/read-all-issues';
import { buildProjectState } from '../../src/domain/project-state/build-project-state';
import { shardOf } from '../../src/domain/project-state/state-layout';
import type { AppSide } from './app-side';

/** JSON with object keys sorted, so two records built in different orders compare equal when their data is. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export interface StoredVsFull {
  /** A stored state of the project exists (its meta and every record of its generation). */
  stored: boolean;
  /** Why `stored` is false, or why the full recompute could not be made. */
  note?: string;
  equal: boolean;
  /** Records whose stored copy differs from the full build's (`s:12`, `l:3`, `t:1:0`, `top`, `meta`). */
  differingRecords: string[];
  /** The stored effort of each watched issue (null: none; absent: not in the stored state). */
  storedEffort: Record<string, number | null>;
  /** Issues in the stored state and in Jira's full read. */
  storedIssues: number;
  jiraIssues: number;
}

/**
 * Compares a project's stored state - every record of its current
 * generation - with `buildProjectState` of Jira as it is now (the app's own
 * read as the app, run as an uncounted check) at the stored shard count.
 * Both sides are computed for the app's "now" (the bench fixes the app's
 * clock at the site's now), so the time-dependent facts (stale, KPI status
 * and what follows from them) are judged at the same instant; the meta's
 * `computedAt` / `updatedAt` say when, not what, and are not compared.
 * Incremental work is correct when every record is equal.
 */
export async function storedVsFull(
  side: AppSide,
  projectKey: string,
  watchIds: readonly string[] = [],
): Promise<StoredVsFull> {
  return side.check(async (deps) => {
    const none = { equal: false, differingRecords: [], storedEffort: {}, storedIssues: 0, jiraIssues: 0 };
    let stored;
    try {
      stored = await readStoredState(deps.store, projectKey, deps.clock);
    } catch (error) {
      return {
        ...none,
        stored: false,
        note: `stored state unreadable: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (!stored) return { ...none, stored: false, note: 'no stored state' };
    const read = await readProjectIssues(deps.jira, projectKey, 'app');
    if (!read.complete) return { ...none, stored: true, note: `the full read stopped early: ${read.note ?? ''}` };
    const { config } = await loadConfig(deps.store, deps.logger);
    const { computedAt: _at, ...full } = buildProjectState(
      read.issues.map((r) => r.issue),
      config,
      deps.clock.now(),
      stored.meta.shardCount,
    );
    const { state } = stored;
    const differingRecords: string[] = [];
    const compare = (name: string, a: unknown, b: unknown): void =>
      void (canonical(a) !== canonical(b) && differingRecords.push(name));
    compare(
      'meta',
      [state.configFingerprint, state.shardCount, state.bucketCount],
      [full.configFingerprint, full.shardCount, full.bucketCount],
    );
    full.shards.forEach((shard, i) => compare(`s:${i}`, state.shards[i], shard));
    full.buckets.forEach((bucket, i) => compare(`l:${i}`, state.buckets[i], bucket));
    for (const id of new Set([...state.tree.keys(), ...full.tree.keys()]))
      compare(`t:${id}`, state.tree.get(id), full.tree.get(id));
    compare('top', state.top, full.top);
    const storedIssues = state.shards.reduce((n, s) => n + s.facts.length, 0);
    if (stored.meta.issues !== storedIssues) differingRecords.push('meta.issues');
    const storedEffort: Record<string, number | null> = {};
    for (const id of watchIds) {
      const facts = state.shards[shardOf(id, state.shardCount)]?.facts.find((f) => f.id === id);
      if (facts) storedEffort[id] = facts.effort;
    }
    return {
      stored: true,
      equal: differingRecords.length === 0,
      differingRecords,
      storedEffort,
      storedIssues,
      jiraIssues: read.issues.length,
    };
  });
}
