import type { BacklogFilter, BacklogStatusFilter, ScoreModel } from '../../contract/payloads';
import { scoreIndexAlias } from '../../contract/score-index';
import { moscowRankValue } from '../../domain/issue/moscow-categories';
import { jqlString } from '../shared/read-all-issues';

/** Jira's names of the status categories (JQL takes the name, not the key). */
const CATEGORY_NAME = { new: '"To Do"', indeterminate: '"In Progress"', done: 'Done' } as const;
/** Readiness is indexed as its percent (pmReadiness): ready is 100, not ready 0, partial between. */
const READINESS_JQL = {
  ready: 'pmReadiness = 100',
  partial: 'pmReadiness > 0 AND pmReadiness < 100',
  'not-ready': 'pmReadiness = 0',
} as const;

/**
 * The filter's clauses, in a fixed order so the same filter sends the same JQL.
 *
 * @example
 * backlogFilterClauses({ status: 'open', moscow: 'must', epic: 'CHK-7' })
 * // ['statusCategory != Done', 'pmMoscowScore = 4', 'parent = "CHK-7"']
 */
export function backlogFilterClauses(filter: BacklogFilter): string[] {
  return [
    ...(filter.status === 'open' ? ['statusCategory != Done'] : []),
    ...(filter.statusCategory ? [`statusCategory = ${CATEGORY_NAME[filter.statusCategory]}`] : []),
    ...(filter.phase ? [`pmPhase = ${jqlString(filter.phase)}`] : []),
    ...(filter.moscow ? [`pmMoscowScore = ${moscowRankValue(filter.moscow)}`] : []),
    ...(filter.readiness ? [READINESS_JQL[filter.readiness]] : []),
    ...(filter.epic ? [`parent = ${jqlString(filter.epic)}`] : []),
    ...(filter.persona ? [`pmPersona = ${jqlString(filter.persona)}`] : []),
  ];
}

/** The filter without ORDER BY: what a "view in Jira" link searches and the cursor is bound to. */
export function backlogFilterJql(
  projectKey: string,
  model: ScoreModel,
  filter: BacklogFilter | BacklogStatusFilter,
): string {
  const f = typeof filter === 'string' ? { status: filter } : filter;
  return [
    `project = ${jqlString(projectKey)}`,
    `${scoreIndexAlias(model)} IS NOT EMPTY`,
    ...backlogFilterClauses(f),
  ].join(' AND ');
}

/**
 * The JQL of one backlog page: the project's issues scored by `model` (its indexed rank value,
 * contract/score-index.ts) that match the filter, highest first, ties by key in Jira's order
 * (project, then number: the same tie-break as domain/ranking/rank-by-score.ts), so Jira pages
 * the backlog.
 *
 * @example
 * backlogPageJql('CHK', 'rice', 'open')
 * // 'project = "CHK" AND pmRiceScore IS NOT EMPTY AND statusCategory != Done ORDER BY pmRiceScore DESC, key ASC'
 */
export function backlogPageJql(
  projectKey: string,
  model: ScoreModel,
  filter: BacklogFilter | BacklogStatusFilter,
): string {
  const alias = scoreIndexAlias(model);
  return `${backlogFilterJql(projectKey, model, filter)} ORDER BY ${alias} DESC, key ASC`;
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
  const list = (keys: readonly string[]) =>
    [...new Set(keys.filter((k) => ISSUE_KEY.test(k)))].sort().map(jqlString).join(', ');
  const parents = list(rowKeys);
  const related = list(relatedKeys);
  const clauses = [...(parents ? [`parent in (${parents})`] : []), ...(related ? [`key in (${related})`] : [])];
  return clauses.length > 0 ? clauses.join(' OR ') : undefined;
}
