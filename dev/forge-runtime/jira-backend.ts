/**
 * Who a Jira request acts as. `asUser()` in @forge/api maps to `user` (the invoking
 * user's permissions), `asApp()` to `app`.
 */
export type JiraActor = { kind: 'user'; accountId: string } | { kind: 'app' };

/** Where product requests from the app go: the embedded emulator or a real site. */
export interface JiraBackend {
  /** `path` is the Jira REST path with query string, e.g. `/rest/api/3/myself`. */
  fetch(path: string, init: RequestInit | undefined, as: JiraActor): Promise<Response>;
  /** A short description for logs, e.g. `emulator` or `https://x.atlassian.net`. */
  readonly label: string;
}
