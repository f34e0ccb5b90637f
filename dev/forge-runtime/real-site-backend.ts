import type { JiraActor, JiraBackend } from './jira-backend';

export interface RealSiteOptions {
  /** e.g. `https://your-site.atlassian.net` (a bare host name is accepted). */
  site: string;
  email: string;
  token: string;
  /** Defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

/**
 * Sends the app's Jira requests to a real Jira Cloud site with basic auth
 * (an Atlassian API token).
 *
 * Limitation: an API token acts as one account, so `asUser()` and `asApp()` both
 * run with that account's permissions; the acting user chosen in the local UI
 * does not change what Jira returns. Permission checks that depend on who the
 * user is can only be exercised with the emulator (or in Forge itself).
 */
export function createRealSiteBackend(options: RealSiteOptions): JiraBackend {
  const site = normaliseSite(options.site);
  const authorization = `Basic ${Buffer.from(`${options.email}:${options.token}`).toString('base64')}`;
  const doFetch = options.fetchImpl ?? fetch;
  return {
    label: site,
    async fetch(path: string, init: RequestInit | undefined, _as: JiraActor): Promise<Response> {
      const headers = new Headers(init?.headers);
      headers.set('authorization', authorization);
      if (!headers.has('accept')) headers.set('accept', 'application/json');
      return doFetch(`${site}${path.startsWith('/') ? '' : '/'}${path}`, { ...init, headers });
    },
  };
}

export function normaliseSite(site: string): string {
  const withScheme = /^https?:\/\//i.test(site) ? site : `https://${site}`;
  return withScheme.replace(/\/+$/, '');
}
