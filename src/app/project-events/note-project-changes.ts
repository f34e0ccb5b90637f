import type { AppDeps } from '../shared/app-deps';
import {
  CATCH_UP_DELAY_SECONDS,
  PENDING_TTL_SECONDS,
  pendingKey,
  pendingSchema,
  touchedKey,
  type TouchedIssue,
  type TouchedRecord,
} from './catch-up-records';

export type NoteOutcome = 'queued' | 'already-queued';

/**
 * Tells a project's stored state that something changed, cheaply enough for
 * every issue event of a bulk edit (Forge runs triggers concurrently, up to
 * thousands a minute): one small KVS request in the usual case. Only when no
 * catch-up run is pending does it take the project's pending marker (a
 * set-if-absent, so of concurrent events exactly one wins) and push ONE delayed catch-up
 * run; every event until that run starts rides on it. The run finds changed
 * issues itself (a search by `updated`), so an ordinary edit carries nothing.
 *
 * `touched`: issues that search by `updated` cannot find - a deleted issue, a
 * property write (saves), a link change, an issue moved out of the project.
 * Each is one small KVS record written BEFORE the marker is read, so a run
 * that clears the marker afterwards is sure to see it. Jira sends one event
 * per deleted issue and no batch, and search cannot list what is gone, so
 * this is one write unit per delete (and one when the run clears it): a bulk
 * delete costs about 2 of the 4,000 write units a minute per issue, far
 * cheaper than one queue event per issue (500 a minute per installation).
 *
 * Throws when KVS or the queue refuses (Forge delivers the trigger again; the
 * caller's work is idempotent). A failed push gives the marker back first,
 * so the redelivery pushes again.
 */
export async function noteProjectChanges(
  deps: AppDeps,
  projectKey: string,
  touched: readonly TouchedIssue[] = [],
  options: { spreadKey?: string } = {},
): Promise<NoteOutcome> {
  const at = deps.clock.now().toISOString();
  for (const issue of touched) {
    const record: TouchedRecord = { issueId: issue.issueId, change: issue.change, at };
    await deps.store.set(touchedKey(projectKey, issue.issueId, globalThis.crypto.randomUUID()), record);
  }
  const key = pendingKey(projectKey);
  // During a burst the marker is nearly always there, so asking costs one unit per event either
  // way: a read (read budget) or a refused set-if-absent (write budget). The catch-up runs spend
  // both budgets about equally (each shard they change is read and written), so events split
  // the asking between the two by their issue id: 2,000 events a minute cost 1,000 of each
  // 4,000, not 2,000 of one.
  if (!asksWithWrite(options.spreadKey)) {
    const marker = pendingSchema.safeParse(await deps.store.get<unknown>(key));
    if (marker.success) {
      if (Date.parse(marker.data.at) > deps.clock.now().getTime() - PENDING_TTL_SECONDS * 1000) return 'already-queued';
      // Past its TTL but not purged yet (a store may purge late): its run never came; take over.
      await deps.store.delete(key);
    }
  }
  if (!(await deps.store.setIfAbsent(key, { at }, { ttlSeconds: PENDING_TTL_SECONDS }))) return 'already-queued';
  try {
    await deps.queue.enqueueProjectCatchUp({ projectKey, settle: false }, { delaySeconds: CATCH_UP_DELAY_SECONDS });
  } catch (error) {
    // No marker without a queued run, or later events would wait for a run that never comes.
    await deps.store.delete(key).catch((cleanup: unknown) =>
      deps.logger.warn('could not give back a catch-up marker after a failed push; it expires on its own', {
        projectKey,
        error: String(cleanup),
      }),
    );
    throw error;
  }
  return 'queued';
}

/** Half the issue ids (by their last digit) ask with a set-if-absent, the rest with a read first. */
function asksWithWrite(spreadKey: string | undefined): boolean {
  const last = spreadKey?.at(-1);
  return last !== undefined && last.charCodeAt(0) % 2 === 1;
}
