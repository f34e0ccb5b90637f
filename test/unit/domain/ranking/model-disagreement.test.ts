import { modelDisagreement, spearmanCorrelation } from '../../../../src/domain';

const values = (...v: (number | null)[]) => v.map((value, i) => ({ id: String(i + 1), value }));

describe('spearmanCorrelation', () => {
  it.each([
    [[1, 2, 3, 4], [10, 20, 30, 40], 1],
    [[1, 2, 3, 4], [40, 30, 20, 10], -1],
    // Textbook example with ranks d = (0, 1, -1, 0, 0): rho = 1 - 6*2 / (5*24) = 0.9
    [[1, 2, 3, 4, 5], [1, 3, 2, 4, 5], 0.9],
    // Ties take average ranks: [1, 2.5, 2.5, 4] against [1, 2, 3, 4]
    [[1, 2, 2, 3], [1, 2, 3, 4], 0.9486832980505138],
  ])('rho(%j, %j) = %d', (a, b, rho) => expect(spearmanCorrelation(a, b)).toBeCloseTo(rho, 10));

  it.each([
    [[1], [1]],
    [[1, 2], [3]],
    [
      [5, 5, 5],
      [1, 2, 3],
    ],
  ])('undefined for %j / %j', (a, b) => expect(spearmanCorrelation(a, b)).toBeNull());
});

describe('modelDisagreement', () => {
  it('flags models that rank items in opposite order', () => {
    const r = modelDisagreement(values(1, 2, 3, 4, 5), values(50, 40, 30, 20, 10));
    expect(r.status === 'compared' && { rho: r.correlation, disagree: r.disagree, first: r.biggestShifts[0] }).toEqual({
      rho: -1,
      disagree: true,
      first: { id: '1', rankA: 5, rankB: 1, shift: -4 },
    });
  });

  it('accepts models that broadly agree', () => {
    const r = modelDisagreement(values(1, 2, 3, 4, 5), values(1, 3, 2, 4, 5), 0.5);
    expect(r.status === 'compared' && [r.correlation, r.disagree]).toEqual([expect.closeTo(0.9), false]);
  });

  it('compares only items scored by both', () => {
    const r = modelDisagreement(values(1, null, 3, 4, 5), values(1, 2, null, 4, 5));
    expect(r.status === 'compared' && r.compared).toBe(3);
  });

  it.each([
    ['too few common items', values(1, 2), values(1, 2)],
    ['all tied in one model', values(1, 2, 3), values(4, 4, 4)],
  ])('not compared: %s', (_name, a, b) => expect(modelDisagreement(a, b).status).toBe('not-compared'));
});
