import { backlogContextJql, backlogFilterClauses, backlogPageJql } from '../../../src/app/dashboard/backlog-jql';
import { decodeBacklogCursor, encodeBacklogCursor } from '../../../src/app/dashboard/backlog-page-token';
import { AppError } from '../../../src/app/shared/app-error';
import { ALL_SCORE_MODELS } from '../../../src/contract/score-models';

describe('backlog JQL', () => {
  it('one search per page: the model alias IS NOT EMPTY, open by default, by score then key', () => {
    expect(backlogPageJql('CHK', 'rice', 'open')).toBe(
      'project = "CHK" AND pmRiceScore IS NOT EMPTY AND statusCategory != Done ORDER BY pmRiceScore DESC, key ASC',
    );
    expect(backlogPageJql('CHK', 'kano', 'all')).toBe(
      'project = "CHK" AND pmKanoScore IS NOT EMPTY ORDER BY pmKanoScore DESC, key ASC',
    );
    for (const model of ALL_SCORE_MODELS)
      expect(backlogPageJql('A', model, 'all')).toMatch(
        /^project = "A" AND pm[A-Z]\w+Score IS NOT EMPTY ORDER BY pm[A-Z]\w+Score DESC, key ASC$/,
      );
  });

  it.each([
    [{ status: 'open' as const }, ['statusCategory != Done']],
    [{ status: 'all' as const }, []],
    [{ status: 'all' as const, statusCategory: 'new' as const }, ['statusCategory = "To Do"']],
    [{ status: 'all' as const, statusCategory: 'indeterminate' as const }, ['statusCategory = "In Progress"']],
    [{ status: 'all' as const, statusCategory: 'done' as const }, ['statusCategory = Done']],
    [{ status: 'all' as const, phase: 'requirements' }, ['pmPhase = "requirements"']],
    [{ status: 'all' as const, moscow: 'must' as const }, ['pmMoscowScore = 4']],
    [{ status: 'all' as const, moscow: 'wont' as const }, ['pmMoscowScore = 1']],
    [{ status: 'all' as const, readiness: 'ready' as const }, ['pmReadiness = 100']],
    [{ status: 'all' as const, readiness: 'partial' as const }, ['pmReadiness > 0 AND pmReadiness < 100']],
    [{ status: 'all' as const, readiness: 'not-ready' as const }, ['pmReadiness = 0']],
    [{ status: 'all' as const, epic: 'CHK-7' }, ['parent = "CHK-7"']],
    [{ status: 'all' as const, persona: 'CHK-3' }, ['pmPersona = "CHK-3"']],
    [
      {
        status: 'open' as const,
        persona: 'CHK-3',
        epic: 'CHK-7',
        moscow: 'should' as const,
        phase: 'p',
        readiness: 'ready' as const,
      },
      [
        'statusCategory != Done',
        'pmPhase = "p"',
        'pmMoscowScore = 3',
        'pmReadiness = 100',
        'parent = "CHK-7"',
        'pmPersona = "CHK-3"',
      ],
    ],
  ])('filter %j is the clauses %j, in a fixed order', (filter, clauses) => {
    expect(backlogFilterClauses(filter)).toEqual(clauses);
  });

  it('a filter goes into the page JQL before ORDER BY', () => {
    expect(backlogPageJql('CHK', 'rice', { status: 'open', moscow: 'must' })).toBe(
      'project = "CHK" AND pmRiceScore IS NOT EMPTY AND statusCategory != Done AND pmMoscowScore = 4 ORDER BY pmRiceScore DESC, key ASC',
    );
  });

  it('quotes the project key with Jira’s escaping', () => {
    expect(backlogPageJql('A"B\\C', 'ice', 'all')).toBe(
      'project = "A\\"B\\\\C" AND pmIceScore IS NOT EMPTY ORDER BY pmIceScore DESC, key ASC',
    );
  });

  it('the context search: children of the rows and the related keys, sorted and unique', () => {
    expect(backlogContextJql(['CHK-9', 'CHK-7'], ['CHK-2', 'PLAT-1', 'CHK-2'])).toBe(
      'parent in ("CHK-7", "CHK-9") OR key in ("CHK-2", "PLAT-1")',
    );
    expect(backlogContextJql(['CHK-9'], [])).toBe('parent in ("CHK-9")');
    expect(backlogContextJql([], [])).toBeUndefined();
  });

  it('puts only issue keys into a JQL: anything else a stored document holds is left out', () => {
    expect(backlogContextJql(['CHK-1'], ['x) OR project = HR OR key in (y', 'chk-2', 'CHK-0', '', 'CHK-3'])).toBe(
      'parent in ("CHK-1") OR key in ("CHK-3")',
    );
  });
});

describe('backlog page token', () => {
  const open = { status: 'open' as const };
  const cursor = {
    jiraToken: 'jira-token',
    model: 'rice' as const,
    filter: open,
    offset: 40,
    last: { value: 12.5, rank: 38 },
  };

  it('round-trips the Jira token, offset and last rank', () => {
    expect(decodeBacklogCursor(encodeBacklogCursor(cursor), 'rice', open)).toEqual(cursor);
    const { last: _last, ...plain } = cursor;
    expect(decodeBacklogCursor(encodeBacklogCursor(plain), 'rice', open)).toEqual(plain);
  });

  it('refuses tokens of another model or filter and anything that is not one, as validation', () => {
    const token = encodeBacklogCursor(cursor);
    const all = { status: 'all' as const };
    for (const [t, model, filter] of [
      [token, 'wsjf', open],
      [token, 'rice', all],
      [token, 'rice', { status: 'open', moscow: 'must' }],
      ['%%%', 'rice', open],
      [Buffer.from('{"v":1}').toString('base64url'), 'rice', open],
      [Buffer.from(JSON.stringify({ v: 1, j: 't', m: 'rice', f: 'open', o: -1 })).toString('base64url'), 'rice', open],
      [
        Buffer.from(JSON.stringify({ v: 1, j: 't', m: 'rice', f: 'open', o: 0, x: 1 })).toString('base64url'),
        'rice',
        open,
      ],
    ] as const) {
      let error: unknown;
      try {
        decodeBacklogCursor(t, model, filter);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('validation');
    }
  });
});
