/** Jira's error body: `{errorMessages: string[], errors: {field: message}}`. */
export interface JiraErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

/** Thrown by handlers; the router turns it into a Jira error response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: JiraErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.errorMessages[0] ?? Object.values(body.errors)[0] ?? `HTTP ${status}`);
  }
}

export function httpError(status: number, message: string, headers?: Record<string, string>): HttpError {
  return new HttpError(status, { errorMessages: [message], errors: {} }, headers);
}

/** A 400 with per-field errors, as Jira answers invalid create/edit payloads. */
export function fieldErrors(errors: Record<string, string>, status = 400): HttpError {
  return new HttpError(status, { errorMessages: [], errors });
}

export const MESSAGES = {
  notAuthenticated: 'You are not authenticated. Authentication required to perform this operation.',
  badCredentials: 'Client must be authenticated to access this resource.',
  issueNotFound: 'Issue does not exist or you do not have permission to see it.',
  unbounded: 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
  searchRemoved:
    'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
  badJson: 'The request body is not valid JSON.',
  rateLimited: 'Rate limit exceeded.',
  cannotEditIssues: 'You do not have permission to edit issues in this project.',
  cannotEditIssue: 'You do not have permission to edit this issue.',
} as const;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
  });
}

export function noContent(status = 204): Response {
  return new Response(null, { status });
}

export function errorResponse(err: HttpError): Response {
  return json(err.status, err.body, err.headers);
}
