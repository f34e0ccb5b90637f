import { groupBySave, historyChange } from '../../../static/src/issue-panel/history-changes';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import type { HistoryEntry } from '../../../src/contract/views';

const scoring = defaultWorkflowConfig.scoring;
const entry = (field: string, from: unknown, to: unknown, at = '2026-12-01T10:00:00Z'): HistoryEntry => ({
  at,
  accountId: 'acc-pat',
  displayName: 'Pat Owner',
  field,
  from,
  to,
});

const like = (dysfunctional: string) => ({ functional: 'like', dysfunctional });
const expectDislike = { functional: 'expect', dysfunctional: 'dislike' };

describe('history changes (issue panel)', () => {
  it.each<
    [string, HistoryEntry, { title: string; lines: string[]; score?: { from: string; to: string; delta?: number } }]
  >([
    [
      'a RICE save lists only the input that moved, with the score before, after and the delta',
      entry(
        'scores.rice',
        { reach: 100, impact: 1, confidence: 100, effort: 1 },
        { reach: 250, impact: 1, confidence: 100, effort: 1 },
      ),
      { title: 'RICE', lines: ['Reach (per quarter): 100 -> 250'], score: { from: '100', to: '250', delta: 150 } },
    ],
    [
      'first scoring: not scored before, so no delta',
      entry('scores.wsjf', null, { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 8 }),
      {
        title: 'WSJF',
        lines: [
          'User-business value: null -> 8',
          'Time criticality: null -> 5',
          'Risk reduction / opportunity: null -> 3',
          'Job size: null -> 8',
        ],
        score: { from: 'not scored', to: '2' },
      },
    ],
    [
      'a score made worse shows a negative delta',
      entry('scores.valueEffort', { value: 10, effort: 2 }, { value: 10, effort: 4 }),
      { title: 'Value / Effort', lines: ['Effort: 2 -> 4'], score: { from: '5', to: '2.50', delta: -2.5 } },
    ],
    [
      'MoSCoW is a category: before and after, no numeric delta',
      entry('scores.moscow', 'should', 'must'),
      { title: 'MoSCoW', lines: ['Category: should -> must'], score: { from: 'Should', to: 'Must' } },
    ],
    [
      'a Kano survey save says how many answers, not the answers, with the category both ways',
      entry(
        'scores.kanoSurvey',
        { responses: [like('neutral'), like('neutral'), like('dislike')] },
        { responses: [like('neutral'), like('neutral'), like('dislike'), expectDislike, expectDislike, expectDislike] },
      ),
      {
        title: 'Kano survey',
        lines: ['Answers: 3 answers -> 6 answers'],
        score: { from: 'Attractive', to: 'Must-be' },
      },
    ],
    [
      'a first survey starts from none',
      entry('scores.kanoSurvey', null, { responses: [like('dislike')] }),
      {
        title: 'Kano survey',
        lines: ['Answers: 0 answers -> 1 answer'],
        score: { from: 'no survey', to: 'One-dimensional' },
      },
    ],
    [
      'a link field is one line with no score',
      entry('problemKey', 'CHK-2', 'CHK-3'),
      { title: 'Problem', lines: ['Problem: CHK-2 -> CHK-3'] },
    ],
  ])('%s', (_name, e, expected) => {
    const c = historyChange(e, scoring);
    expect({
      title: c.title,
      lines: c.lines.map((l) => `${l.label}: ${String(l.from)} -> ${String(l.to)}`),
      ...(c.score ? { score: c.score } : {}),
    }).toEqual(expected);
  });

  it('groups the entries of one save, newest save first', () => {
    const groups = groupBySave([
      entry('phase', null, 'problem', '2026-12-01T09:00:00Z'),
      entry('scores.rice', null, null, '2026-12-01T10:00:00Z'),
      entry('problemKey', null, 'CHK-2', '2026-12-01T10:00:00Z'),
    ]);
    expect(groups.map((g) => g.map((e) => e.field))).toEqual([['scores.rice', 'problemKey'], ['phase']]);
  });
});
