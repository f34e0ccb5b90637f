import type { PmIssue } from '../../domain/issue/pm-issue';
import { JiraBadRequestError } from '../../ports/jira-errors';
import type { JiraGateway, JiraIssue } from '../../ports/jira-gateway';
import { upstreamKeys } from '../shared/upstream';
import { backlogContextJql } from './backlog-jql';

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
 * Progress covers a row, its children and their sub-tasks: for stories and epics (the default
 * requirement levels) that is the whole subtree; a row above epic level counts two levels down.
 */
export async function readBacklogContext(
  jira: JiraGateway,
  rows: readonly JiraIssue[],
  extraKeys: readonly string[] = [],
): Promise<BacklogContext> {
  const rowKeys = rows.map((r) => r.issue.key);
  const known = new Set(rowKeys);
  const related = [
    ...new Set([
      ...rows.flatMap((r) => [...upstreamKeys(r.issue), ...(r.parentKey ? [r.parentKey] : [])]),
      ...extraKeys,
    ]),
  ].filter((k) => !known.has(k));
  const jql = backlogContextJql(rowKeys, related);
  let found: JiraIssue[] = [];
  if (jql !== undefined) {
    try {
      found = await searchAll(jira, jql);
    } catch (error) {
      if (!(error instanceof JiraBadRequestError)) throw error;
      const children = backlogContextJql(rowKeys, []);
      const [kids, linked] = await Promise.all([
        children === undefined ? Promise.resolve([]) : searchAll(jira, children),
        related.length > 0 ? jira.bulkFetch(related, { as: 'user' }) : Promise.resolve([]),
      ]);
      found = [...kids, ...linked];
    }
  }
  const byKey = new Map<string, JiraIssue>(rows.map((r) => [r.issue.key, r]));
  for (const record of found) if (!byKey.has(record.issue.key)) byKey.set(record.issue.key, record);
  return { byKey, subtree: subtreeOf(rows, byKey) };
}

async function searchAll(jira: JiraGateway, jql: string): Promise<JiraIssue[]> {
  const out: JiraIssue[] = [];
  for await (const page of jira.searchIssues(jql, { as: 'user', withSubtasks: true })) out.push(...page.issues);
  return out;
}

/** The rows' children and the sub-tasks Jira embeds in those (status only: they carry no effort). */
function subtreeOf(rows: readonly JiraIssue[], byKey: ReadonlyMap<string, JiraIssue>): PmIssue[] {
  const rowIds = new Set(rows.map((r) => r.issue.id));
  const issues = new Map<string, PmIssue>();
  for (const record of byKey.values()) {
    const parentId = record.issue.parentId;
    if (rowIds.has(record.issue.id) || (parentId !== undefined && rowIds.has(parentId)))
      issues.set(record.issue.id, record.issue);
  }
  for (const record of byKey.values()) {
    if (!issues.has(record.issue.id) || rowIds.has(record.issue.id)) continue;
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
