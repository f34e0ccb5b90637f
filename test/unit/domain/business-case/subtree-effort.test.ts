import { latestActual } from '../../../../src/domain/business-case/latest-actual';
import { subtreeEffort } from '../../../../src/domain/business-case/subtree-effort';
import { defaultWorkflowConfig } from '../../../../src/domain/workflow/default-workflow';
import { makeIssue } from '../support/make-issue';

const now = new Date('2026-06-01T00:00:00Z');
const initiative = makeIssue({ id: '1', issueType: 'Initiative' });
const epic = makeIssue({ id: '2', issueType: 'Epic', parentId: '1' });

describe('subtreeEffort', () => {
  it.each([
    [
      'two estimated stories under an epic',
      [
        initiative,
        epic,
        makeIssue({ id: '3', parentId: '2', effort: 5 }),
        makeIssue({ id: '4', parentId: '2', effort: 3 }),
      ],
      { total: 8, unestimated: 0, issues: 3 },
    ],
    [
      'an unestimated story is left out and counted',
      [initiative, epic, makeIssue({ id: '3', parentId: '2', effort: 5 }), makeIssue({ id: '4', parentId: '2' })],
      { total: 5, unestimated: 1, issues: 3 },
    ],
    [
      // The roll-up's effort-once rule: the sub-tasks' 2 + 3 replace the story's 5, not add to it.
      'a story and its sub-tasks both estimated count once',
      [
        initiative,
        epic,
        makeIssue({ id: '3', parentId: '2', effort: 5 }),
        makeIssue({ id: '5', parentId: '3', issueType: 'Sub-task', effort: 2 }),
        makeIssue({ id: '6', parentId: '3', issueType: 'Sub-task', effort: 3 }),
      ],
      { total: 5, unestimated: 0, issues: 4 },
    ],
    [
      'unestimated sub-tasks of an estimated story are covered by it',
      [
        initiative,
        epic,
        makeIssue({ id: '3', parentId: '2', effort: 5 }),
        makeIssue({ id: '5', parentId: '3', issueType: 'Sub-task' }),
      ],
      { total: 5, unestimated: 0, issues: 3 },
    ],
    ['an initiative with no children', [initiative], { total: 0, unestimated: 0, issues: 0 }],
    [
      'issues outside the subtree do not count',
      [initiative, epic, makeIssue({ id: '3', parentId: '2', effort: 5 }), makeIssue({ id: '9', effort: 100 })],
      { total: 5, unestimated: 0, issues: 2 },
    ],
  ])('%s', (_name, issues, expected) => {
    expect(subtreeEffort('1', issues, defaultWorkflowConfig, now)).toEqual(expected);
  });

  it('an unknown root has no effort', () =>
    expect(subtreeEffort('404', [initiative], defaultWorkflowConfig, now)).toEqual({
      total: 0,
      unestimated: 0,
      issues: 0,
    }));
});

describe('latestActual', () => {
  const actuals = [
    { date: '2026-03-01', value: 2 },
    { date: '2026-05-01', value: 3 },
    { date: '2026-05-01', value: 3.5 },
    { date: '2026-07-01', value: 9 },
  ];
  it.each([
    [
      'the latest dated up to now, the correction of that date winning',
      Date.parse('2026-06-01T00:00:00Z'),
      'UTC',
      { date: '2026-05-01', value: 3.5 },
    ],
    ['none yet', Date.parse('2026-01-01T00:00:00Z'), 'UTC', undefined],
    // 2026-07-01 has begun in Auckland (UTC+12) at 2026-06-30T13:00Z but not in UTC.
    [
      'a day that has begun in the site time zone',
      Date.parse('2026-06-30T13:00:00Z'),
      'Pacific/Auckland',
      { date: '2026-07-01', value: 9 },
    ],
    ['the same instant in UTC', Date.parse('2026-06-30T13:00:00Z'), 'UTC', { date: '2026-05-01', value: 3.5 }],
  ])('%s', (_name, nowMs, zone, expected) => expect(latestActual(actuals, nowMs, zone)).toEqual(expected));
});
