import type { DatasetIssue } from '../dataset/dataset-schema';

/** Jira takes at most this many ids in `reconcileIssues` (read-after-write for those issues only). */
export const RECONCILE_MAX = 50;

interface PendingWrite {
  /** When the write happened (ms since epoch, the emulator's clock). */
  at: number;
  /** The issue as it was just before the write; undefined when the write created it. */
  before: DatasetIssue | undefined;
}

/**
 * Jira Cloud's search index is eventually consistent: a write reaches search/jql
 * (and approximate-count) only after a while, unless the request names the issue
 * in `reconcileIssues`. This keeps, per recently written issue, what it looked
 * like before each write still inside the lag, so search can answer with the
 * version that is `lagMs` old. With `lagMs` 0 nothing is kept and search is
 * read-after-write consistent.
 */
export class SearchLag {
  private readonly pending = new Map<string, PendingWrite[]>();

  constructor(
    readonly lagMs: number,
    private readonly now: () => number,
  ) {}

  /** Call before a write changes (or creates, or deletes) an issue; `before` is copied. */
  recordWrite(issueId: string, before: DatasetIssue | undefined): void {
    if (this.lagMs <= 0) return;
    const writes = this.pending.get(issueId) ?? [];
    writes.push({ at: this.now(), before: before ? structuredClone(before) : undefined });
    this.pending.set(issueId, writes);
  }

  /**
   * Right now, each issue whose indexed version is not the current one, with the version search
   * sees of it: as it was before the first write still inside the lag (undefined when that write
   * created it). One instant for all of them: a search that asked for the stale ids and then,
   * later, for each one's version could find a write aged out in between and lose the issue.
   */
  staleVersions(): Map<string, DatasetIssue | undefined> {
    this.prune();
    return new Map([...this.pending].map(([id, writes]) => [id, writes[0]?.before]));
  }

  /** Forgets writes older than the lag: search sees them now. */
  private prune(): void {
    if (this.pending.size === 0) return;
    const visibleBefore = this.now() - this.lagMs;
    for (const [id, writes] of this.pending) {
      let visible = 0;
      while (visible < writes.length && (writes[visible]?.at ?? Infinity) <= visibleBefore) visible += 1;
      // The version after write i is the `before` of write i + 1, so dropping visible writes is exact.
      if (visible === writes.length) this.pending.delete(id);
      else if (visible > 0) this.pending.set(id, writes.slice(visible));
    }
  }
}
