import { JiraRateLimitedError, JiraUnavailableError } from '../../ports/jira-errors';
import type { Actor, JiraGateway, JiraIssue } from '../../ports/jira-gateway';

/**
 * Every issue a JQL search returns, following `nextPageToken` to the end.
 * When Jira keeps rate-limiting or failing past the retry budget, the read
 * stops and says so (`complete: false`) with what it had: callers answer
 * `incomplete` rather than a silently partial number.
 */
export interface IssueRead {
  issues: JiraIssue[];
  complete: boolean;
  /** Why the read stopped early, in words a person can act on. */
  note?: string;
  retryAfterSeconds?: number;
}

export async function readAllIssues(jira: JiraGateway, jql: string, as: Actor): Promise<IssueRead> {
  const issues: JiraIssue[] = [];
  try {
    for await (const page of jira.searchIssues(jql, { as })) issues.push(...page.issues);
    return { issues, complete: true };
  } catch (error) {
    if (error instanceof JiraRateLimitedError) {
      return {
        issues,
        complete: false,
        note: 'Jira is rate-limiting the app; some issues could not be read. Try again in a minute.',
        ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      };
    }
    if (error instanceof JiraUnavailableError) {
      return { issues, complete: false, note: 'Jira did not answer every request; some issues could not be read. Try again shortly.' };
    }
    throw error;
  }
}

/** JQL string literal with Jira's escaping. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
