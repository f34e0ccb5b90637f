import { horizonOf, type HorizonItem } from '../../../../src/domain/roadmap/horizon';
import { dayInZone } from '../../../../src/domain/roadmap/today-in-zone';
import { childProgress } from '../../../../src/domain/roadmap/child-progress';

const TODAY = '2026-11-01';

describe('horizonOf: now / next / later from status category and dates (next = within 90 days by default)', () => {
  it.each<[string, HorizonItem, string, boolean, string]>([
    [
      'done is done, whatever its dates',
      { statusCategory: 'done', startDate: '2026-01-01', dueDate: '2026-02-01' },
      'done',
      false,
      'Done',
    ],
    ['in progress is now', { statusCategory: 'indeterminate', startDate: '2027-06-01' }, 'now', false, 'In progress'],
    [
      'in progress and past its due day is now, overdue',
      { statusCategory: 'indeterminate', dueDate: '2026-10-31' },
      'now',
      true,
      'In progress',
    ],
    [
      'not started, due yesterday: now, overdue',
      { statusCategory: 'new', dueDate: '2026-10-31' },
      'now',
      true,
      'Overdue, not started',
    ],
    [
      'not started, due today: not overdue (due at the end of the day), next',
      { statusCategory: 'new', dueDate: '2026-11-01' },
      'next',
      false,
      'Due within 90 days',
    ],
    [
      'planned start today: now',
      { statusCategory: 'new', startDate: '2026-11-01', dueDate: '2027-03-01' },
      'now',
      false,
      'Planned start has passed',
    ],
    [
      'starts in 30 days: next',
      { statusCategory: 'new', startDate: '2026-12-01' },
      'next',
      false,
      'Starts within 90 days',
    ],
    [
      'starts on day 90 exactly: next (the window includes its last day)',
      { statusCategory: 'new', startDate: '2027-01-30' },
      'next',
      false,
      'Starts within 90 days',
    ],
    [
      'starts on day 91: later',
      { statusCategory: 'new', startDate: '2027-01-31' },
      'later',
      false,
      'Starts more than 90 days ahead',
    ],
    [
      'the start date decides over a near due date',
      { statusCategory: 'new', startDate: '2027-03-01', dueDate: '2026-11-20' },
      'later',
      false,
      'Starts more than 90 days ahead',
    ],
    [
      'no start, due in 200 days: later',
      { statusCategory: 'new', dueDate: '2027-05-20' },
      'later',
      false,
      'Due more than 90 days ahead',
    ],
    ['no dates at all: later', { statusCategory: 'new' }, 'later', false, 'Not started and not scheduled'],
    [
      'an unreadable date counts as absent',
      { statusCategory: 'new', startDate: '2026-02-30' },
      'later',
      false,
      'Not started and not scheduled',
    ],
  ])('%s', (_name, item, horizon, overdue, reason) => {
    expect(horizonOf(item, TODAY)).toEqual({ horizon, overdue, reason });
  });

  it.each([
    [30, '2026-12-15', 'later'],
    [60, '2026-12-15', 'next'],
    [0, '2026-11-02', 'later'],
  ])('the window is configurable: %i days, start %s -> %s', (days, startDate, horizon) => {
    expect(horizonOf({ statusCategory: 'new', startDate }, TODAY, { nextWithinDays: days }).horizon).toBe(horizon);
  });

  it('refuses a today that is not a day (a wrong board is worse than none)', () => {
    expect(() => horizonOf({ statusCategory: 'new' }, '1 Nov 2026')).toThrow(RangeError);
  });
});

describe('dayInZone: the site day of an instant', () => {
  it.each([
    ['2026-11-01T09:00:00Z', 'UTC', '2026-11-01'],
    ['2026-11-01T09:00:00Z', 'Pacific/Auckland', '2026-11-01'],
    ['2026-11-01T12:00:00Z', 'Pacific/Auckland', '2026-11-02'],
    ['2026-11-01T03:00:00Z', 'America/Los_Angeles', '2026-10-31'],
  ])('%s in %s is %s', (instant, zone, day) => {
    expect(dayInZone(Date.parse(instant), zone)).toBe(day);
  });
});

describe('childProgress: done children of all children', () => {
  it.each<[string, ('new' | 'indeterminate' | 'done')[], { done: number; total: number } | null]>([
    ['no children: no figure, not 0 %', [], null],
    ['one of three done', ['done', 'indeterminate', 'new'], { done: 1, total: 3 }],
    ['all done', ['done', 'done'], { done: 2, total: 2 }],
    ['none done', ['new', 'indeterminate'], { done: 0, total: 2 }],
  ])('%s', (_name, children, expected) => {
    expect(childProgress(children)).toEqual(expected);
  });
});
