import type { Coverage } from '../../contract/views';
import { JiraRateLimitedError, JiraUnavailableError } from '../../ports/jira-errors';
import type { Actor, JiraGateway, JiraIssue } from '../../ports/jira-gateway';
import { incomplete } from './app-error';

/**
 * Every issue a JQL search returns, following `nextPageToken` to the end.
 * When Jira keeps rate-limiting or failing past the retry budget, the read
 * stops and says so (`complete: false`) with what it had: callers answer
 * `incomplete` rather than a silently partial number.
 */
export interface ReadOutcome {
  complete: boolean;
  /** Why the read stopped early, in words a person can act on. */
  note?: string;
  retryAfterSeconds?: number;
}

export interface IssueRead extends ReadOutcome {
  issues: JiraIssue[];
}

export async function readAllIssues(jira: JiraGateway, jql: string, as: Actor, reconcileIssues: string[] = []): Promise<IssueRead> {
  const issues: JiraIssue[] = [];
  try {
    for await (const page of jira.searchIssues(jql, { as, ...(reconcileIssues.length > 0 ? { reconcileIssues } : {}) })) issues.push(...page.issues);
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

/**
 * Every issue of one project, in key order (the partition the dashboard, portfolio and roll-ups read).
 * `reconcileIssues`: ids just changed (an issue event's), so the eventually consistent search includes their change.
 */
export function readProjectIssues(jira: JiraGateway, projectKey: string, as: Actor, reconcileIssues: string[] = []): Promise<IssueRead> {
  return readAllIssues(jira, `project = ${jqlString(projectKey)} ORDER BY key ASC`, as, reconcileIssues);
}

export function coverageOf(outcome: ReadOutcome, issuesRead: number): Coverage {
  return { complete: outcome.complete, issuesRead, ...(outcome.note ? { note: outcome.note } : {}) };
}

/** The view when everything was read; otherwise `incomplete` carrying the view as `details.partial`. */
export function completeOrIncomplete<T>(view: T, outcome: ReadOutcome): T {
  if (!outcome.complete) throw incomplete(view, outcome.note, outcome.retryAfterSeconds);
  return view;
}

/** JQL string literal with Jira's escaping. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
