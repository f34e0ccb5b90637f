import type { PmIssue } from '../../domain/issue/pm-issue';
import { JiraBadRequestError } from '../../ports/jira-errors';
import { SEARCH_PAGE_ISSUES_MAX, type JiraGateway, type JiraIssue } from '../../ports/jira-gateway';
import { upstreamKeys } from '../shared/upstream';
import { backlogContextJql } from './backlog-jql';
import { packSearches } from './pack-searches';

/** What the rows of one backlog page need beyond themselves, as the caller sees it (and `extraKeys`, e.g. the issues they block). */
export interface BacklogContext {
  /** Rows, their linked items and parents, and their children, by key. */
  byKey: Map<string, JiraIssue>;
  /** The rows' subtrees for progress: children, and sub-tasks of those as Jira embeds them. */
  subtree: PmIssue[];
}

/**
 * One more Jira call for a whole page: `parent in (rows) OR key in (linked items, parents)`
 * as the caller. Jira refuses a JQL that names an issue the caller cannot see or that no longer
 * exists (a problem in a project hidden from them, a deleted persona), so then, and only then,
 * the page falls back to two calls side by side: the children by JQL and the linked items by
 * bulk fetch, which leaves unknown keys out instead of failing.
 *
 * When that answer would take more than one Jira page (`childCounts`: the stored state's count
 * of each row's children, an estimate), the rows are split over searches that each fit one page
 * and run side by side, instead of one search whose pages come one after another; the issues read
 * are the same.
 *
 * Progress covers a row, its children and their sub-tasks: for stories and epics (the default
 * requirement levels) that is the whole subtree; a row above epic level counts two levels down.
 */
export async function readBacklogContext(
  jira: JiraGateway,
  rows: readonly JiraIssue[],
  extraKeys: readonly string[] = [],
  childCounts?: ReadonlyMap<string, number>,
): Promise<BacklogContext> {
  const rowKeys = rows.map((r) => r.issue.key);
  const known = new Set(rowKeys);
  const related = [
    ...new Set([
      ...rows.flatMap((r) => [...upstreamKeys(r.issue), ...(r.parentKey ? [r.parentKey] : [])]),
      ...extraKeys,
    ]),
  ].filter((k) => !known.has(k));
  const searches = contextSearches(rows, related, childCounts);
  const found = (await Promise.all(searches.map((s) => readContextPart(jira, s.rowKeys, s.related)))).flat();
  const byKey = new Map<string, JiraIssue>(rows.map((r) => [r.issue.key, r]));
  for (const record of found) if (!byKey.has(record.issue.key)) byKey.set(record.issue.key, record);
  for (const record of await subtasksWithEffort(jira, rows, found))
    if (!byKey.has(record.issue.key)) byKey.set(record.issue.key, record);
  return { byKey, subtree: subtreeOf(rows, byKey) };
}

/** Keys a `parent in (…)` search names at most, so the JQL stays short. */
const PARENTS_PER_SEARCH = 100;

/**
 * The context read's searches: one for all rows and related items, unless the stored counts
 * expect more than one Jira page; then rows packed by their children, and the related items
 * with the lightest group that still fits, or on their own.
 */
function contextSearches(
  rows: readonly JiraIssue[],
  related: readonly string[],
  childCounts: ReadonlyMap<string, number> | undefined,
): { rowKeys: string[]; related: readonly string[] }[] {
  const all = [{ rowKeys: rows.map((r) => r.issue.key), related }];
  if (!childCounts) return all;
  const expected = (r: JiraIssue) => childCounts.get(r.issue.id) ?? 0;
  const total = rows.reduce((n, r) => n + expected(r), related.length);
  if (total <= SEARCH_PAGE_ISSUES_MAX && rows.length <= PARENTS_PER_SEARCH) return all;
  const groups = packSearches(rows, expected, SEARCH_PAGE_ISSUES_MAX, PARENTS_PER_SEARCH).map((group) => ({
    rowKeys: group.map((r) => r.issue.key),
    related: [] as readonly string[],
    load: group.reduce((n, r) => n + expected(r), 0),
  }));
  if (related.length > 0) {
    const lightest = [...groups].sort((a, b) => a.load - b.load)[0];
    if (lightest && lightest.load + related.length <= SEARCH_PAGE_ISSUES_MAX) lightest.related = related;
    else groups.push({ rowKeys: [], related, load: related.length });
  }
  return groups.map(({ rowKeys, related: keys }) => ({ rowKeys, related: keys }));
}

