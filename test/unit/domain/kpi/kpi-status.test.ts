import { kpiStatus } from '../../../../src/domain';
import { makeKpi, NOW } from '../support/make-issue';

// Period from the start of 2026-01-01 to the END of its due date 2026-12-31 (365 days, UTC);
// NOW = 2026-07-01T00:00Z, so 181/365 = 49.6 % has elapsed.
const ELAPSED = 181 / 365;

describe('kpiStatus', () => {
  it.each([
    ['ahead of pace', 30, 'on-track', 0.5],
    ['slightly behind (pace 0.80) is at risk', 28, 'at-risk', 0.4],
    ['far behind (pace 0.40) is off track', 24, 'off-track', 0.2],
    ['below baseline', 15, 'off-track', -0.25],
    ['target reached', 40, 'on-track', 1],
    ['beyond target', 55, 'on-track', 1.75],
  ])('higher is better: %s', (_name, value, status, progress) => {
    const r = kpiStatus(makeKpi({ actuals: [{ date: '2026-06-15', value }] }), NOW);
    expect(r.status).toBe(status);
    expect(r.progress).toBeCloseTo(progress);
    expect(r.expectedProgress).toBeCloseTo(ELAPSED, 12);
    expect(r.pace).toBeCloseTo(progress / ELAPSED, 12);
  });

  it.each([
    [7.5, 'on-track'],
    [9, 'off-track'],
    [5, 'on-track'],
  ])('lower is better: actual %d -> %s', (value, status) => {
    const def = makeKpi({
      direction: 'lower-is-better',
      baseline: 10,
      target: 5,
      actuals: [{ date: '2026-06-01', value }],
    });
    expect(kpiStatus(def, NOW).status).toBe(status);
  });

  it.each([
    ['exactly at the at-risk threshold is on track', 0.9, 'on-track'],
    ['just under it is at risk', 0.8999, 'at-risk'],
    ['exactly at the off-track threshold is at risk', 0.6, 'at-risk'],
    ['just under it is off track', 0.5999, 'off-track'],
  ])('threshold boundaries: %s', (_name, pace, status) => {
    // Choose the actual so that pace is exactly `pace`.
    const value = 20 + 20 * pace * ELAPSED;
    expect(kpiStatus(makeKpi({ actuals: [{ date: '2026-06-30', value }] }), NOW).status).toBe(status);
  });

  it('a pace exactly at the threshold on paper is at it (floating-point tolerance)', () => {
    // Progress 0.6 / 1 after 3 of 4 days (01-01 to the end of 01-04): pace 0.8 on paper, 0.7999999999999999 in floating point.
    const def = makeKpi({
      baseline: 0,
      target: 1,
      periodStart: '2026-01-01',
      dueDate: '2026-01-04',
      thresholds: { atRisk: 0.8, offTrack: 0.5 },
      actuals: [{ date: '2026-01-02', value: 0.6 }],
    });
    const r = kpiStatus(def, new Date('2026-01-04T00:00:00Z'));
    expect(r.pace).toBeCloseTo(0.8, 12);
    expect(r.status).toBe('on-track');
  });

  it('uses the latest actual up to now, ignores future ones, and lets a later entry for the same date win', () => {
    const r = kpiStatus(
      makeKpi({
        actuals: [
          { date: '2026-05-01', value: 22 },
          { date: '2026-06-01', value: 21 },
          { date: '2026-06-01', value: 31 },
          { date: '2026-09-01', value: 99 },
        ],
      }),
      NOW,
    );
    expect(r.latest).toEqual({ date: '2026-06-01', value: 31 });
    expect(r.status).toBe('on-track');
  });

  it('at the very start of the period nothing is expected yet', () => {
    const r = kpiStatus(makeKpi({ periodStart: '2026-07-01', actuals: [{ date: '2026-07-01', value: 20 }] }), NOW);
    expect(r).toMatchObject({ status: 'on-track', pace: null, expectedProgress: 0 });
  });

  describe('past its due date a KPI is judged on its value at the due date, not on pace', () => {
    // Due 2026-03-01, NOW 2026-07-01. Baseline 20, target 40.
    it.each([
      // Progress 0.75 and expected 1 gave pace 0.75: "at risk" before, for a target that was simply missed.
      [
        'missed: 35 of 40',
        [{ date: '2026-02-01', value: 35 }],
        'off-track',
        'missed',
        'missed: the target 40 was due by the end of 2026-03-01 (35 on 2026-02-01)',
      ],
      // Pace 0.95 would have said "on track".
      [
        'missed by a little: 39 of 40',
        [{ date: '2026-03-01', value: 39 }],
        'off-track',
        'missed',
        'missed: the target 40 was due by the end of 2026-03-01 (39 on 2026-03-01)',
      ],
      ['met on the due date', [{ date: '2026-03-01', value: 40 }], 'on-track', 'met', undefined],
      // Judged at the due date: reaching the target in May does not undo missing it in March.
      [
        'reached only after the due date is still missed',
        [
          { date: '2026-02-15', value: 30 },
          { date: '2026-05-01', value: 45 },
        ],
        'off-track',
        'missed',
        'missed: the target 40 was due by the end of 2026-03-01 (30 on 2026-02-15)',
      ],
      // Nothing measured by the due date: the first actual after it is the closest evidence.
      [
        'first measured after the due date',
        [
          { date: '2026-04-01', value: 36 },
          { date: '2026-06-01', value: 41 },
        ],
        'off-track',
        'missed',
        'missed: the target 40 was due by the end of 2026-03-01 (36 on 2026-04-01, the first actual after it)',
      ],
    ])('%s', (_name, actuals, status, outcome, reason) => {
      const r = kpiStatus(makeKpi({ dueDate: '2026-03-01', actuals }), NOW);
      expect(r).toMatchObject({ status, outcome, expectedProgress: 1 });
      expect(r.reasons).toEqual(reason === undefined ? [] : [reason]);
    });

    it('lower is better: missed when still above the target', () => {
      const def = makeKpi({
        direction: 'lower-is-better',
        baseline: 10,
        target: 5,
        dueDate: '2026-03-01',
        actuals: [{ date: '2026-02-20', value: 5.5 }],
      });
      expect(kpiStatus(def, NOW)).toMatchObject({ status: 'off-track', outcome: 'missed' });
    });

    it('on the due date itself it is still running', () => {
      const r = kpiStatus(
        makeKpi({ dueDate: '2026-06-30', actuals: [{ date: '2026-06-15', value: 39 }] }),
        new Date('2026-06-30T23:59:59Z'),
      );
      expect(r).toMatchObject({ outcome: 'running', status: 'on-track' });
    });
  });

  describe('a "maintain" KPI (baseline = target) has a status', () => {
    // Keep uptime at 99.9 %; higher is better.
    const maintain = (actuals: { date: string; value: number }[], overrides = {}) =>
      makeKpi({ name: 'Uptime', baseline: 99.9, target: 99.9, actuals, ...overrides });
    it.each([
      ['at the level', [{ date: '2026-06-01', value: 99.9 }], 'on-track'],
      ['better than the level', [{ date: '2026-06-01', value: 99.95 }], 'on-track'],
      [
        'below it and recovering',
        [
          { date: '2026-05-01', value: 99.0 },
          { date: '2026-06-01', value: 99.5 },
        ],
        'at-risk',
      ],
      [
        'below it and falling',
        [
          { date: '2026-05-01', value: 99.8 },
          { date: '2026-06-01', value: 99.5 },
        ],
        'off-track',
      ],
      ['below it, one actual', [{ date: '2026-06-01', value: 99.5 }], 'off-track'],
    ])('%s', (_name, actuals, status) => {
      const r = kpiStatus(maintain(actuals), NOW);
      expect(r).toMatchObject({ status, kind: 'maintain', progress: null, pace: null, reasons: [] });
    });

    it('lower is better: keep the error rate at or under 2', () => {
      const def = (value: number) =>
        makeKpi({ direction: 'lower-is-better', baseline: 2, target: 2, actuals: [{ date: '2026-06-01', value }] });
      expect(kpiStatus(def(1.5), NOW).status).toBe('on-track');
      expect(kpiStatus(def(2.5), NOW).status).toBe('off-track');
    });

    it('past the due date: met or missed at the due date', () => {
      expect(kpiStatus(maintain([{ date: '2026-03-01', value: 99.9 }], { dueDate: '2026-03-01' }), NOW)).toMatchObject({
        status: 'on-track',
        outcome: 'met',
      });
      expect(kpiStatus(maintain([{ date: '2026-03-01', value: 99.8 }], { dueDate: '2026-03-01' }), NOW)).toMatchObject({
        status: 'off-track',
        outcome: 'missed',
      });
    });
  });

  describe("a KPI due on a date is due at the end of that day in the site's time zone", () => {
    // Default period 2026-01-01 .. 2026-12-31, actual 39 (progress 0.95) on 12-30; noon UTC on the due date.
    const def = makeKpi({ actuals: [{ date: '2026-12-30', value: 39 }] });
    const noonOnTheDueDate = new Date('2026-12-31T12:00:00Z');

    it('UTC (the default): still running at noon on the due date (due at 00:00 UTC, it was already over)', () => {
      const r = kpiStatus(def, noonOnTheDueDate);
      expect(r.expectedProgress).toBeCloseTo(364.5 / 365, 12);
      expect(r.status).toBe('on-track');
    });

    it('Auckland (UTC+13): that day ended at 11:00 UTC, so the whole target is expected', () => {
      expect(kpiStatus(def, noonOnTheDueDate, 3, 'Pacific/Auckland').expectedProgress).toBe(1);
    });

    it('Los Angeles (UTC-8): the period runs from 08:00 UTC on 1 January to 08:00 UTC on 1 January next year', () => {
      const r = kpiStatus(def, new Date('2027-01-01T03:00:00Z'), 3, 'America/Los_Angeles');
      expect(r.expectedProgress).toBeCloseTo((364 * 24 + 19) / (365 * 24), 12);
    });

    it("an actual counts from the start of its day in the site's time zone", () => {
      // 13:00 UTC on 1 July is 01:00 on 2 July in Auckland (UTC+12 in winter).
      const withTomorrow = makeKpi({ actuals: [{ date: '2026-07-02', value: 30 }] });
      const now = new Date('2026-07-01T13:00:00Z');
      expect(kpiStatus(withTomorrow, now).status).toBe('no-data');
      expect(kpiStatus(withTomorrow, now, 3, 'Pacific/Auckland').latest).toEqual({ date: '2026-07-02', value: 30 });
    });

    it('an unknown time zone gives no data, with the reason', () => {
      const r = kpiStatus(def, noonOnTheDueDate, 3, 'Mars/Olympus_Mons');
      expect(r).toMatchObject({ status: 'no-data', reasons: ['Mars/Olympus_Mons is not a known time zone'] });
    });
  });

  it.each([
    ['no actuals', makeKpi(), 'no actuals recorded up to now'],
    ['only future actuals', makeKpi({ actuals: [{ date: '2027-01-01', value: 30 }] }), 'no actuals recorded up to now'],
    [
      'direction contradicts target',
      makeKpi({ target: 10, actuals: [{ date: '2026-06-01', value: 30 }] }),
      'target is below baseline but higher is better',
    ],
    [
      'due before start',
      makeKpi({ dueDate: '2025-12-01', actuals: [{ date: '2026-06-01', value: 30 }] }),
      'dueDate must be after periodStart',
    ],
    [
      'bad date',
      makeKpi({ periodStart: '1 Jan', actuals: [{ date: '2026-06-01', value: 30 }] }),
      'periodStart is not a YYYY-MM-DD date',
    ],
    [
      'thresholds reversed',
      makeKpi({ thresholds: { atRisk: 0.5, offTrack: 0.8 }, actuals: [{ date: '2026-06-01', value: 30 }] }),
      'the off-track threshold must not exceed the at-risk threshold',
    ],
    [
      'NaN baseline',
      makeKpi({ baseline: NaN, actuals: [{ date: '2026-06-01', value: 30 }] }),
      'baseline is not a finite number',
    ],
  ])('no data: %s', (_name, def, reason) => {
    const r = kpiStatus(def, NOW);
    expect(r.status).toBe('no-data');
    expect(r.reasons).toContain(reason);
    expect(r.pace).toBeNull();
  });
});
