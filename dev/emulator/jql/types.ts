/**
 * Public types of the emulator's JQL engine. The emulator builds one `JqlIssueView` per issue and
 * compiles each JQL string once with `compileJql` (see compile-jql.ts).
 */
import type { NarrowPlan } from './narrowing';

export interface JqlIssueView {
  id: string;
  /** Like "ABC-12"; ordering by key uses the project key, then the number (ABC-9 < ABC-10). */
  key: string;
  projectId: string;
  projectKey: string;
  projectName: string;
  issueTypeId: string;
  issueTypeName: string;
  statusId: string;
  statusName: string;
  statusCategoryKey: 'new' | 'indeterminate' | 'done';
  statusCategoryName: 'To Do' | 'In Progress' | 'Done';
  parentId?: string;
  parentKey?: string;
  summary: string;
  labels: string[];
  /** Component names. */
  components: string[];
  /** Fix version ids and names (JQL `fixVersion` matches either, as in Jira). */
  fixVersions: { id: string; name: string }[];
  assigneeAccountId?: string;
  reporterAccountId?: string;
  /** ISO 8601 date-times. */
  created: string;
  updated: string;
  /** YYYY-MM-DD. */
  duedate?: string;
  /** ISO 8601 date-time. */
  resolved?: string;
  /** Jira Software's Rank (compared as text; dev/emulator/rank-order.ts). */
  rank: string;
  /** Entity property key -> JSON value. */
  properties: Record<string, unknown>;
}

/** A search alias declared by a `jira:entityProperty` module value. */
export interface JqlAlias {
  alias: string;
  propertyKey: string;
  /** Dot path inside the property value, e.g. "index.score". */
  path: string;
  type: 'number' | 'string' | 'text' | 'user' | 'date';
}

/** Fields whose values Jira checks exist before searching (optional check, see `JqlContext.valueExists`). */
export type JqlCheckedField = 'issuetype' | 'status' | 'component' | 'assignee' | 'reporter';

export interface JqlContext {
  /** The caller; `currentUser()` matches nothing when absent (anonymous), as in Jira. */
  currentAccountId?: string;
  aliases: JqlAlias[];
  /** Relative dates and date functions are resolved against this instant (UTC). */
  now: Date;
  /** Issue key (upper-cased) or id -> issue id; undefined when no such issue exists. */
  resolveIssueId(keyOrId: string): string | undefined;
  /** True when a project with this key (any case), id or name (any case) exists. */
  projectExists(keyOrIdOrName: string): boolean;
  /**
   * Optional: when given, values of these fields are checked like Jira does and an unknown one is an
   * error ("The value 'X' does not exist for the field 'status'."). For users the value is an accountId.
   * Labels are never checked (Jira does not either).
   */
  valueExists?(field: JqlCheckedField, value: string): boolean;
}

export interface JqlOrderByItem {
  /** Canonical field name ("key", "created", an alias name, or "issue.property[key].path"). */
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface CompiledJql {
  /** False when the query has no WHERE clause (empty, or only ORDER BY). */
  bounded: boolean;
  matches(issue: JqlIssueView): boolean;
  /**
   * ORDER BY comparator with a final tie-break on issue id (ascending). Without ORDER BY it orders by
   * key descending, which is what Jira does when a query has no ORDER BY.
   */
  compare(a: JqlIssueView, b: JqlIssueView): number;
  orderBy: JqlOrderByItem[];
  /** The issues the query can match at most, as index lookups (absent: any issue). */
  narrowing?: NarrowPlan;
}
