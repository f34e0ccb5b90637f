import { inFlightProfile } from '../../../bench/scale/in-flight-profile';

const span = (startMs: number, endMs: number) => ({ endpoint: 'POST search/jql', startMs, endMs });

describe('inFlightProfile', () => {
  it('weighs each level of concurrency by how long it lasted, from the first call to the end', () => {
    // 0-100: two in flight; 100-200: one; 200-300: none; until 300.
    const p = inFlightProfile([span(0, 100), span(0, 200)], 300);
    expect(p.max).toBe(2);
    expect(p.mean).toBeCloseTo(1, 6);
    expect(p.idleShare).toBeCloseTo(1 / 3, 6);
    // Tenths of 30 ms: 2 in flight for the first 100 ms (3 tenths, then a third of the 4th), then 1, then none.
    expect(p.byTenth.map((x) => Number(x.toFixed(6)))).toEqual(
      [2, 2, 2, 4 / 3, 1, 1, 2 / 3, 0, 0, 0].map((x) => Number(x.toFixed(6))),
    );
  });

  it('counts a call that ends exactly as another starts as one in flight, and cuts spans at the end', () => {
    const p = inFlightProfile([span(0, 100), span(100, 200), span(150, 900)], 200);
    expect(p.max).toBe(2);
    expect(p.mean).toBeCloseTo(1.25, 6);
    expect(p.idleShare).toBe(0);
  });

  it('says everything was idle when no call was made', () => {
    expect(inFlightProfile([], 100)).toEqual({ mean: 0, max: 0, idleShare: 1, byTenth: [] });
  });
});
