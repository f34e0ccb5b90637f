import { z } from 'zod';
import type { KeyValueStore } from '../../ports/key-value-store';

/*
 * The small KVS records that coalesce a project's issue events into a few
 * catch-up runs (note-project-changes.ts writes them, catch-up-project.ts
 * reads and clears them). Every record is parsed when read; an unreadable
 * one counts as absent, which only costs an extra run or a wider window.
 */

/**
 * How long the first event of a quiet project waits for the ones that follow it (one run takes
 * them all): fewer, larger runs rewrite each stored shard fewer times in a burst; a burst's last
 * edit is in the stored state about this plus SEARCH_LAG_BOUND_SECONDS later.
 */
export const CATCH_UP_DELAY_SECONDS = 20;
/**
 * How long a Jira write may take to reach search (it is eventually consistent; Atlassian
 * documents no bound, seconds are usual). A run trusts search only for writes older than this,
 * and a follow-up "settle" run comes this long after the last run of a burst.
 */
export const SEARCH_LAG_BOUND_SECONDS = 30;
/** Extra look-back for the clocks of the app and of Jira disagreeing (and JQL's whole minutes). */
export const CLOCK_SKEW_MARGIN_MS = 60_000;
/** A pending marker expires after this: a run that never came (a lost push) does not block new ones for long. */
export const PENDING_TTL_SECONDS = 120;
/** With no watermark yet (state from before coalescing), a run looks back this far. */
export const DEFAULT_LOOKBACK_MS = 60 * 60_000;

export const pendingKey = (projectKey: string): string => `events:${projectKey}:pending`;
export const touchedPrefix = (projectKey: string): string => `events:${projectKey}:touched:`;
export const touchedKey = (projectKey: string, issueId: string, token: string): string =>
  `${touchedPrefix(projectKey)}${issueId}:${token}`;
export const watermarkKey = (projectKey: string): string => `events:${projectKey}:watermark`;

/** "A catch-up run of this project is queued and has not started": later events need not push one. */
export const pendingSchema = z.strictObject({ at: z.string().datetime({ offset: true }) });

/**
 * An issue the watermark search cannot find by itself: a deleted one (search no longer has it),
 * one whose issue properties changed (Jira leaves `updated` alone), a linked one (links neither).
 * One record per event (its own key, so no two writers overwrite each other); the run deletes
 * exactly the records it took in.
 */
export const touchedSchema = z.strictObject({
  issueId: z.string().regex(/^\d+$/),
  change: z.enum(['upsert', 'delete']),
  at: z.string().datetime({ offset: true }),
});
export type TouchedRecord = z.infer<typeof touchedSchema>;
export type TouchedIssue = Pick<TouchedRecord, 'issueId' | 'change'>;

/**
 * Where the project's stored state is up to: every write to an issue before `at` (Jira's
 * clock, give or take the skew margin) is in it. `seen` holds what was taken in of the
 * issues a later window can still return, `[updated ms, content hash]` (`[ms taken in, "deleted"]`
 * for a deletion), so a run neither rewrites an issue that did
 * not change nor takes back a version search still shows after a newer one was applied.
 */
export const DELETED_HASH = 'deleted';
export const watermarkSchema = z.strictObject({
  version: z.literal(1),
  at: z.string().datetime({ offset: true }),
  seen: z.record(z.string(), z.tuple([z.number(), z.string()])),
});
export type Watermark = z.infer<typeof watermarkSchema>;

export async function readWatermark(store: KeyValueStore, projectKey: string): Promise<Watermark | undefined> {
  const parsed = watermarkSchema.safeParse(await store.get<unknown>(watermarkKey(projectKey)));
  return parsed.success ? parsed.data : undefined;
}
