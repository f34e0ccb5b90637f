/**
 * Jira's system fields the emulator searches, by every JQL name Jira accepts for them (any case).
 * Operators per field follow Jira Cloud's JQL field reference: e.g. `summary` only takes `~`/`!~`,
 * `key` takes comparisons but not IS, `parent` and `statusCategory` take =, !=, IN, NOT IN.
 */
import {
  EMPTINESS,
  EQUALITY,
  RELATIONAL,
  checkExists,
  compareNumbers,
  compareText,
  dateAtomValue,
  identityField,
  issueIdOf,
  lowerJoined,
  orderedField,
  ops,
  plainValue,
  testRelational,
  textField,
  userAtomTokens,
  cachedInstant,
  type CompileEnv,
  type FieldDef,
} from './field-kinds';
import { isNumericId, issueKeySortKey, parseIssueKey } from './issue-key';
import { validationErrors } from './jql-error';
import type { JqlIssueView } from './types';

const STATUS_CATEGORIES = new Map<string, JqlIssueView['statusCategoryKey'] | 'undefined'>(
  Object.entries({
    'to do': 'new',
    new: 'new',
    '2': 'new',
    'in progress': 'indeterminate',
    indeterminate: 'indeterminate',
    '4': 'indeterminate',
    done: 'done',
    '3': 'done',
    // Jira's fourth category: no status is in it, so it matches nothing.
    'no category': 'undefined',
    undefined: 'undefined',
    '1': 'undefined',
  } as const),
);
const CATEGORY_ORDER: Record<string, number> = { new: 0, indeterminate: 1, done: 2 };

export type SystemBuilder = (env: CompileEnv, display: string) => FieldDef;

function dateField(
  canonical: string,
  read: (issue: JqlIssueView) => string | undefined,
  direction: 'ASC' | 'DESC',
): SystemBuilder {
  return (env, display) =>
    orderedField({
      canonical,
      display,
      operators: ops(...EQUALITY, ...EMPTINESS, ...RELATIONAL),
      values: (issue) => {
        const ms = cachedInstant(env, read(issue));
        return ms === undefined ? [] : [ms];
      },
      atomValue: dateAtomValue(env, display),
      defaultDirection: direction,
    });
}

function userField(
  canonical: 'assignee' | 'reporter',
  read: (issue: JqlIssueView) => string | undefined,
): SystemBuilder {
  return (env, display) =>
    identityField({
      canonical,
      display,
      operators: ops(...EQUALITY, ...EMPTINESS),
      resolve: userAtomTokens(env, canonical, display),
      tokens: (issue) => [read(issue)],
      sort: { key: (issue) => read(issue), compare: compareText },
    });
}

const project: SystemBuilder = (env, display) =>
  identityField({
    canonical: 'project',
    display,
    operators: ops(...EQUALITY, ...EMPTINESS),
    resolve: (atom) => {
      const value = plainValue(atom, display);
      if (!env.ctx.projectExists(value)) throw validationErrors.valueDoesNotExist(value, display);
      return [value.toLowerCase()];
    },
    tokens: (issue) => [issue.projectKey.toLowerCase(), issue.projectId, issue.projectName.toLowerCase()],
    sort: { key: (issue) => issue.projectName.toLowerCase(), compare: compareText },
  });

const issueType: SystemBuilder = (env, display) =>
  identityField({
    canonical: 'issuetype',
    display,
    operators: ops(...EQUALITY, ...EMPTINESS),
    resolve: (atom) => {
      const value = plainValue(atom, display);
      checkExists(env, 'issuetype', value, display);
      return [value.toLowerCase()];
    },
    tokens: (issue) => [issue.issueTypeId, issue.issueTypeName.toLowerCase()],
    sort: { key: (issue) => issue.issueTypeName.toLowerCase(), compare: compareText },
  });

const status: SystemBuilder = (env, display) =>
  identityField({
    canonical: 'status',
    display,
    operators: ops(...EQUALITY, ...EMPTINESS),
    resolve: (atom) => {
      const value = plainValue(atom, display);
      checkExists(env, 'status', value, display);
      return [value.toLowerCase()];
    },
    tokens: (issue) => [issue.statusId, issue.statusName.toLowerCase()],
    // Jira sorts statuses by their configured order; the emulator uses category, then name.
    sort: {
      key: (issue) => `${CATEGORY_ORDER[issue.statusCategoryKey] ?? 9}:${issue.statusName.toLowerCase()}`,
      compare: compareText,
    },
  });

const statusCategory: SystemBuilder = (_env, display) =>
  identityField({
    canonical: 'statusCategory',
    display,
    operators: ops(...EQUALITY),
    resolve: (atom) => {
      const value = plainValue(atom, display);
      const category = STATUS_CATEGORIES.get(value.trim().toLowerCase());
      if (category === undefined) throw validationErrors.valueDoesNotExist(value, display);
      return [category];
    },
    tokens: (issue) => [issue.statusCategoryKey],
    sort: { key: (issue) => CATEGORY_ORDER[issue.statusCategoryKey] ?? 9, compare: compareNumbers },
  });

