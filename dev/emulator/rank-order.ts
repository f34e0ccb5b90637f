import type { DatasetIssue } from '../dataset/dataset-schema';

/**
 * Jira's Rank: a custom field (LexoRank strings, compared as text) that orders every issue of the
 * site; boards and `ORDER BY Rank` read it. The emulator keeps it in the issue's fields under the
 * id Jira Cloud sites usually give it, so it persists with the issue. An issue never ranked has a
 * rank from its id (creation order: Jira ranks a new issue last). The strings are the emulator's own
 * (base-36 digits); nothing may parse them, only compare them, which is all Jira promises too.
 */
export const RANK_FIELD_ID = 'customfield_10019';
export const RANK_FIELD_CUSTOM_ID = 10019;

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

/** The issue's rank string. */
export function rankOf(issue: DatasetIssue): string {
  const stored = (issue.fields as Record<string, unknown>)[RANK_FIELD_ID];
  if (typeof stored === 'string') return stored;
  // Trailing 'i' so a rank never ends in the lowest digit: there is always room below it.
  return `${Number(issue.id).toString(BASE).padStart(8, '0')}i`;
}

/**
 * A string strictly between `low` and `high` (`high` undefined: above everything), never ending in
 * '0', so there is always room for another between it and its neighbours.
 *
 * @example
 * rankBetween('5', '6') // '5i'
 * rankBetween('5', undefined) // 'k' (the midpoint of digits 5 and 36)
 */
export function rankBetween(low: string, high: string | undefined): string {
  let prefix = '';
  let upper = high;
  for (let i = 0; ; i++) {
    const lo = i < low.length ? DIGITS.indexOf(low[i]!) : 0;
    const hi = upper !== undefined && i < upper.length ? DIGITS.indexOf(upper[i]!) : BASE;
    if (lo === hi) {
      prefix += DIGITS[lo];
      continue;
    }
    if (hi - lo > 1) return prefix + DIGITS[Math.floor((lo + hi) / 2)]!;
    // Adjacent digits: keep the lower one; below the upper bound from here on, whatever follows.
    prefix += DIGITS[lo];
    upper = undefined;
  }
}
