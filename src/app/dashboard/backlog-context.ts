import type { PmIssue } from '../../domain/issue/pm-issue';
import { JiraBadRequestError } from '../../ports/jira-errors';
import { SEARCH_PAGE_ISSUES_MAX, type JiraGateway, type JiraIssue } from '../../ports/jira-gateway';
import { upstreamKeys } from '../shared/upstream';
import { backlogContextJql } from './backlog-jql';
import { contextSearches, parentIdsClause, PARENTS_PER_SEARCH, type ContextSearch } from './context-searches';
import { packSearches } from './pack-searches';
import type { StoredChildren } from './stored-children';

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
 * With the project's stored state (`stored`, an estimate: context-searches.ts), that search also
 * asks for the children's sub-tasks, and when its answer would take more than one Jira page the
 * rows are split over searches that each fit one page and run side by side, instead of one search
 * whose pages come one after another. What is kept is exactly what the searches without it read:
 * issues below a row or related to one, and sub-tasks of the children Jira says have some; the
 * sub-tasks of children the stored state did not know are read after.
 *
 * Progress covers a row, its children and their sub-tasks: for stories and epics (the default
 * requirement levels) that is the whole subtree; a row above epic level counts two levels down.
 */
export async function readBacklogContext(
  jira: JiraGateway,
  rows: readonly JiraIssue[],
  extraKeys: readonly string[] = [],
  stored?: StoredChildren,
): Promise<BacklogContext> {
  const rowKeys = rows.map((r) => r.issue.key);
  const known = new Set(rowKeys);
  const related = [
    ...new Set([
      ...rows.flatMap((r) => [...upstreamKeys(r.issue), ...(r.parentKey ? [r.parentKey] : [])]),
      ...extraKeys,
    ]),
  ].filter((k) => !known.has(k));
  const parts = await Promise.all(contextSearches(rows, related, stored).map((s) => readContextPart(jira, s)));
  const read = parts.flatMap((p) => p.records);
  const rowIds = new Set(rows.map((r) => r.issue.id));
  const relatedKeys = new Set(related);
  const isContext = (r: JiraIssue) =>
    (r.issue.parentId !== undefined && rowIds.has(r.issue.parentId)) || relatedKeys.has(r.issue.key);
  const found = read.filter(isContext);
  // The children Jira says have sub-tasks: those asked about already, and the rest.
  const parents = new Map<string, JiraIssue>();
  for (const r of found)
    if (r.issue.parentId !== undefined && rowIds.has(r.issue.parentId) && (r.subtasks?.length ?? 0) > 0)
      parents.set(r.issue.id, r);
  const asked = new Set(parts.flatMap((p) => p.below));
  const askedParents = new Set([...parents.keys()].filter((id) => asked.has(id)));
  const subtasks = read.filter((r) => r.issue.parentId !== undefined && askedParents.has(r.issue.parentId));
  const rest = [...parents.values()].filter((r) => !askedParents.has(r.issue.id));
  const byKey = new Map<string, JiraIssue>(rows.map((r) => [r.issue.key, r]));
  for (const record of [...found, ...subtasks, ...(await subtasksWithEffort(jira, rest))])
    if (!byKey.has(record.issue.key)) byKey.set(record.issue.key, record);
  return { byKey, subtree: subtreeOf(rows, byKey) };
}

/**
 * One context search, and the children whose sub-tasks it asked for. Jira refusing its JQL
 * (a key the caller cannot see, or a stored child id gone or hidden) reads its parts apart:
 * the children by JQL and the linked items by bulk fetch; the sub-tasks are then read after.
 */
async function readContextPart(
  jira: JiraGateway,
  search: ContextSearch,
): Promise<{ records: JiraIssue[]; below: readonly string[] }> {
  const base = backlogContextJql(search.rowKeys, search.related);
  const below = parentIdsClause(search.below);
  const jql = base === undefined ? below : below === undefined ? base : `${base} OR ${below}`;
  if (jql === undefined) return { records: [], below: [] };
  try {
    return { records: await searchAll(jira, jql), below: below === undefined ? [] : search.below };
  } catch (error) {
    if (!(error instanceof JiraBadRequestError)) throw error;
    const children = backlogContextJql(search.rowKeys, []);
    const [kids, linked] = await Promise.all([
      children === undefined ? Promise.resolve([]) : searchAll(jira, children),
      search.related.length > 0 ? jira.bulkFetch([...search.related], { as: 'user' }) : Promise.resolve([]),
    ]);
    return { records: [...kids, ...linked], below: [] };
  }
}

/**
 * The sub-tasks of children, read in full: Jira embeds a child's sub-tasks with their status
 * only, and effort counts once on the finest estimate (a story's own points only when its
 * sub-tasks carry none), so progress by effort needs theirs. Searches side by side that each fit
 * one Jira page by the sub-tasks Jira embedded; a search Jira refuses leaves the embedded
 * status-only sub-tasks in place.
 */
async function subtasksWithEffort(jira: JiraGateway, parents: readonly JiraIssue[]): Promise<JiraIssue[]> {
  const counts = new Map(parents.map((r) => [r.issue.key, r.subtasks?.length ?? 0]));
  const searches: string[] = [];
  for (const group of packSearches(
    [...counts.keys()],
    (k) => counts.get(k) ?? 0,
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
