/**
 * A small, hand-checked set of issues for the JQL engine tests. "Now" is 2024-06-15T12:00:00Z and the
 * caller is alice (acc-alice).
 *
 * | key    | id  | type     | status (category)         | parent | labels            | components | assignee | reporter | created            | due        | resolved         | pm.index.score | tier   |
 * | ABC-1  | 101 | Epic     | In Progress (indeterminate) | -    | ux, Q3            | Web        | alice    | bob      | 2024-06-01T09:00Z  | 2024-06-30 | -                | 42             | Gold   |
 * | ABC-2  | 102 | Story    | To Do (new)               | ABC-1  | payments          | Web, API   | bob      | alice    | 2024-06-08T12:00Z  | 2024-06-15 | -                | 7.5            | silver |
 * | ABC-9  | 103 | Story    | Done (done)               | ABC-1  | -                 | -          | -        | alice    | 2024-05-01T00:00Z  | -          | 2024-05-20T16:30 | 7.5            | Gold   |
 * | ABC-10 | 110 | Sub-task | Backlog (new)             | ABC-2  | payments, security| -          | alice    | bob      | 2024-06-14T23:30Z  | 2024-07-01 | -                | (no property)  | -      |
 * | XYZ-1  | 201 | Epic     | In Progress (indeterminate) | -    | ux                | Mobile     | -        | bob      | 2024-01-10T08:00Z  | -          | -                | 100            | bronze |
 * | XYZ-2  | 202 | Story    | Done (done)               | XYZ-1  | UX                | -          | bob      | alice    | 2024-02-02T00:00Z  | 2024-02-15 | 2024-02-20T10:00 | -3             | -      |
 */
import { compileJql, type JqlAlias, type JqlContext, type JqlIssueView } from '../../../../dev/emulator/jql';

export const NOW = new Date('2024-06-15T12:00:00.000Z');
export const ALICE = 'acc-alice';
export const BOB = 'acc-bob';

const PROJECTS = [
  { id: '10000', key: 'ABC', name: 'Alpha' },
  { id: '10001', key: 'XYZ', name: 'Xylophone' },
];
const TYPES = { epic: ['10100', 'Epic'], story: ['10101', 'Story'], subtask: ['10102', 'Sub-task'] } as const;
const STATUSES = {
  todo: ['1', 'To Do', 'new', 'To Do'],
  progress: ['3', 'In Progress', 'indeterminate', 'In Progress'],
  done: ['10002', 'Done', 'done', 'Done'],
  backlog: ['10003', 'Backlog', 'new', 'To Do'],
} as const;

function issue(
  id: string,
  key: string,
  type: keyof typeof TYPES,
  status: keyof typeof STATUSES,
  fields: Partial<JqlIssueView> & Pick<JqlIssueView, 'summary' | 'created' | 'updated'>,
): JqlIssueView {
  const projectKey = key.split('-')[0] as string;
  const project = PROJECTS.find((p) => p.key === projectKey);
  if (!project) throw new Error(`no project ${projectKey}`);
  const [issueTypeId, issueTypeName] = TYPES[type];
  const [statusId, statusName, statusCategoryKey, statusCategoryName] = STATUSES[status];
  return {
    id,
    key,
    projectId: project.id,
    projectKey: project.key,
    projectName: project.name,
    issueTypeId,
    issueTypeName,
    statusId,
    statusName,
    statusCategoryKey,
    statusCategoryName,
    labels: [],
    components: [],
    fixVersions: [],
    // Never ranked: Jira's order of creation, as the emulator's default (dev/emulator/rank-order.ts).
    rank: id.padStart(8, '0'),
    properties: {},
    ...fields,
  };
}

