/** Index lookups never drop a match: the candidates a query's plan allows contain everything it matches. */
import { compileJql } from '../../../../dev/emulator/jql';
import { SearchIndex } from '../../../../dev/emulator/search-index';
import { ISSUES, makeContext } from './fixture';

const index = new SearchIndex(
  () => ISSUES,
  (view) => view,
  () => 0,
);
const keysOf = (jql: string) => {
  const compiled = compileJql(jql, makeContext());
  const candidates = index.candidates(compiled.narrowing);
  return {
    matches: ISSUES.filter((i) => compiled.matches(i)).map((i) => i.key),
    candidates: candidates === undefined ? undefined : [...candidates].map((i) => i.key).sort(),
  };
};

describe('search narrowing by identity fields', () => {
  it.each<[string, string[] | undefined]>([
    // Looked up: the candidates are exactly the project's, the parent's children, the keys.
    ['project = ABC', ['ABC-1', 'ABC-10', 'ABC-2', 'ABC-9']],
    ['project in (xyz, Alpha)', ['ABC-1', 'ABC-10', 'ABC-2', 'ABC-9', 'XYZ-1', 'XYZ-2']],
    ['project = 10001 AND labels = ux ORDER BY key', ['XYZ-1', 'XYZ-2']],
    ['parent in (ABC-1, "XYZ-1")', ['ABC-2', 'ABC-9', 'XYZ-2']],
    ['parent = ABC-2 OR key in (XYZ-1, ABC-9)', ['ABC-10', 'ABC-9', 'XYZ-1']],
    ['project = ABC AND (key = ABC-2 OR parent = ABC-2)', ['ABC-10', 'ABC-2']],
    ['NOT project != XYZ', ['XYZ-1', 'XYZ-2']],
    ['NOT (project != ABC OR labels = ux)', ['ABC-1', 'ABC-10', 'ABC-2', 'ABC-9']],
    ['labels = payments', ['ABC-10', 'ABC-2']],
    ['project = ABC OR labels = ux', ['ABC-1', 'ABC-10', 'ABC-2', 'ABC-9', 'XYZ-1', 'XYZ-2']],
    // Not narrowed: negations, an OR with an unindexed side, EMPTY, no identity clause.
    ['project != ABC', undefined],
    ['project = ABC OR created >= "2024-06-01"', undefined],
    ['labels is EMPTY', undefined],
    ['labels in (ux, EMPTY)', undefined],
    ['created >= "2024-06-01"', undefined],
    ['NOT (project = ABC AND labels = ux)', undefined],
  ])('%s', (jql, expected) => {
    const { matches, candidates } = keysOf(jql);
    expect(candidates).toEqual(expected);
    if (candidates !== undefined) for (const key of matches) expect(candidates).toContain(key);
  });
});
