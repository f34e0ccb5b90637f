import type { RoadmapItem } from '../../../src/contract/roadmap';
import { filterRoadmapItems, roadmapThemes } from '../../../src/contract/roadmap-filter';
import { dayMs, releaseMarks, timelineScale, timelineX } from '../../../static/src/roadmap/timeline-scale';

const DAY = 86_400_000;
const item = (key: string, extra: Partial<RoadmapItem> = {}): RoadmapItem => ({
  key,
  summary: key,
  issueType: 'Epic',
  projectKey: 'CHK',
  status: 'To Do',
  statusCategory: 'new',
  horizon: 'later',
  horizonReason: '',
  overdue: false,
  progress: { state: 'no-children' },
  kpiStatus: 'no-data',
  ...extra,
});

describe('timelineScale: the axis and the bars of the roadmap timeline', () => {
  const items = [
    item('A-1', { startDate: '2026-11-10', dueDate: '2026-12-31' }),
    item('A-2', { dueDate: '2027-01-15' }),
    item('A-3', { startDate: '2026-10-01' }),
    item('A-4'),
  ];
  const scale = timelineScale(items, '2026-11-01');

  it('runs from a week before the earliest day to two weeks after the latest', () => {
    expect(scale.from).toBe(dayMs('2026-10-01') - 7 * DAY);
    expect(scale.to).toBe(dayMs('2027-01-15') + 14 * DAY);
  });

  it.each([
    ['start to the end of the due day', 'A-1', dayMs('2026-11-10'), dayMs('2027-01-01'), false, false],
    ['only a due day: a one-day milestone', 'A-2', dayMs('2027-01-15'), dayMs('2027-01-16'), true, false],
    ['only a start: open to the end of the axis', 'A-3', dayMs('2026-10-01'), dayMs('2027-01-29'), false, true],
  ])('%s', (_name, key, from, to, milestone, openEnd) => {
    expect(scale.bars.find((b) => b.item.key === key)).toMatchObject({ from, to, milestone, openEnd });
  });

  it('never draws an item without dates at a made-up place', () => {
    expect(scale.bars.map((b) => b.item.key)).not.toContain('A-4');
    expect(scale.unscheduled.map((i) => i.key)).toEqual(['A-4']);
  });

  it('ticks each month start, the first and each January with the year', () => {
    expect(scale.ticks.map((t) => t.label)).toEqual(['Oct 2026', 'Nov', 'Dec', 'Jan 2027']);
    expect(scale.ticks[1]?.at).toBe(dayMs('2026-11-01'));
  });

  it('ticks each quarter beyond 18 months', () => {
    const long = timelineScale([item('B-1', { startDate: '2026-01-10', dueDate: '2028-06-01' })], '2026-11-01');
    expect(long.ticks.map((t) => t.label).slice(0, 4)).toEqual(['Apr 2026', 'Jul', 'Oct', 'Jan 2027']);
  });

  it('places days on the width linearly, the axis ends at the range ends', () => {
    const x = timelineX(scale, [280, 948]);
    expect(x(scale.from)).toBe(280);
    expect(x(scale.to)).toBe(948);
    expect(x((scale.from + scale.to) / 2)).toBeCloseTo(614, 9);
  });
});

describe('filterRoadmapItems: the page and the CSV keep the same items', () => {
  const items = [
    item('C-1', { theme: { key: 'C-9', summary: 'Payments' }, horizon: 'now', statusCategory: 'indeterminate' }),
    item('C-2', { horizon: 'next' }),
    item('C-3', { theme: { key: 'C-9', summary: 'Payments' }, horizon: 'done', statusCategory: 'done' }),
  ];
  it.each([
    ['no filter keeps everything', {}, ['C-1', 'C-2', 'C-3']],
    ['by theme', { themes: ['C-9'] }, ['C-1', 'C-3']],
    ["'' is the items without a theme", { themes: [''] }, ['C-2']],
    ['by horizon', { horizons: ['now', 'next'] as const }, ['C-1', 'C-2']],
    ['by status category', { statuses: ['done'] as const }, ['C-3']],
    ['an empty list is no filter', { statuses: [], horizons: [] }, ['C-1', 'C-2', 'C-3']],
    ['filters combine', { themes: ['C-9'], horizons: ['now'] as const }, ['C-1']],
  ])('%s', (_name, filter, keys) => {
    expect(filterRoadmapItems(items, { ...filter } as never).map((i) => i.key)).toEqual(keys);
  });
  it('lists the themes in first-seen order', () => {
    expect(roadmapThemes(items)).toEqual([
      { key: 'C-9', summary: 'Payments' },
      { key: '', summary: 'No theme' },
    ]);
  });
});

describe('releaseMarks: release markers on the timeline', () => {
  const scale = timelineScale([item('A-1', { startDate: '2026-11-10', dueDate: '2026-12-31' })], '2026-11-01');
  const r = (name: string, releaseDate: string, released = false) => ({
    projectKey: 'CHK',
    name,
    releaseDate,
    released,
  });

  it('draws the releases on the axis, at the end of their day, and leaves out those far outside it', () => {
    const marks = releaseMarks(scale, [r('2.3', '2026-06-01', true), r('2.4', '2026-12-15'), r('3.0', '2028-01-01')]);
    expect(marks.map((m) => [m.release.name, m.at])).toEqual([['2.4', dayMs('2026-12-15') + DAY]]);
  });

  it('an undated epic due by its release gets a milestone on that release’s day', () => {
    const s = timelineScale([item('A-2', { dueDate: '2026-12-15', dueByRelease: '2.4' })], '2026-11-01');
    expect(s.bars.map((b) => [b.item.key, b.milestone, b.to])).toEqual([['A-2', true, dayMs('2026-12-15') + DAY]]);
    expect(releaseMarks(s, [r('2.4', '2026-12-15')]).map((m) => m.at)).toEqual([s.bars[0]!.to]);
  });
});
