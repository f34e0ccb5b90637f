import { ROLLUP_PROPERTY_KEY } from '../../src/contract/rollup-property';
import type { JiraActor, JiraBackend } from '../forge-runtime/jira-backend';
import type { SearchRow } from './issue-search-page';

const PAGE = 50;

/** The first page of a JQL search as the acting user, with each issue's roll-up property; Jira's error text when it refuses. */
export async function runIssueSearch(
  jira: JiraBackend,
  jql: string,
  as: JiraActor,
): Promise<{ rows: SearchRow[]; more: boolean } | { error: string }> {
  const response = await jira.fetch(
    '/rest/api/3/search/jql',
    {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({
        jql,
        fields: ['summary', 'issuetype', 'status'],
        properties: [ROLLUP_PROPERTY_KEY],
        maxResults: PAGE,
      }),
    },
    as,
  );
  const body = (await response.json().catch(() => ({}))) as {
    errorMessages?: string[];
    issues?: {
      key: string;
      fields: { summary?: string; issuetype?: { name?: string }; status?: { name?: string } };
      properties?: Record<string, SearchRow['rollup'] | undefined>;
    }[];
    isLast?: boolean;
  };
  if (!response.ok) return { error: body.errorMessages?.join(' ') || `Jira answered ${response.status}.` };
  const rows = (body.issues ?? []).map((i) => ({
    key: i.key,
    summary: i.fields.summary ?? '',
    issueType: i.fields.issuetype?.name ?? '',
    status: i.fields.status?.name ?? '',
    rollup: i.properties?.[ROLLUP_PROPERTY_KEY] ?? {},
  }));
  return { rows, more: body.isLast === false };
}
