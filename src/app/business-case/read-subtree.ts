import type { JiraGateway, JiraIssue } from '../../ports/jira-gateway';
import { jqlString, readAllIssues, type ReadOutcome } from '../shared/read-all-issues';

/** Levels walked below the root (initiative > epic > story > sub-task, and one to spare). */
const MAX_DEPTH = 5;
/** Parent keys per `parent in (...)` search. */
const KEYS_PER_SEARCH = 50;
/** Past this many descendants the read stops and says so (a 25 s invocation must finish). */
export const SUBTREE_MAX_ISSUES = 5000;

export interface SubtreeRead extends ReadOutcome {
  /** The descendants the caller can see (the root not included). */
  issues: JiraIssue[];
}

/**
 * The issues below `rootKey`, level by level with `parent in (...)` searches as the caller,
 * so only what they may browse counts. A read that stops early (rate limit, outage, size)
 * says so; the business case then answers `incomplete` rather than a smaller investment.
 */
export async function readSubtree(jira: JiraGateway, rootKey: string): Promise<SubtreeRead> {
  const issues: JiraIssue[] = [];
  const seen = new Set<string>([rootKey]);
  let frontier = [rootKey];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (let start = 0; start < frontier.length; start += KEYS_PER_SEARCH) {
      const keys = frontier
        .slice(start, start + KEYS_PER_SEARCH)
        .map(jqlString)
        .join(', ');
      const read = await readAllIssues(jira, `parent in (${keys})`, 'user');
      for (const record of read.issues) {
        if (seen.has(record.issue.key)) continue;
        seen.add(record.issue.key);
        issues.push(record);
        next.push(record.issue.key);
      }
      if (!read.complete)
        return {
          issues,
          complete: false,
          ...(read.note ? { note: read.note } : {}),
          ...(read.retryAfterSeconds !== undefined ? { retryAfterSeconds: read.retryAfterSeconds } : {}),
        };
      if (issues.length > SUBTREE_MAX_ISSUES) {
        return {
          issues,
          complete: false,
          note: `This item has more than ${SUBTREE_MAX_ISSUES} issues below it; the effort counts only the first ones read.`,
        };
      }
    }
    frontier = next;
  }
  return { issues, complete: true };
}
