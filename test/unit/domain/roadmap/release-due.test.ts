import { dueOf } from '../../../../src/domain/roadmap/release-due';
import { horizonOf } from '../../../../src/domain/roadmap/horizon';

const v = (name: string, releaseDate?: string, released = false) => ({
  name,
  released,
  ...(releaseDate ? { releaseDate } : {}),
});

describe('when a roadmap item is due: its due date, else its release', () => {
  it.each<[string, Parameters<typeof dueOf>[0], ReturnType<typeof dueOf>]>([
    [
      'its own due date wins over a release',
      { dueDate: '2026-12-01', fixVersions: [v('2.4', '2026-11-15')] },
      { dueDate: '2026-12-01' },
    ],
    [
      'no due date: due by its release',
      { fixVersions: [v('2.4', '2026-12-15')] },
      { dueDate: '2026-12-15', release: '2.4' },
    ],
    [
      'in two releases: due by the first',
      { fixVersions: [v('2.5', '2027-02-01'), v('2.4', '2026-12-15')] },
      { dueDate: '2026-12-15', release: '2.4' },
    ],
    ['a release with no date does not place it', { fixVersions: [v('Backlog')] }, {}],
    [
      'a released version places it too (shipped then)',
      { fixVersions: [v('2.3', '2026-10-01', true)] },
      { dueDate: '2026-10-01', release: '2.3' },
    ],
    ['an unreadable release date is ignored', { fixVersions: [v('2.4', '15/Dec/26')] }, {}],
    ['no dates, no versions', {}, {}],
  ])('%s', (_name, item, expected) => {
    expect(dueOf(item)).toEqual(expected);
  });

  it('the release date sets the horizon as a due date would (next within 90 days of 2026-11-01)', () => {
    const due = dueOf({ fixVersions: [v('2.4', '2026-12-15')] });
    expect(horizonOf({ statusCategory: 'new', ...due }, '2026-11-01').horizon).toBe('next');
    expect(
      horizonOf({ statusCategory: 'new', ...dueOf({ fixVersions: [v('3.0', '2027-06-01')] }) }, '2026-11-01').horizon,
    ).toBe('later');
  });
});

describe('the horizon reason names the release an item is due by', () => {
  it.each<[string, Parameters<typeof horizonOf>[0], string]>([
    [
      'within the window',
      { statusCategory: 'new', dueDate: '2026-12-15', release: '2.4' },
      'Due by release 2.4 within 90 days',
    ],
    [
      'beyond it',
      { statusCategory: 'new', dueDate: '2027-06-01', release: '3.0' },
      'Due by release 3.0 more than 90 days ahead',
    ],
    [
      'its release day passed',
      { statusCategory: 'new', dueDate: '2026-10-01', release: '2.3' },
      'Release 2.3 date has passed, not started',
    ],
    ['its own due date: as before', { statusCategory: 'new', dueDate: '2026-12-15' }, 'Due within 90 days'],
  ])('%s', (_name, item, reason) => {
    expect(horizonOf(item, '2026-11-01').reason).toBe(reason);
  });
});
