import type { BacklogStatusFilter, ScoreModel } from '../../contract/payloads';
import { scoreIndexAlias } from '../../contract/score-index';
import { jqlString } from '../shared/read-all-issues';

/**
 * The JQL of one backlog page: the project's issues scored by `model` (its indexed rank value,
 * contract/score-index.ts), highest first, ties by key in Jira's order (project, then number:
 * the same tie-break as domain/ranking/rank-by-score.ts), so Jira pages the backlog.
 *
 * @example
 * backlogPageJql('CHK', 'rice', 'open')
 * // 'project = "CHK" AND pmRiceScore IS NOT EMPTY AND statusCategory != Done ORDER BY pmRiceScore DESC, key ASC'
 */
export function backlogPageJql(projectKey: string, model: ScoreModel, status: BacklogStatusFilter): string {
  const alias = scoreIndexAlias(model);
  const open = status === 'open' ? ' AND statusCategory != Done' : '';
  return `project = ${jqlString(projectKey)} AND ${alias} IS NOT EMPTY${open} ORDER BY ${alias} DESC, key ASC`;
}

/** Jira issue keys only: anything else read from a stored document never reaches a JQL. */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

/**
 * Everything a page's rows need in one search: the rows' children (their progress; sub-tasks of
 * those come embedded) and the linked items and parents (readiness, KPI status, parent
 * visibility), as the caller may see them. Keys are sorted so the same page sends the same JQL.
 *
 * @example
 * backlogContextJql(['CHK-7'], ['CHK-2', 'CHK-1']) // 'parent in ("CHK-7") OR key in ("CHK-1", "CHK-2")'
 */
export function backlogContextJql(rowKeys: readonly string[], relatedKeys: readonly string[]): string | undefined {
  const list = (keys: readonly string[]) => [...new Set(keys.filter((k) => ISSUE_KEY.test(k)))].sort().map(jqlString).join(', ');
  const parents = list(rowKeys);
  const related = list(relatedKeys);
  const clauses = [...(parents ? [`parent in (${parents})`] : []), ...(related ? [`key in (${related})`] : [])];
  return clauses.length > 0 ? clauses.join(' OR ') : undefined;
}
