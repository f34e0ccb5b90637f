/**
 * Failures a JiraGateway reports in terms the use cases act on. Adapters
 * translate HTTP statuses into these; nothing above the adapters sees HTTP.
 */
export class JiraRateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message);
    this.name = 'JiraRateLimitedError';
  }
}

/** Jira kept failing (5xx or network) past the retry budget. */
export class JiraUnavailableError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'JiraUnavailableError';
  }
}

/** Jira answered 400 (bad JQL, bad body). `messages` are Jira's own words. */
export class JiraBadRequestError extends Error {
  constructor(
    message: string,
    readonly messages: string[],
  ) {
    super(message);
    this.name = 'JiraBadRequestError';
  }
}

/** 401 / 403 from Jira. */
export class JiraForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JiraForbiddenError';
  }
}

/** Jira answered something that does not match the schema the app relies on. */
export class JiraResponseShapeError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'JiraResponseShapeError';
  }
}
