import { SEARCH_PAGE_ISSUES_MAX, type JiraIssue } from '../../ports/jira-gateway';
import { packSearches } from './pack-searches';
import type { StoredChildren } from './stored-children';

/** Keys a `parent in (…)` search names at most, so the JQL stays short. */
export const PARENTS_PER_SEARCH = 100;
/**
 * Children whose own children a context search asks for at once: those the stored state gives
 * at most this many (sub-tasks of a story are a few; an epic's stories, below an initiative row,
 * are left to the read of sub-tasks that follows, as Jira embeds none for them).
 */
const MOST_BELOW_ASKED = 20;
const NUMERIC_ID = /^\d+$/;

/** One search of a page's context: `parent in (rows) OR key in (related) OR parent in (below)`. */
export interface ContextSearch {
  rowKeys: string[];
  related: readonly string[];
  /** Ids of children (by the stored state) whose own children, their sub-tasks, come in the same search. */
  below: string[];
}

/**
 * The page's context searches: one for all rows and related items, unless the stored state
 * expects more than one Jira page; then rows packed by what is expected below them, and the
 * related items with the lightest group that still fits, or on their own. With stored state,
 * each search also asks for the sub-tasks of the rows' children (by their stored ids), which
 * would otherwise take a search after this one.
 */
export function contextSearches(
  rows: readonly JiraIssue[],
  related: readonly string[],
  stored: StoredChildren | undefined,
): ContextSearch[] {
  const rowKeys = rows.map((r) => r.issue.key);
  if (!stored) return [{ rowKeys, related, below: [] }];
  const known = [...stored.below.values()];
  // A child whose bucket was not read is guessed at the average of those that were.
  const guess = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const belowOf = (kid: string) => stored.below.get(kid) ?? guess;
  const asked = (r: JiraIssue) =>
    (stored.kids.get(r.issue.id) ?? []).filter(
      (k) => NUMERIC_ID.test(k) && belowOf(k) > 0 && belowOf(k) <= MOST_BELOW_ASKED,
    );
  const expected = (r: JiraIssue) =>
    (stored.kids.get(r.issue.id)?.length ?? 0) + asked(r).reduce((n, k) => n + belowOf(k), 0);
  const total = rows.reduce((n, r) => n + expected(r), related.length);
  const allBelow = rows.flatMap(asked);
  if (total <= SEARCH_PAGE_ISSUES_MAX && rows.length + allBelow.length <= PARENTS_PER_SEARCH)
    return [{ rowKeys, related, below: allBelow }];
  const groups = packSearches(rows, expected, SEARCH_PAGE_ISSUES_MAX, PARENTS_PER_SEARCH / 2).map((group) => ({
    rowKeys: group.map((r) => r.issue.key),
    related: [] as readonly string[],
    // Past the key limit, the rest are read after, with Jira's answer in hand.
    below: group.flatMap(asked).slice(0, PARENTS_PER_SEARCH - group.length),
    load: group.reduce((n, r) => n + expected(r), 0),
  }));
  if (related.length > 0) {
    const lightest = [...groups].sort((a, b) => a.load - b.load)[0];
    if (lightest && lightest.load + related.length <= SEARCH_PAGE_ISSUES_MAX) lightest.related = related;
    else groups.push({ rowKeys: [], related, below: [], load: related.length });
  }
  return groups.map(({ load: _load, ...search }) => search);
}

/** `parent in (…)` of issue ids (Jira takes an id where it takes a key); only digits reach the JQL. */
export function parentIdsClause(ids: readonly string[]): string | undefined {
  const list = [...new Set(ids.filter((id) => NUMERIC_ID.test(id)))].sort();
  return list.length > 0 ? `parent in (${list.join(', ')})` : undefined;
}
