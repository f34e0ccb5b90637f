import type { Dataset, DatasetProject, DatasetUser, DatasetVersion } from '../dataset/dataset-schema';

/** Builders for the small Jira REST v3 objects that appear inside issues and lists. */

type IssueType = Dataset['issueTypes'][number];
type Status = Dataset['statuses'][number];
type Field = Dataset['fields'][number];
type LinkType = Dataset['issueLinkTypes'][number];
export type CategoryKey = Status['statusCategory'];

export const API = '/rest/api/3';

export const STATUS_CATEGORIES = [
  { id: 1, key: 'undefined', colorName: 'medium-gray', name: 'No Category' },
  { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  { id: 3, key: 'done', colorName: 'green', name: 'Done' },
] as const;

/** Jira's timestamp format: `2024-05-01T09:30:00.000+0000` (UTC here). */
export function jiraDateTime(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}

/** An icon URL served by the emulator itself (GET .../universal_avatar/..., no auth, SVG). */
export function avatarUrl(origin: string, type: 'issuetype' | 'project' | 'user', id: string): string {
  return `${origin}${API}/universal_avatar/view/type/${type}/avatar/${encodeURIComponent(id)}?size=medium`;
}

function avatarUrls(origin: string, type: 'project' | 'user', id: string): Record<string, string> {
  const url = avatarUrl(origin, type, id);
  return { '48x48': url, '24x24': url, '16x16': url, '32x32': url };
}

export function statusCategoryJson(origin: string, key: CategoryKey | 'undefined') {
  const c = STATUS_CATEGORIES.find((x) => x.key === key) ?? STATUS_CATEGORIES[0];
  return { self: `${origin}${API}/statuscategory/${c.id}`, id: c.id, key: c.key, colorName: c.colorName, name: c.name };
}

export function statusJson(origin: string, s: Status) {
  return {
    self: `${origin}${API}/status/${s.id}`,
    description: '',
    iconUrl: `${origin}/images/icons/statuses/generic.png`,
    name: s.name,
    untranslatedName: s.name,
    id: s.id,
    statusCategory: statusCategoryJson(origin, s.statusCategory),
  };
}

export function issueTypeJson(origin: string, t: IssueType) {
  return {
    self: `${origin}${API}/issuetype/${t.id}`,
    id: t.id,
    description: t.description,
    iconUrl: avatarUrl(origin, 'issuetype', t.id),
    name: t.name,
    untranslatedName: t.name,
    subtask: t.subtask,
    hierarchyLevel: t.hierarchyLevel,
  };
}

export function projectRefJson(origin: string, p: DatasetProject) {
  return {
    self: `${origin}${API}/project/${p.id}`,
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: p.projectTypeKey,
    simplified: p.style === 'next-gen',
    avatarUrls: avatarUrls(origin, 'project', p.key),
  };
}

export function userJson(origin: string, u: DatasetUser) {
  return {
    self: `${origin}${API}/user?accountId=${encodeURIComponent(u.accountId)}`,
    accountId: u.accountId,
    accountType: 'atlassian' as const,
    emailAddress: u.emailAddress,
    avatarUrls: avatarUrls(origin, 'user', u.accountId),
    displayName: u.displayName,
    active: true,
    timeZone: 'Etc/UTC',
    locale: 'en_US',
  };
}

export function linkTypeJson(origin: string, t: LinkType) {
  return {
    id: t.id,
    name: t.name,
    inward: t.inward,
    outward: t.outward,
    self: `${origin}${API}/issueLinkType/${t.id}`,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Jira's "user" date (the site's Day/Month/Year format, e.g. 15/Dec/26) of a yyyy-mm-dd day. */
const userDate = (day: string) =>
  `${Number(day.slice(8, 10))}/${MONTHS[Number(day.slice(5, 7)) - 1]}/${day.slice(2, 4)}`;

/**
 * A version as Jira returns it: in an issue's `fixVersions` the short form (no project,
 * no start date); from `GET /project/{key}/versions` the full one, with `overdue` for an
 * unreleased version whose release day has passed (`today`, yyyy-mm-dd).
 */
export function versionJson(origin: string, v: DatasetVersion, full?: { today: string }) {
  const short = {
    self: `${origin}${API}/version/${v.id}`,
    id: v.id,
    description: v.description,
    name: v.name,
    archived: v.archived,
    released: v.released,
    ...(v.releaseDate ? { releaseDate: v.releaseDate } : {}),
  };
  if (!full) return short;
  return {
    ...short,
    ...(v.startDate ? { startDate: v.startDate, userStartDate: userDate(v.startDate) } : {}),
    ...(v.releaseDate
      ? { userReleaseDate: userDate(v.releaseDate), ...(v.released ? {} : { overdue: v.releaseDate < full.today }) }
      : {}),
    projectId: Number(v.projectId),
  };
}

/** System fields the emulator knows, as `GET /field` lists them. */
export const SYSTEM_FIELDS: readonly Field[] = [
  { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
  { id: 'issuetype', name: 'Issue Type', custom: false, schema: { type: 'issuetype', system: 'issuetype' } },
  { id: 'project', name: 'Project', custom: false, schema: { type: 'project', system: 'project' } },
  { id: 'status', name: 'Status', custom: false, schema: { type: 'status', system: 'status' } },
  { id: 'parent', name: 'Parent', custom: false },
  { id: 'labels', name: 'Labels', custom: false, schema: { type: 'array', items: 'string', system: 'labels' } },
  {
    id: 'components',
    name: 'Components',
    custom: false,
    schema: { type: 'array', items: 'component', system: 'components' },
  },
  { id: 'assignee', name: 'Assignee', custom: false, schema: { type: 'user', system: 'assignee' } },
  { id: 'reporter', name: 'Reporter', custom: false, schema: { type: 'user', system: 'reporter' } },
  { id: 'created', name: 'Created', custom: false, schema: { type: 'datetime', system: 'created' } },
  { id: 'updated', name: 'Updated', custom: false, schema: { type: 'datetime', system: 'updated' } },
  { id: 'resolution', name: 'Resolution', custom: false, schema: { type: 'resolution', system: 'resolution' } },
  { id: 'resolutiondate', name: 'Resolved', custom: false, schema: { type: 'datetime', system: 'resolutiondate' } },
  { id: 'duedate', name: 'Due date', custom: false, schema: { type: 'date', system: 'duedate' } },
  {
    id: 'fixVersions',
    name: 'Fix versions',
    custom: false,
    schema: { type: 'array', items: 'version', system: 'fixVersions' },
  },
  {
    id: 'issuelinks',
    name: 'Linked Issues',
    custom: false,
    schema: { type: 'array', items: 'issuelinks', system: 'issuelinks' },
  },
  {
    id: 'subtasks',
    name: 'Sub-tasks',
    custom: false,
    schema: { type: 'array', items: 'issuelinks', system: 'subtasks' },
  },
];

const CLAUSE_NAMES: Record<string, string[]> = {
  summary: ['summary'],
  issuetype: ['issuetype', 'type'],
  project: ['project'],
  status: ['status'],
  parent: ['parent'],
  labels: ['labels'],
  components: ['component'],
  assignee: ['assignee'],
  reporter: ['reporter'],
  created: ['created', 'createdDate'],
  updated: ['updated', 'updatedDate'],
  resolution: ['resolution'],
  resolutiondate: ['resolved', 'resolutiondate'],
  duedate: ['due', 'duedate'],
  issuelinks: ['issueLink'],
  subtasks: ['subtasks'],
};

export function fieldJson(f: Field) {
  const customId = f.custom ? (f.schema?.customId ?? Number(f.id.replace(/^customfield_/, ''))) : undefined;
  const clauseNames = f.custom ? [`cf[${customId}]`, f.name] : (CLAUSE_NAMES[f.id] ?? [f.id]);
  return {
    id: f.id,
    key: f.id,
    name: f.name,
    untranslatedName: f.name,
    custom: f.custom,
    orderable: f.id !== 'created' && f.id !== 'updated' && f.id !== 'subtasks',
    navigable: true,
    searchable: true,
    clauseNames,
    ...(f.schema ? { schema: f.schema } : {}),
  };
}
