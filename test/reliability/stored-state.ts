import type { Harness } from '../integration/resolvers/resolver-harness';
import { ADMIN_ID, jiraAs } from '../integration/resolvers/resolver-harness';

/**
 * Everything the app can have changed, as text: every issue of every project with all
 * fields and properties (read as the admin, who browses every project) and every key
 * and value of the app's KVS. Two equal texts = byte-identical stored state.
 */
export async function storedState(h: Harness): Promise<string> {
  const keys = h.emulator.projects().map((p) => p.key);
  const jql = `project in (${keys.join(', ')}) ORDER BY key ASC`;
  const issues: unknown[] = [];
  let token: string | undefined;
  do {
    const query = new URLSearchParams({
      jql,
      fields: '*all',
      properties: '*all',
      maxResults: '100',
      ...(token ? { nextPageToken: token } : {}),
    });
    const response = await jiraAs(h, ADMIN_ID, `/rest/api/3/search/jql?${query}`);
    if (response.status !== 200)
      throw new Error(`snapshot search answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as { issues: unknown[]; nextPageToken?: string; isLast?: boolean };
    issues.push(...page.issues);
    token = page.isLast ? undefined : page.nextPageToken;
  } while (token);

  const kvs: unknown[] = [];
  let after: string | undefined;
  do {
    const response = await h.kvs.fetch('/api/v1/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ limit: 100, ...(after ? { after } : {}) }),
    });
    if (response.status !== 200)
      throw new Error(`snapshot KVS query answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as { data: unknown[]; cursor?: string };
    kvs.push(...page.data);
    after = page.cursor;
  } while (after);
  return JSON.stringify({ issues, kvs });
}