/** One context search; Jira refusing its JQL (a key the caller cannot see) reads its two halves apart. */
async function readContextPart(
  jira: JiraGateway,
  rowKeys: readonly string[],
  related: readonly string[],
): Promise<JiraIssue[]> {
  const jql = backlogContextJql(rowKeys, related);
  if (jql === undefined) return [];
  try {
    return await searchAll(jira, jql);
  } catch (error) {
    if (!(error instanceof JiraBadRequestError)) throw error;
    const children = backlogContextJql(rowKeys, []);
    const [kids, linked] = await Promise.all([
      children === undefined ? Promise.resolve([]) : searchAll(jira, children),
      related.length > 0 ? jira.bulkFetch([...related], { as: 'user' }) : Promise.resolve([]),
    ]);
    return [...kids, ...linked];
  }
}

/**
 * The sub-tasks of the rows' children, read in full: Jira embeds a child's sub-tasks with their
 * status only, and effort counts once on the finest estimate (a story's own points only when its
 * sub-tasks carry none), so progress by effort needs theirs. Only children that have sub-tasks
 * are asked about, in searches side by side that each fit one Jira page by the sub-tasks Jira
 * embedded; a search Jira refuses leaves the embedded status-only sub-tasks in place.
 */
async function subtasksWithEffort(
  jira: JiraGateway,
  rows: readonly JiraIssue[],
  found: readonly JiraIssue[],
): Promise<JiraIssue[]> {
  const rowIds = new Set(rows.map((r) => r.issue.id));
  const parents = new Map<string, number>();
  for (const r of found)
    if (r.issue.parentId !== undefined && rowIds.has(r.issue.parentId) && (r.subtasks?.length ?? 0) > 0)
      parents.set(r.issue.key, r.subtasks?.length ?? 0);
  const searches: string[] = [];
  for (const group of packSearches(
    [...parents.keys()],
    (k) => parents.get(k) ?? 0,
    SEARCH_PAGE_ISSUES_MAX,
    PARENTS_PER_SEARCH,
  )) {
    const jql = backlogContextJql(group, []);
    if (jql !== undefined) searches.push(jql);
  }
  try {
    return (await Promise.all(searches.map((jql) => searchAll(jira, jql)))).flat();
  } catch (error) {
    if (error instanceof JiraBadRequestError) return [];
    throw error;
  }
}

async function searchAll(jira: JiraGateway, jql: string): Promise<JiraIssue[]> {
  const out: JiraIssue[] = [];
  for await (const page of jira.searchIssues(jql, { as: 'user', withSubtasks: true })) out.push(...page.issues);
  return out;
}

/** The rows' children and their sub-tasks: as read in full when they were, else as Jira embeds them (status only). */
function subtreeOf(rows: readonly JiraIssue[], byKey: ReadonlyMap<string, JiraIssue>): PmIssue[] {
  const rowIds = new Set(rows.map((r) => r.issue.id));
  const issues = new Map<string, PmIssue>();
  for (const record of byKey.values()) {
    const parentId = record.issue.parentId;
    if (rowIds.has(record.issue.id) || (parentId !== undefined && rowIds.has(parentId)))
      issues.set(record.issue.id, record.issue);
  }
  const childIds = new Set([...issues.keys()].filter((id) => !rowIds.has(id)));
  // Sub-tasks read in full (subtasksWithEffort) carry their effort.
  for (const record of byKey.values()) {
    const parentId = record.issue.parentId;
    if (parentId !== undefined && childIds.has(parentId)) issues.set(record.issue.id, record.issue);
  }
  for (const record of byKey.values()) {
    if (!childIds.has(record.issue.id)) continue;
    for (const sub of record.subtasks ?? []) {
      if (issues.has(sub.id)) continue;
      issues.set(sub.id, {
        id: sub.id,
        key: sub.key,
        projectKey: sub.key.slice(0, sub.key.lastIndexOf('-')),
        issueType: sub.issueType,
        summary: sub.summary,
        status: sub.status,
        statusCategory: sub.statusCategory,
        parentId: record.issue.id,
        links: [],
        labels: [],
        components: [],
        updated: record.issue.updated,
      });
    }
  }
  return [...issues.values()];
}
