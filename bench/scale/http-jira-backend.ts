import type { JiraActor, JiraBackend } from '../../dev/forge-runtime/jira-backend';

/**
 * Sends the app's Jira requests over loopback HTTP to the Jira process, as
 * `dev/forge-runtime/emulator-backend.ts` does in process: asUser with that
 * user's basic auth, asApp with the app's secret.
 */
export function httpJiraBackend(
  url: string,
  appAuthorization: string,
  authorizations: Record<string, string>,
): JiraBackend {
  return {
    label: `emulator at ${url}`,
    fetch(path: string, init: RequestInit | undefined, as: JiraActor): Promise<Response> {
      const headers = new Headers(init?.headers);
      const auth = as.kind === 'app' ? appAuthorization : authorizations[as.accountId];
      if (auth !== undefined) headers.set('authorization', auth);
      return fetch(`${url}${path.startsWith('/') ? '' : '/'}${path}`, { ...init, headers });
    },
  };
}

/** A request to the site's Jira as a person (what curl or jira.js would send): the bench's own edits and checks. */
export async function jiraAsUser(
  url: string,
  authorization: string,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', authorization);
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json');
  return fetch(`${url}${path}`, { ...init, headers });
}
