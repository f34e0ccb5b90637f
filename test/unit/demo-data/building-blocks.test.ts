import fc from 'fast-check';
import { Rng, hash32 } from '../../../dev/demo-data/rng';
import {
  DAY,
  isoDate,
  isoDateTime,
  makeLife,
  monthStart,
  categoryOf,
  type Life,
  type StatusProfile,
} from '../../../dev/demo-data/timeline';
import { makeKpi } from '../../../dev/demo-data/kpis';
import { PRODUCTS } from '../../../dev/demo-data/products';
import { kpiPropertySchema } from '../../../src/contract/pm-property';

describe('Rng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const take = (r: Rng) => Array.from({ length: 5 }, () => r.next());
    expect(take(new Rng(1))).toEqual(take(new Rng(1)));
    expect(take(new Rng(1))).not.toEqual(take(new Rng(2)));
    expect(take(new Rng(1).fork('a'))).toEqual(take(new Rng(1).fork('a')));
    expect(take(new Rng(1).fork('a'))).not.toEqual(take(new Rng(1).fork('b')));
  });

  it('stays in range', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, width) => {
          const r = new Rng(seed);
          for (let i = 0; i < 20; i += 1) {
            const x = r.next();
            expect(x >= 0 && x < 1).toBe(true);
            const n = r.int(min, min + width);
            expect(n >= min && n <= min + width && Number.isInteger(n)).toBe(true);
          }
        },
      ),
    );
  });

  it('samples distinct items and picks by weight', () => {
    const r = new Rng(9);
    const s = r.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(s).size).toBe(3);
    expect(r.sample([1, 2], 5).sort()).toEqual([1, 2]);
    expect(r.sample([1, 2], 0)).toEqual([]);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i += 1)
      counts[
        r.weighted([
          ['a', 3],
          ['b', 1],
        ] as const)
      ] += 1;
    expect(counts.a / 4000).toBeGreaterThan(0.7);
    expect(counts.a / 4000).toBeLessThan(0.8);
  });

  it('hashes strings to 32-bit unsigned integers', () => {
    expect(hash32('x')).toBe(hash32('x'));
    expect(hash32('x')).not.toBe(hash32('y'));
    expect(hash32('x') >>> 0).toBe(hash32('x'));
  });
});

describe('timeline', () => {
  it('formats dates exactly like Date#toISOString', () => {
    const min = Date.UTC(1970, 0, 1);
    const max = Date.UTC(2200, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        expect(isoDateTime(ms)).toBe(new Date(ms).toISOString());
        expect(isoDate(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
    expect(isoDateTime(Date.UTC(2028, 1, 29, 23, 59, 59, 7))).toBe('2028-02-29T23:59:59.007Z');
  });

  it('finds month starts', () => {
    expect(new Date(monthStart(Date.UTC(2026, 10, 17, 5))).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(new Date(monthStart(Date.UTC(2026, 0, 17), -2)).toISOString()).toBe('2025-11-01T00:00:00.000Z');
  });

  const profile: StatusProfile = { matureDays: 100, maxDone: 0.8, inProgressShare: 0.5, wontDo: 0.1 };
  const now = Date.UTC(2026, 10, 1, 9);
  const consistent = (life: Life) => {
    expect(life.created <= life.updated).toBe(true);
    expect(life.updated <= now).toBe(true);
    expect(life.resolved !== null).toBe(categoryOf(life.status) === 'done');
    if (life.resolved !== null) expect(life.created <= life.resolved && life.resolved <= life.updated).toBe(true);
  };

  it('makes consistent lives, children inside their parents', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 540 }),
        fc.integer({ min: 0, max: 540 }),
        (seed, from, span) => {
          const rng = new Rng(seed);
          const window = { from: now - from * DAY, to: now - from * DAY + span * DAY };
          const parent = makeLife(rng, now, window, profile);
          consistent(parent);
          const child = makeLife(rng, now, window, profile, parent);
          consistent(child);
          expect(child.created >= parent.created).toBe(true);
          if (categoryOf(parent.status) === 'done') {
            expect(categoryOf(child.status)).toBe('done');
            if (parent.status === "Won't Do") expect(child.status).toBe("Won't Do");
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('makes older items done more often', () => {
    const rng = new Rng(3);
    const doneShare = (daysOld: number) => {
      let done = 0;
      for (let i = 0; i < 500; i += 1) {
        const life = makeLife(rng, now, { from: now - daysOld * DAY, to: now - daysOld * DAY + DAY }, profile);
        if (categoryOf(life.status) === 'done') done += 1;
      }
      return done / 500;
    };
    expect(doneShare(300)).toBeGreaterThan(doneShare(10) + 0.4);
  });
});

describe('KPIs', () => {
  const now = Date.UTC(2026, 10, 1, 9);
  const template = PRODUCTS[0]?.kpis[0];

  it('builds valid documents for every trajectory', () => {
    if (!template) throw new Error('no KPI template');
    for (const trajectory of ['on-track', 'at-risk', 'off-track', 'no-data'] as const) {
      const { property } = makeKpi(new Rng(trajectory), now, template, trajectory);
      expect(kpiPropertySchema.parse(property)).toEqual(property);
      expect(property.actuals.length === 0).toBe(trajectory === 'no-data');
    }
  });

  it('keeps percentages and ratings inside their scale', () => {
    for (const product of PRODUCTS) {
      for (const t of product.kpis) {
        for (let seed = 0; seed < 30; seed += 1) {
          const { property } = makeKpi(new Rng(seed), now, t, 'on-track');
          const values = [property.baseline, property.target, ...property.actuals.map((a) => a.value)];
          if (t.unit === '%') expect(Math.max(...values)).toBeLessThanOrEqual(100);
          if (t.unit === 'stars') expect(Math.max(...values)).toBeLessThanOrEqual(5);
          expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
          expect(
            t.direction === 'higher-is-better'
              ? property.target > property.baseline
              : property.target < property.baseline,
          ).toBe(true);
        }
      }
    }
  });
});
