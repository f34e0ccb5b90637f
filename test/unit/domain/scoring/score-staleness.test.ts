import { isScoreStale, scoreStaleness, type PmData } from '../../../../src/domain';
import { NOW } from '../support/make-issue';

const pm = (scoredAt?: string, scores: PmData['scores'] = { ice: { impact: 5 } }): PmData => ({
  kpiKeys: [],
  scores,
  ...(scoredAt ? { scoredAt } : {}),
});

describe('scoreStaleness', () => {
  it.each([
    ['fresh', pm('2026-06-01T00:00:00Z'), { stale: false, reason: 'fresh', ageDays: 30 }],
    ['exactly 90 days is still fresh', pm('2026-04-02T00:00:00Z'), { stale: false, reason: 'fresh', ageDays: 90 }],
    ['one second over the limit', pm('2026-04-01T23:59:59Z'), { stale: true, reason: 'older-than-limit', ageDays: 90 }],
    ['old', pm('2026-01-01T00:00:00Z'), { stale: true, reason: 'older-than-limit', ageDays: 181 }],
    // NOW is 2026-07-01T00:00:00Z. A date in the future is not "fresh": it cannot vouch for anything.
    ['dated tomorrow', pm('2026-07-02T00:00:00Z'), { stale: true, reason: 'future-date', ageDays: null }],
    ['dated years ahead', pm('2030-01-01T00:00:00Z'), { stale: true, reason: 'future-date', ageDays: null }],
    [
      '6 minutes ahead (beyond the 5 minutes clocks may differ by)',
      pm('2026-07-01T00:06:00Z'),
      { stale: true, reason: 'future-date', ageDays: null },
    ],
    [
      '4 minutes ahead counts as just scored',
      pm('2026-07-01T00:04:00Z'),
      { stale: false, reason: 'fresh', ageDays: 0 },
    ],
    ['no date', pm(undefined), { stale: true, reason: 'no-date', ageDays: null }],
    ['bad date', pm('yesterday'), { stale: true, reason: 'invalid-date', ageDays: null }],
    ['no inputs at all', pm('2020-01-01T00:00:00Z', {}), { stale: false, reason: 'no-inputs', ageDays: null }],
    [
      'only null inputs',
      pm(undefined, { rice: { reach: null } }),
      { stale: false, reason: 'no-inputs', ageDays: null },
    ],
    ['no PM data', undefined, { stale: false, reason: 'no-inputs', ageDays: null }],
  ])('%s', (_name, data, expected) => {
    expect(scoreStaleness(data, 90, NOW)).toEqual(expected);
    expect(isScoreStale(data, 90, NOW.getTime())).toBe(expected.stale);
  });
});
