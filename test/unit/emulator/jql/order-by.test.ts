/** ORDER BY: directions and defaults, several keys, empty values, key order, ties, the default order. */
import { compileJql, type JqlIssueView } from '../../../../dev/emulator/jql';
import { ISSUES, makeContext, search } from './fixture';

describe('sorting', () => {
  it.each<[string, string[]]>([
    // Keys sort by project, then numerically (ABC-9 before ABC-10).
    ['ORDER BY key', ['ABC-1', 'ABC-2', 'ABC-9', 'ABC-10', 'XYZ-1', 'XYZ-2']],
    ['ORDER BY issuekey DESC', ['XYZ-2', 'XYZ-1', 'ABC-10', 'ABC-9', 'ABC-2', 'ABC-1']],
    // No ORDER BY: key descending, like Jira.
    ['project = ABC', ['ABC-10', 'ABC-9', 'ABC-2', 'ABC-1']],
    // Numbers; ABC-2 and ABC-9 tie on 7.5 and fall back to the issue id (102 < 103) in both directions;
    // ABC-10 has no score: last ascending, first descending.
    ['ORDER BY score ASC', ['XYZ-2', 'ABC-2', 'ABC-9', 'ABC-1', 'XYZ-1', 'ABC-10']],
    ['ORDER BY score DESC', ['ABC-10', 'XYZ-1', 'ABC-1', 'ABC-2', 'ABC-9', 'XYZ-2']],
    ['ORDER BY issue.property[pm].index.score', ['XYZ-2', 'ABC-2', 'ABC-9', 'ABC-1', 'XYZ-1', 'ABC-10']],
    // Due date sorts ascending by default; empty due dates last, then by id.
    ['ORDER BY duedate', ['XYZ-2', 'ABC-2', 'ABC-1', 'ABC-10', 'ABC-9', 'XYZ-1']],
    // Created sorts descending by default.
    ['ORDER BY created', ['ABC-10', 'ABC-2', 'ABC-1', 'ABC-9', 'XYZ-2', 'XYZ-1']],
    ['ORDER BY createdDate ASC', ['XYZ-1', 'XYZ-2', 'ABC-9', 'ABC-1', 'ABC-2', 'ABC-10']],
    ['ORDER BY resolved DESC, key', ['ABC-1', 'ABC-2', 'ABC-10', 'XYZ-1', 'ABC-9', 'XYZ-2']],
    // Several keys.
    ['ORDER BY project ASC, score DESC', ['ABC-10', 'ABC-1', 'ABC-2', 'ABC-9', 'XYZ-1', 'XYZ-2']],
    ['ORDER BY statusCategory, key DESC', ['ABC-10', 'ABC-2', 'XYZ-1', 'ABC-1', 'XYZ-2', 'ABC-9']],
    ['ORDER BY status, key', ['ABC-10', 'ABC-2', 'ABC-1', 'XYZ-1', 'ABC-9', 'XYZ-2']],
    ['ORDER BY issuetype DESC, key', ['ABC-10', 'ABC-2', 'ABC-9', 'XYZ-2', 'ABC-1', 'XYZ-1']],
    ['ORDER BY tier, key', ['XYZ-1', 'ABC-1', 'ABC-9', 'ABC-2', 'ABC-10', 'XYZ-2']],
    ['ORDER BY assignee, key', ['ABC-1', 'ABC-10', 'ABC-2', 'XYZ-2', 'ABC-9', 'XYZ-1']],
    ['ORDER BY reporter DESC, key DESC', ['XYZ-1', 'ABC-10', 'ABC-1', 'XYZ-2', 'ABC-9', 'ABC-2']],
    ['ORDER BY parent, key', ['ABC-2', 'ABC-9', 'ABC-10', 'XYZ-2', 'ABC-1', 'XYZ-1']],
    ['ORDER BY summary', ['ABC-2', 'ABC-9', 'ABC-1', 'XYZ-2', 'XYZ-1', 'ABC-10']],
    ['ORDER BY labels, key', ['ABC-2', 'ABC-10', 'ABC-1', 'XYZ-1', 'XYZ-2', 'ABC-9']],
    ['ORDER BY component, key', ['ABC-2', 'XYZ-1', 'ABC-1', 'ABC-9', 'ABC-10', 'XYZ-2']],
    ['ORDER BY reviewed, key', ['ABC-1', 'ABC-2', 'ABC-9', 'ABC-10', 'XYZ-1', 'XYZ-2']],
    ['ORDER BY owner, key', ['XYZ-1', 'ABC-1', 'ABC-2', 'ABC-9', 'ABC-10', 'XYZ-2']],
    ['labels = payments ORDER BY updated ASC', ['ABC-10', 'ABC-2']],
  ])('%s', (jql, keys) => {
    expect(search(jql)).toEqual(keys);
  });
});

describe('orderBy as reported', () => {
  it.each<[string, { field: string; direction: 'ASC' | 'DESC' }[]]>([
    ['project = ABC', []],
    ['ORDER BY key', [{ field: 'key', direction: 'ASC' }]],
    ['order by createdDate', [{ field: 'created', direction: 'DESC' }]],
    [
      'project = ABC ORDER BY Created ASC, "score" desc',
      [
        { field: 'created', direction: 'ASC' },
        { field: 'score', direction: 'DESC' },
      ],
    ],
    [
      'ORDER BY due, id, type, SCORE',
      [
        { field: 'duedate', direction: 'ASC' },
        { field: 'key', direction: 'ASC' },
        { field: 'issuetype', direction: 'ASC' },
        { field: 'score', direction: 'ASC' },
      ],
    ],
    ['ORDER BY issue.property[pm].index.score DESC', [{ field: 'issue.property[pm].index.score', direction: 'DESC' }]],
  ])('%s', (jql, orderBy) => {
    expect(compileJql(jql, makeContext()).orderBy).toEqual(orderBy);
  });
});

describe('comparator properties', () => {
  const clone = (issue: JqlIssueView, id: string): JqlIssueView => ({ ...issue, id });

  it('is total and stable: identical issues order by id, an issue equals itself', () => {
    const { compare } = compileJql('ORDER BY score', makeContext());
    const base = ISSUES[0] as JqlIssueView;
    const twins = [clone(base, '900'), clone(base, '12'), clone(base, '45')];
    expect([...twins].sort(compare).map((i) => i.id)).toEqual(['12', '45', '900']);
    expect(compare(base, base)).toBe(0);
  });

  it('is antisymmetric over the fixture for every sort it supports', () => {
    for (const jql of ['ORDER BY key', 'ORDER BY score DESC', 'ORDER BY duedate', 'ORDER BY tier DESC, created', '']) {
      const { compare } = compileJql(jql, makeContext());
      for (const a of ISSUES) {
        for (const b of ISSUES) {
          expect(Math.sign(compare(a, b)) + Math.sign(compare(b, a))).toBe(0);
        }
      }
    }
  });
});
