import type { JiraActor, JiraBackend } from '../forge-runtime/jira-backend';

/**
 * The few Jira reads the local pages need (project list, issue details, demo
 * issues to open), made through the same backend the app uses, as the acting user.
 */

export interface ProjectInfo {
  id: string;
  key: string;
  name: string;
  projectTypeKey: string;
}

export interface IssueInfo {
  id: string;
  key: string;
  summary: string;
  issueTypeId: string;
  issueTypeName: string;
  hierarchyLevel: number;
  statusName: string;
  statusCategory: string;
  project: ProjectInfo;
}

export interface JiraUserInfo {
  accountId: string;
  displayName: string;
}

type Json = Record<string, unknown>;

export class JiraLookupError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson(jira: JiraBackend, path: string, as: JiraActor, init?: RequestInit): Promise<Json> {
  const response = await jira.fetch(
    path,
    { method: 'GET', ...init, headers: { accept: 'application/json', 'content-type': 'application/json' } },
    as,
  );
  const text = await response.text();
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = JSON.parse(text) as { errorMessages?: string[] };
      if (body.errorMessages?.length) message = body.errorMessages.join(' ');
    } catch {
      // keep the status line
    }
    throw new JiraLookupError(response.status, message);
  }
  return JSON.parse(text) as Json;
}

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

function obj(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

function toProject(raw: Json): ProjectInfo {
  return {
    id: str(raw['id']),
    key: str(raw['key']),
    name: str(raw['name'], str(raw['key'])),
    projectTypeKey: str(raw['projectTypeKey'], 'software'),
  };
}

function toIssue(raw: Json): IssueInfo {
  const fields = obj(raw['fields']);
  const issueType = obj(fields['issuetype']);
  const status = obj(fields['status']);
  return {
    id: str(raw['id']),
    key: str(raw['key']),
    summary: str(fields['summary']),
    issueTypeId: str(issueType['id']),
    issueTypeName: str(issueType['name']),
    hierarchyLevel:
      typeof issueType['hierarchyLevel'] === 'number'
        ? issueType['hierarchyLevel']
        : issueType['subtask'] === true
          ? -1
          : 0,
    statusName: str(status['name']),
    statusCategory: str(obj(status['statusCategory'])['key']),
    project: toProject(obj(fields['project'])),
  };
}

export async function listProjects(jira: JiraBackend, as: JiraActor): Promise<ProjectInfo[]> {
  const projects: ProjectInfo[] = [];
  for (let startAt = 0; startAt < 5000;) {
    const page = await getJson(jira, `/rest/api/3/project/search?startAt=${startAt}&maxResults=50&orderBy=key`, as);
    const values = Array.isArray(page['values']) ? (page['values'] as Json[]) : [];
    projects.push(...values.map(toProject));
    if (page['isLast'] !== false || values.length === 0) break;
    startAt += values.length;
  }
  return projects;
}

export async function getProject(jira: JiraBackend, key: string, as: JiraActor): Promise<ProjectInfo> {
  return toProject(await getJson(jira, `/rest/api/3/project/${encodeURIComponent(key)}`, as));
}

export async function getIssue(jira: JiraBackend, key: string, as: JiraActor): Promise<IssueInfo> {
  return toIssue(
    await getJson(jira, `/rest/api/3/issue/${encodeURIComponent(key)}?fields=summary,issuetype,project,status`, as),
  );
}

export async function getMyself(jira: JiraBackend, as: JiraActor): Promise<JiraUserInfo> {
  const me = await getJson(jira, '/rest/api/3/myself', as);
  return { accountId: str(me['accountId']), displayName: str(me['displayName'], str(me['accountId'])) };
}

async function hasProperty(jira: JiraBackend, issueKey: string, propertyKey: string, as: JiraActor): Promise<boolean> {
  const response = await jira.fetch(
    `/rest/api/3/issue/${encodeURIComponent(issueKey)}/properties/${encodeURIComponent(propertyKey)}`,
    { method: 'GET' },
    as,
  );
  await response.arrayBuffer();
  return response.ok;
}

async function search(jira: JiraBackend, jql: string, as: JiraActor, maxResults: number): Promise<IssueInfo[]> {
  const body = JSON.stringify({ jql, fields: ['summary', 'issuetype', 'project', 'status'], maxResults });
  const page = await getJson(jira, '/rest/api/3/search/jql', as, { method: 'POST', body });
  return (Array.isArray(page['issues']) ? (page['issues'] as Json[]) : []).map(toIssue);
}

/** Like `search`, but a JQL the site rejects (e.g. an issue type it does not have) gives no issues. */
async function searchOrNothing(
  jira: JiraBackend,
  jql: string,
  as: JiraActor,
  maxResults: number,
): Promise<IssueInfo[]> {
  try {
    return await search(jira, jql, as, maxResults);
  } catch (error) {
    if (error instanceof JiraLookupError && error.status === 400) return [];
    throw error;
  }
}

/**
 * Picks a few issues of a project to open issue modules on: an epic and a story
 * (by issue type name, else by hierarchy level), preferring ones that carry the
 * app's issue property (PM data) when `propertyKey` is given.
 */
export async function pickDemoIssues(
  jira: JiraBackend,
  projectKey: string,
  as: JiraActor,
  propertyKey?: string,
): Promise<IssueInfo[]> {
  const scope = `project = "${projectKey}"`;
  let epics = await searchOrNothing(jira, `${scope} AND issuetype = Epic ORDER BY key ASC`, as, 8);
  let stories = await searchOrNothing(jira, `${scope} AND issuetype = Story ORDER BY key ASC`, as, 8);
  if (epics.length === 0 || stories.length === 0) {
    const any = await search(jira, `${scope} ORDER BY key ASC`, as, 100);
    if (epics.length === 0) epics = any.filter((i) => i.hierarchyLevel === 1).slice(0, 8);
    if (stories.length === 0) stories = any.filter((i) => i.hierarchyLevel === 0).slice(0, 8);
    if (epics.length === 0 && stories.length === 0) return any.slice(0, 1);
  }
  const chosen: IssueInfo[] = [];
  for (const candidates of [epics, stories]) {
    let pick = candidates[0];
    if (propertyKey) {
      for (const candidate of candidates) {
        if (await hasProperty(jira, candidate.key, propertyKey, as)) {
          pick = candidate;
          break;
        }
      }
    }
    if (pick) chosen.push(pick);
  }
  return chosen;
}
