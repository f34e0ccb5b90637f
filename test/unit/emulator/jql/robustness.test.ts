/** No input makes the engine fail with anything but a JqlError; compiling once keeps matching cheap. */
import fc from 'fast-check';
import { compileJql, JqlError, type JqlIssueView } from '../../../../dev/emulator/jql';
import * as tokenizer from '../../../../dev/emulator/jql/tokenizer';
import { ISSUES, makeContext } from './fixture';

const PIECES = [
  'project',
  'issuetype',
  'parent',
  'key',
  'status',
  'statusCategory',
  'summary',
  'text',
  'labels',
  'component',
  'assignee',
  'created',
  'duedate',
  'score',
  'tier',
  'notes',
  'owner',
  'issue.property[pm].index.score',
  'foo',
  '=',
  '!=',
  '~',
  '!~',
  '<',
  '>=',
  'in',
  'not',
  'is',
  'EMPTY',
  'null',
  'AND',
  'OR',
  'NOT',
  '!',
  '&&',
  '||',
  '(',
  ')',
  ',',
  'ORDER',
  'BY',
  'ASC',
  'DESC',
  'ABC',
  'XYZ',
  'ABC-1',
  'ABC-10',
  '101',
  '-7d',
  '"2024-06-01"',
  '"In Progress"',
  'Done',
  'ux',
  'currentUser()',
  'now()',
  'startOfDay(-1)',
  'membersOf(x)',
  '"pay*"',
  "'x'",
  '"',
  '%',
  '[',
  ']',
  '\\',
  'select',
  '42',
];

describe('fuzzing', () => {
  it('any sequence of JQL pieces compiles or throws a JqlError, and compiled queries run', () => {
    const ctx = makeContext();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.boolean(), (pieces, spaced) => {
        const jql = pieces.join(spaced ? ' ' : '');
        let compiled;
        try {
          compiled = compileJql(jql, ctx);
        } catch (error) {
          if (!(error instanceof JqlError)) throw error;
          expect(error.message.length).toBeGreaterThan(0);
          return;
        }
        const matched = ISSUES.filter((issue) => compiled.matches(issue));
        matched.sort((a, b) => compiled.compare(a, b));
      }),
      { numRuns: 3000, seed: 20240615 },
    );
  });

  it('arbitrary text compiles or throws a JqlError', () => {
    const ctx = makeContext();
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (jql) => {
        try {
          compileJql(jql, ctx);
        } catch (error) {
          if (!(error instanceof JqlError)) throw error;
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('performance', () => {
  /** 6000 issues: the fixture repeated with fresh ids and keys. */
  const many: JqlIssueView[] = Array.from({ length: 1000 }, (_, round) =>
    ISSUES.map((issue, i) => ({
      ...issue,
      id: String(100_000 + round * 10 + i),
      key: `${issue.projectKey}-${round * 10 + i + 1}`,
    })),
  ).flat();

  afterEach(() => jest.restoreAllMocks());

  it('parses once, however many issues are matched and sorted', () => {
    const spy = jest.spyOn(tokenizer, 'tokenize');
    const compiled = compileJql(
      'project in (ABC, XYZ) AND (labels = ux OR score > 5) AND NOT status = Done AND created >= -30d AND summary ~ "checkout*" ORDER BY score DESC, key',
      makeContext({ resolveIssueId: () => '1' }),
    );
    const result = many.filter((issue) => compiled.matches(issue)).sort((a, b) => compiled.compare(a, b));
    expect(result.length).toBe(2000); // ABC-1 and ABC-2 in each round
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('matches and sorts a few thousand issues quickly', () => {
    const compiled = compileJql(
      'statusCategory != Done AND (assignee = currentUser() OR duedate < now()) ORDER BY duedate, created DESC',
      makeContext(),
    );
    const started = performance.now();
    for (let i = 0; i < 10; i++) {
      many.filter((issue) => compiled.matches(issue)).sort((a, b) => compiled.compare(a, b));
    }
    const perRun = (performance.now() - started) / 10;
    expect(perRun).toBeLessThan(250); // typically a few ms
  });
});
