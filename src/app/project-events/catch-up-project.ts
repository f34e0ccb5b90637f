import { createHash } from 'node:crypto';
import type { PmIssue } from '../../domain/issue/pm-issue';
import { RECONCILE_ISSUES_MAX, type JiraIssue } from '../../ports/jira-gateway';
import type { ProjectCatchUpTask } from '../../ports/job-queue';
import type { StoredEntry } from '../../ports/key-value-store';
import { loadConfig } from '../config/config-repository';
import { applyProjectChanges } from '../project-state/apply-project-changes';
import { readStateMeta } from '../project-state/state-records-store';
import { patiently } from '../project-state/write-built-state';
import { refreshProjectCache } from '../rollup/refresh-project-cache';
import { queueRollupProperties } from '../rollup-property/queue-rollup-properties';
import type { AppDeps } from '../shared/app-deps';
import { jqlString } from '../shared/read-all-issues';
import {
  CLOCK_SKEW_MARGIN_MS,
  DEFAULT_LOOKBACK_MS,
  DELETED_HASH,
  SEARCH_LAG_BOUND_SECONDS,
  pendingKey,
  pendingSchema,
  readWatermark,
  touchedPrefix,
  touchedSchema,
  watermarkKey,
  type TouchedRecord,
  type Watermark,
} from './catch-up-records';

/** A run reads at most this many changed issues; the rest is a new run straight away (stays far inside 900 s). */
export const MAX_ISSUES_PER_RUN = 10_000;
/** The watermark record stays well under a KVS value (240 KiB): past this, the oldest `seen` entries go. */
const SEEN_MAX_CHARS = 150_000;
const LAG_MS = SEARCH_LAG_BOUND_SECONDS * 1000;

export interface CatchUpResult {
  outcome: 'applied' | 'rebuilt' | 'no-state';
  /** Issues the watermark search returned. */
  searched: number;
  upserted: number;
  deleted: number;
  /** What was queued after the run: a settle run, a continuation (the run stopped at MAX_ISSUES_PER_RUN), or nothing. */
  queued: 'settle' | 'continuation' | 'none';
}

/**
 * One catch-up run of a project's stored state (the queue runs one at a time
 * per project): clears the pending marker first, so any event after this
 * point queues a new run; then takes in everything that changed since the
 * watermark - the issues Jira's search finds with `updated` since then, and
 * the touched ids (deleted, property-written, linked, moved away) - with one
 * `applyProjectChanges`, and moves the watermark on.
 *
 * Search is eventually consistent: a run trusts it only up to
 * SEARCH_LAG_BOUND_SECONDS before its start (the new watermark), and the last
 * run of a burst queues one "settle" run that long after, which finds the
 * writes the run could not see yet. Windows overlap (lag and clock-skew
 * margins), so `seen` keeps what was taken in: an unchanged issue is not
 * written again, a version older than the one applied is ignored, and one
 * with the same `updated` but other content (a property write, or search
 * still showing the old version) is read again with bulkfetch, which is
 * consistent. A deleted or moved-away issue that search still shows is read
 * the same way before anything is taken back.
 *
 * Idempotent: Forge may deliver a run twice or retry it after a throw; the
 * watermark and the touched records change only after the state took the
 * changes in, so a retry redoes the same window. Runs as the app.
 */