export const ISSUES: JqlIssueView[] = [
  issue('101', 'ABC-1', 'epic', 'progress', {
    summary: 'Checkout redesign',
    labels: ['ux', 'Q3'],
    components: ['Web'],
    fixVersions: [{ id: '30003', name: '2.5' }],
    assigneeAccountId: ALICE,
    reporterAccountId: BOB,
    created: '2024-06-01T09:00:00.000+0000',
    updated: '2024-06-14T10:00:00.000Z',
    duedate: '2024-06-30',
    properties: {
      pm: { index: { score: 42, tier: 'Gold', owner: BOB, notes: 'Large revenue upside', reviewed: '2024-06-10' } },
    },
  }),
  issue('102', 'ABC-2', 'story', 'todo', {
    summary: 'Add Apple Pay to checkout',
    labels: ['payments'],
    components: ['Web', 'API'],
    fixVersions: [
      { id: '30003', name: '2.5' },
      { id: '30004', name: 'Ideas' },
    ],
    parentId: '101',
    parentKey: 'ABC-1',
    assigneeAccountId: BOB,
    reporterAccountId: ALICE,
    created: '2024-06-08T12:00:00.000Z',
    updated: '2024-06-15T08:00:00.000Z',
    duedate: '2024-06-15',
    properties: { pm: { index: { score: 7.5, tier: 'silver', notes: ['Wallet support', 'needs legal'] } } },
  }),
  issue('103', 'ABC-9', 'story', 'done', {
    summary: 'Checkout error messages are unclear',
    parentId: '101',
    parentKey: 'ABC-1',
    reporterAccountId: ALICE,
    created: '2024-05-01T00:00:00.000Z',
    updated: '2024-05-20T16:30:00.000Z',
    resolved: '2024-05-20T16:30:00.000Z',
    properties: { pm: { index: { score: 7.5, tier: 'Gold' } } },
  }),
  issue('110', 'ABC-10', 'subtask', 'backlog', {
    summary: 'Payment token storage',
    labels: ['payments', 'security'],
    parentId: '102',
    parentKey: 'ABC-2',
    assigneeAccountId: ALICE,
    reporterAccountId: BOB,
    created: '2024-06-14T23:30:00.000Z',
    updated: '2024-06-14T23:30:00.000Z',
    duedate: '2024-07-01',
  }),
  issue('201', 'XYZ-1', 'epic', 'progress', {
    summary: 'Onboarding flow',
    labels: ['ux'],
    components: ['Mobile'],
    reporterAccountId: BOB,
    created: '2024-01-10T08:00:00.000Z',
    updated: '2024-03-01T00:00:00.000Z',
    properties: { pm: { index: { score: 100, tier: 'bronze', owner: ALICE } } },
  }),
  issue('202', 'XYZ-2', 'story', 'done', {
    summary: 'Full screen onboarding tour',
    labels: ['UX'],
    parentId: '201',
    parentKey: 'XYZ-1',
    assigneeAccountId: BOB,
    reporterAccountId: ALICE,
    created: '2024-02-02T00:00:00.000Z',
    updated: '2024-02-20T10:00:00.000Z',
    duedate: '2024-02-15',
    resolved: '2024-02-20T10:00:00.000Z',
    properties: { pm: { index: { score: -3, notes: 'Needs copy review', tags: ['alpha', 'beta'] } } },
  }),
];

export const ALIASES: JqlAlias[] = [
  { alias: 'score', propertyKey: 'pm', path: 'index.score', type: 'number' },
  { alias: 'tier', propertyKey: 'pm', path: 'index.tier', type: 'string' },
  { alias: 'owner', propertyKey: 'pm', path: 'index.owner', type: 'user' },
  { alias: 'notes', propertyKey: 'pm', path: 'index.notes', type: 'text' },
  { alias: 'reviewed', propertyKey: 'pm', path: 'index.reviewed', type: 'date' },
  { alias: 'pmTags', propertyKey: 'pm', path: 'index.tags', type: 'string' },
];

export function makeContext(overrides: Partial<JqlContext> = {}): JqlContext {
  return {
    currentAccountId: ALICE,
    aliases: ALIASES,
    now: NOW,
    resolveIssueId: (keyOrId) => ISSUES.find((i) => i.key === keyOrId || i.id === keyOrId)?.id,
    projectExists: (value) =>
      PROJECTS.some(
        (p) =>
          p.id === value || p.key.toLowerCase() === value.toLowerCase() || p.name.toLowerCase() === value.toLowerCase(),
      ),
    ...overrides,
  };
}

/** A context that also checks issue types, statuses, components and users, as Jira does. */
export function makeCheckingContext(): JqlContext {
  const known: Record<string, string[]> = {
    issuetype: Object.values(TYPES).flatMap(([id, name]) => [id, name.toLowerCase()]),
    status: Object.values(STATUSES).flatMap(([id, name]) => [id, name.toLowerCase()]),
    component: ['web', 'api', 'mobile'],
    assignee: [ALICE, BOB],
    reporter: [ALICE, BOB],
  };
  return makeContext({
    valueExists: (field, value) =>
      (known[field] ?? []).includes(field === 'assignee' || field === 'reporter' ? value : value.toLowerCase()),
  });
}

/** Keys of the fixture issues the query matches, in the query's order. */
export function search(jql: string, ctx: JqlContext = makeContext(), issues: JqlIssueView[] = ISSUES): string[] {
  const compiled = compileJql(jql, ctx);
  return issues
    .filter((i) => compiled.matches(i))
    .sort((a, b) => compiled.compare(a, b))
    .map((i) => i.key);
}

/** The message of the JqlError a query raises (fails the test when it raises nothing or something else). */
export function errorOf(jql: string, ctx: JqlContext = makeContext()): string {
  try {
    compileJql(jql, ctx);
  } catch (error) {
    if (error instanceof Error && error.name === 'JqlError') return error.message;
    throw error;
  }
  throw new Error(`expected a JqlError for: ${jql}`);
}