const parent: SystemBuilder = (env, display) =>
  identityField({
    canonical: 'parent',
    display,
    operators: ops(...EQUALITY),
    resolve: (atom) => [issueIdOf(env, atom, display)],
    tokens: (issue) => [
      issue.parentId ??
        (issue.parentKey === undefined ? undefined : env.ctx.resolveIssueId(issue.parentKey.toUpperCase())),
    ],
    sort: {
      key: (issue) => (issue.parentKey === undefined ? undefined : issueKeySortKey(issue.parentKey)),
      compare: compareText,
    },
  });

const issueKey: SystemBuilder = (env, display) => {
  const base = identityField({
    canonical: 'key',
    display,
    operators: ops(...EQUALITY, ...RELATIONAL),
    resolve: (atom) => [issueIdOf(env, atom, display)],
    tokens: (issue) => [issue.id],
    sort: { key: (issue) => issueKeySortKey(issue.key), compare: compareText },
  });
  return {
    ...base,
    // `key > ABC-10`: issues of project ABC numbered above 10.
    compare(op, atom) {
      const value = plainValue(atom, display).trim();
      if (isNumericId(value)) throw validationErrors.emulatorKeyRelationalById(value, display);
      const target = parseIssueKey(value);
      if (!target || !env.ctx.projectExists(target.project)) throw validationErrors.invalidIssueKey(value, display);
      return (issue) => {
        const own = parseIssueKey(issue.key);
        return own !== undefined && own.project === target.project && testRelational(op, own.number, target.number);
      };
    },
  };
};

const labels: SystemBuilder = (_env, display) =>
  identityField({
    canonical: 'labels',
    display,
    operators: ops(...EQUALITY, ...EMPTINESS),
    resolve: (atom) => [plainValue(atom, display).toLowerCase()],
    tokens: (issue) => issue.labels.map((l) => l.toLowerCase()),
    sort: { key: (issue) => lowerJoined(issue.labels), compare: compareText },
  });

const component: SystemBuilder = (env, display) =>
  identityField({
    canonical: 'component',
    display,
    operators: ops(...EQUALITY, ...EMPTINESS),
    resolve: (atom) => {
      const value = plainValue(atom, display);
      checkExists(env, 'component', value, display);
      return [value.toLowerCase()];
    },
    tokens: (issue) => issue.components.map((c) => c.toLowerCase()),
    sort: { key: (issue) => lowerJoined(issue.components), compare: compareText },
  });

// Jira takes a version's id or name; the emulator skips Jira's "does it exist" check for versions.
const fixVersion: SystemBuilder = (_env, display) =>
  identityField({
    canonical: 'fixVersion',
    display,
    operators: ops(...EQUALITY, ...EMPTINESS),
    resolve: (atom) => [plainValue(atom, display).toLowerCase()],
    tokens: (issue) => issue.fixVersions.flatMap((v) => [v.id, v.name.toLowerCase()]),
    sort: { key: (issue) => lowerJoined(issue.fixVersions.map((v) => v.name)), compare: compareText },
  });

const summary: SystemBuilder = (env, display) =>
  textField({
    canonical: 'summary',
    display,
    operators: ops('~', '!~'),
    env,
    values: (issue) => [issue.summary],
    sortable: true,
  });

// Jira's `text` searches summary, description, environment, comments and text custom fields; the
// emulator's issues only carry a summary.
const text: SystemBuilder = (env, display) =>
  textField({
    canonical: 'text',
    display,
    operators: ops('~'),
    env,
    values: (issue) => [issue.summary],
    sortable: false,
  });

// Jira Software's Rank: JQL only orders by it (boards use `ORDER BY Rank ASC`); no clause takes it.
const rank: SystemBuilder = (_env, display) => ({
  canonical: 'Rank',
  display,
  operators: ops(),
  hasValue: () => true,
  sort: { key: (issue) => issue.rank, compare: compareText },
  defaultDirection: 'ASC',
});

export const SYSTEM_FIELDS = new Map<string, SystemBuilder>(
  Object.entries({
    project,
    issuetype: issueType,
    type: issueType,
    parent,
    key: issueKey,
    issuekey: issueKey,
    issue: issueKey,
    id: issueKey,
    status,
    statuscategory: statusCategory,
    summary,
    text,
    labels,
    component,
    fixversion: fixVersion,
    assignee: userField('assignee', (issue) => issue.assigneeAccountId),
    reporter: userField('reporter', (issue) => issue.reporterAccountId),
    created: dateField('created', (issue) => issue.created, 'DESC'),
    createddate: dateField('created', (issue) => issue.created, 'DESC'),
    updated: dateField('updated', (issue) => issue.updated, 'DESC'),
    updateddate: dateField('updated', (issue) => issue.updated, 'DESC'),
    duedate: dateField('duedate', (issue) => issue.duedate, 'ASC'),
    due: dateField('duedate', (issue) => issue.duedate, 'ASC'),
    resolved: dateField('resolved', (issue) => issue.resolved, 'DESC'),
    resolutiondate: dateField('resolved', (issue) => issue.resolved, 'DESC'),
    rank,
  }),
);
