import { ADMIN } from '../../../dev/demo-data/users';
import { STORY_POINTS_FIELD } from '../../../dev/demo-data/generate-demo-dataset';
import type { AppSide } from '../app-side';
import { jiraAsUser } from '../http-jira-backend';

const adminAuth = (side: AppSide): string => side.info.authorizations[ADMIN.accountId] as string;

/** Ids of up to `count` stories of the project, in key order (the bench's own search, as an admin, not counted). */
export async function storiesOf(side: AppSide, projectKey: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  let nextPageToken: string | undefined;
  do {
    const response = await jiraAsUser(side.info.url, adminAuth(side), '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({
        jql: `project = ${projectKey} AND issuetype = Story ORDER BY key ASC`,
        maxResults: 5000,
        ...(nextPageToken ? { nextPageToken } : {}),
      }),
    });
    if (!response.ok) throw new Error(`search for stories answered ${response.status}`);
    const page = (await response.json()) as { issues: { id: string }[]; nextPageToken?: string };
    ids.push(...page.issues.map((i) => i.id));
    nextPageToken = page.nextPageToken;
  } while (nextPageToken && ids.length < count);
  return ids.slice(0, count);
}

/** Sets an issue's story points as a Jira admin would in Jira (a change the roll-up must follow). */
/** The bench's own edits re-sent after the connection to the Jira process dropped (reported in the profile). */
export const editResends = { count: 0 };

/**
 * Sets an issue's story points as the admin. The PUT is idempotent, so when the loaded Jira
 * process drops or refuses the connection (undici's `fetch failed`: socket closed, connect
 * timeout) the bench re-sends it, up to 5 times: these are the bench's requests, not the app's
 * (the app's Jira calls go through its own retry policy and are counted there).
 */
export async function setStoryPoints(side: AppSide, issueId: string, points: number): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await jiraAsUser(side.info.url, adminAuth(side), `/rest/api/3/issue/${issueId}`, {
        method: 'PUT',
        body: JSON.stringify({ fields: { [STORY_POINTS_FIELD]: points } }),
      });
      return response.status;
    } catch (error) {
      if (!(error instanceof TypeError) || attempt >= 5) throw error;
      editResends.count += 1;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** Waits until Jira's events for the edits have reached the runtime (they come over IPC), then until it is idle, at most `capMs`. */
export async function settle(side: AppSide, eventsExpected: number, capMs: number): Promise<boolean> {
  const deadline = Date.now() + capMs;
  while (side.eventsReceived() < eventsExpected && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const idle = side.runtime.idle().then(() => true);
  const timeout = new Promise<boolean>((resolve) =>
    setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())).unref(),
  );
  return Promise.race([idle, timeout]);
}
