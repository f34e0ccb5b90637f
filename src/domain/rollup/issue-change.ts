import type { PmIssue } from '../issue/pm-issue';

/**
 * One change to the issue set: an issue created or updated (`upsert`), or
 * deleted. `applyChangeToIssues` defines what the change means for a plain
 * issue list, which is the contract the incremental roll-up must match.
 *
 * @example
 * applyChangeToIssues(issues, { kind: 'delete', issueId: '10001' })
 */
export type IssueChange = { kind: 'upsert'; issue: PmIssue } | { kind: 'delete'; issueId: string };

/** Upsert replaces every copy of the issue (at its first position) or appends it; delete removes every copy. */
export function applyChangeToIssues(issues: readonly PmIssue[], change: IssueChange): PmIssue[] {
  const id = change.kind === 'upsert' ? change.issue.id : change.issueId;
  const out: PmIssue[] = [];
  let placed = false;
  for (const it of issues) {
    if (it.id !== id) out.push(it);
    else if (change.kind === 'upsert' && !placed) {
      out.push(change.issue);
      placed = true;
    }
  }
  if (change.kind === 'upsert' && !placed) out.push(change.issue);
  return out;
}