export async function catchUpProject(deps: AppDeps, task: ProjectCatchUpTask): Promise<CatchUpResult> {
  const { projectKey } = task;
  const startedMs = deps.clock.now().getTime();
  const kvs = <T>(call: () => Promise<T>) => patiently(deps.clock, call);
  if (!task.settle) await kvs(() => deps.store.delete(pendingKey(projectKey)));
  const touched = await readTouched(deps, projectKey);
  if (!(await kvs(() => readStateMeta(deps.store, projectKey)))) {
    // Nothing stored (the project stays cold): a later build reads it whole.
    await deleteTouched(deps, touched);
    return { outcome: 'no-state', searched: 0, upserted: 0, deleted: 0, queued: 'none' };
  }

  const watermark = await kvs(() => readWatermark(deps.store, projectKey));
  const previousAtMs = watermark ? Date.parse(watermark.at) : startedMs - DEFAULT_LOOKBACK_MS;
  const seen = new Map(Object.entries(watermark?.seen ?? {}));
  const touchedDeletes = new Set(touched.filter((t) => t.value.change === 'delete').map((t) => t.value.issueId));
  const verify = new Set(
    touched
      .filter((t) => t.value.change === 'upsert' && !touchedDeletes.has(t.value.issueId))
      .map((t) => t.value.issueId),
  );

  // JQL dates are whole minutes in the searching user's time zone; a relative one ("-N m") is neither.
  const minutes = Math.max(1, Math.ceil((startedMs - (previousAtMs - CLOCK_SKEW_MARGIN_MS)) / 60_000));
  const jql = `project = ${jqlString(projectKey)} AND updated >= "-${minutes}m" ORDER BY updated ASC`;
  const fromSearch = new Map<string, JiraIssue>();
  let searched = 0;
  let cutAtMs: number | undefined;
  for await (const page of deps.jira.searchIssues(jql, { as: 'app' })) {
    for (const record of page.issues) {
      searched += 1;
      const { id } = record.issue;
      const prior = seen.get(id);
      const updatedMs = Date.parse(record.issue.updated);
      if (touchedDeletes.has(id) || prior?.[1] === DELETED_HASH) verify.add(id);
      else if (!prior || updatedMs > prior[0]) fromSearch.set(id, record);
      else if (updatedMs === prior[0] && hashOf(record.issue) !== prior[1]) verify.add(id);
      // else: what is stored already, or older than it (search lags)
    }
    const last = page.issues.at(-1);
    if (searched >= MAX_ISSUES_PER_RUN && !page.isLast && last && Date.parse(last.issue.updated) > previousAtMs) {
      cutAtMs = Date.parse(last.issue.updated);
      break;
    }
  }

  // Consistent reads: touched issues and every doubtful search hit.
  for (const id of touchedDeletes) verify.delete(id);
  const fetched = new Map(
    (verify.size > 0 ? await deps.jira.bulkFetch([...verify], { as: 'app' }) : []).map((r) => [r.issue.id, r]),
  );
  const upserted = new Map<string, JiraIssue>();
  const deleted = new Set(touchedDeletes);
  for (const [id, record] of fromSearch) if (!verify.has(id) && !deleted.has(id)) upserted.set(id, record);
  for (const id of verify) {
    const record = fetched.get(id);
    const prior = seen.get(id);
    // Gone, or no longer visible to the app: out of the stored state.
    if (!record) deleted.add(id);
    else if (!(
      record.issue.projectKey === projectKey &&
      prior &&
      prior[1] !== DELETED_HASH &&
      hashOf(record.issue) === prior[1]
    ))
      upserted.set(id, record);
  }

  let outcome: CatchUpResult['outcome'] = 'applied';
  if (upserted.size > 0 || deleted.size > 0) {
    const changes = { upserted: [...upserted.values()], deleted: [...deleted] };
    const state = await applyProjectChanges(deps, projectKey, changes);
    if (state === 'needs-rebuild') {
      await rebuild(deps, projectKey, [...deleted, ...upserted.keys()]);
      outcome = 'rebuilt';
    } else if (state === 'applied') await queueRollupProperties(deps, projectKey);
  }

  // Queued before the watermark moves: if the queue refuses, the retry redoes this window.
  let queued: CatchUpResult['queued'] = 'none';
  if (cutAtMs !== undefined) {
    await deps.queue.enqueueProjectCatchUp({ projectKey, settle: false }, { delaySeconds: 0 });
    queued = 'continuation';
  } else if (
    !task.settle &&
    !pendingSchema.safeParse(await kvs(() => deps.store.get<unknown>(pendingKey(projectKey)))).success
  ) {
    // The last run of a burst: one more once search has caught up. (A pending marker means a
    // later run is queued, and it settles instead.)
    await deps.queue.enqueueProjectCatchUp({ projectKey, settle: true }, { delaySeconds: SEARCH_LAG_BOUND_SECONDS });
    queued = 'settle';
  }

  const atMs = Math.max(
    watermark ? Date.parse(watermark.at) : -Infinity,
    Math.min(cutAtMs ?? Infinity, startedMs - LAG_MS),
  );
  for (const [id, record] of upserted)
    seen.set(
      id,
      record.issue.projectKey === projectKey
        ? [Date.parse(record.issue.updated), hashOf(record.issue)]
        : [startedMs, DELETED_HASH],
    );
  for (const id of deleted) seen.set(id, [startedMs, DELETED_HASH]);
  const next: Watermark = {
    version: 1,
    at: new Date(atMs).toISOString(),
    seen: pruneSeen(outcome === 'rebuilt' ? deletionsOnly(seen) : seen, atMs, startedMs),
  };
  await kvs(() => deps.store.set(watermarkKey(projectKey), next));
  await deleteTouched(deps, touched);
  return { outcome, searched, upserted: upserted.size, deleted: deleted.size, queued };
}

/**
 * After a full build of the project (whose read started at `readStartedMs`):
 * the watermark moves up to what that read could see. Only the deletion marks
 * of `seen` stay (search may still show those issues); the rest describes
 * versions the build replaced. Call it inside the project's queue key.
 */
export async function recordBuildWatermark(deps: AppDeps, projectKey: string, readStartedMs: number): Promise<void> {
  const kvs = <T>(call: () => Promise<T>) => patiently(deps.clock, call);
  const watermark = await kvs(() => readWatermark(deps.store, projectKey));
  const atMs = Math.max(watermark ? Date.parse(watermark.at) : -Infinity, readStartedMs - LAG_MS);
  const seen = pruneSeen(
    deletionsOnly(new Map(Object.entries(watermark?.seen ?? {}))),
    atMs,
    deps.clock.now().getTime(),
  );
  await kvs(() =>
    deps.store.set(watermarkKey(projectKey), {
      version: 1,
      at: new Date(atMs).toISOString(),
      seen,
    } satisfies Watermark),
  );
}

async function rebuild(deps: AppDeps, projectKey: string, changedIds: string[]): Promise<void> {
  const project = await deps.jira.getBrowsableProject(projectKey, { as: 'app' });
  if (!project) {
    deps.logger.warn('a stored project the app can no longer read was left as it is', { projectKey });
    return;
  }
  const { config } = await loadConfig(deps.store, deps.logger);
  // Search is eventually consistent: the changed issues (as many as Jira takes) are read as they are now.
  const refreshed = await refreshProjectCache(deps, project, config, {
    reconcileIssues: changedIds.slice(0, RECONCILE_ISSUES_MAX),
  });
  // Thrown, so Forge delivers the run again later; the watermark has not moved.
  if (!refreshed.cached)
    throw new Error(`the rebuild of ${projectKey} could not read every issue: ${refreshed.note ?? 'incomplete read'}`);
}

async function readTouched(deps: AppDeps, projectKey: string): Promise<StoredEntry<TouchedRecord>[]> {
  const out: StoredEntry<TouchedRecord>[] = [];
  let cursor: string | undefined;
  do {
    const page = await patiently(deps.clock, () =>
      deps.store.queryByPrefix<unknown>(touchedPrefix(projectKey), { limit: 100, ...(cursor ? { cursor } : {}) }),
    );
    for (const entry of page.entries) {
      const parsed = touchedSchema.safeParse(entry.value);
      if (parsed.success) out.push({ key: entry.key, value: parsed.data });
      else {
        deps.logger.warn('dropped an unreadable touched-issue record', { key: entry.key });
        await patiently(deps.clock, () => deps.store.delete(entry.key));
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

async function deleteTouched(deps: AppDeps, touched: readonly StoredEntry<TouchedRecord>[]): Promise<void> {
  for (let i = 0; i < touched.length; i += 25) {
    const operations = touched.slice(i, i + 25).map((t) => ({ op: 'delete' as const, key: t.key }));
    await patiently(deps.clock, () => deps.store.transact(operations));
  }
}

/** A short hash of an issue as read (fields and PM documents): equal hashes, nothing to take in. */
function hashOf(issue: PmIssue): string {
  return createHash('sha1').update(JSON.stringify(issue)).digest('base64url').slice(0, 12);
}

function deletionsOnly(seen: Map<string, [number, string]>): Map<string, [number, string]> {
  return new Map([...seen].filter(([, entry]) => entry[1] === DELETED_HASH));
}

/**
 * Keeps the entries a later window can still return: versions updated after
 * the next window's start, deletions for as long as search may still show
 * the issue. Past SEEN_MAX_CHARS the oldest go (they only cost a rewrite).
 */
function pruneSeen(seen: Map<string, [number, string]>, atMs: number, nowMs: number): Record<string, [number, string]> {
  const kept = [...seen].filter(([, [ms, hash]]) =>
    hash === DELETED_HASH ? ms >= nowMs - LAG_MS - CLOCK_SKEW_MARGIN_MS : ms >= atMs - CLOCK_SKEW_MARGIN_MS,
  );
  kept.sort((a, b) => b[1][0] - a[1][0]);
  let chars = 2;
  const out: Record<string, [number, string]> = {};
  for (const [id, entry] of kept) {
    chars += id.length + 32;
    if (chars > SEEN_MAX_CHARS) break;
    out[id] = entry;
  }
  return out;
}
