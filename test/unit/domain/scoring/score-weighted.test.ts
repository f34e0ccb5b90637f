import { normaliseScores, scoreWeighted, type WeightedCriterionSpec } from '../../../../src/domain';

const criteria: WeightedCriterionSpec[] = [
  { id: 'value', label: 'Customer value', weight: 3, min: 0, max: 10, direction: 'benefit' },
  { id: 'fit', label: 'Strategic fit', weight: 2, min: 0, max: 10, direction: 'benefit' },
  { id: 'risk', label: 'Risk', weight: 1, min: 0, max: 10, direction: 'cost' },
];

describe('scoreWeighted', () => {
  it.each([
    // (3*8 + 2*5 + 1*(10-2)) / 6 = 42 / 6 = 7
    [{ value: 8, fit: 5, risk: 2 }, 7],
    [{ value: 10, fit: 10, risk: 0 }, 10],
    [{ value: 0, fit: 0, risk: 10 }, 0],
    // A high cost lowers the score: (3*8 + 2*5 + 1*0) / 6
    [{ value: 8, fit: 5, risk: 10 }, 34 / 6],
  ])('weighted mean of %j', (ratings, expected) => {
    const r = scoreWeighted(ratings, criteria);
    expect(r.status === 'scored' && r.value).toBeCloseTo(expected);
  });

  it('shows each weighted term', () => {
    const r = scoreWeighted({ value: 8, fit: 5, risk: 2 }, criteria);
    expect(r.breakdown.terms).toEqual([
      { name: 'Customer value (weight 3)', value: 24 },
      { name: 'Strategic fit (weight 2)', value: 10 },
      { name: 'Risk (weight 1, cost)', value: 8 },
    ]);
  });

  it.each([
    ['missing rating', { value: 8, fit: 5 }, criteria, ['risk:missing']],
    ['rating above max', { value: 11, fit: 5, risk: 1 }, criteria, ['value:out-of-range']],
    ['no criteria configured', { value: 1 }, [], ['criteria:not-configured']],
    ['all weights zero', { value: 1 }, [{ ...criteria[0]!, weight: 0 }], ['criteria:not-configured']],
  ])('not scored: %s', (_name, ratings, crit, expected) => {
    const r = scoreWeighted(ratings, crit);
    expect(r.status === 'not-scored' && r.reasons.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });
});

describe('normaliseScores', () => {
  it.each([
    [
      [{ id: 'a', value: 8 }, { id: 'b', value: 4 }, { id: 'c', value: null }],
      [100, 50, null],
    ],
    [[{ id: 'a', value: 3 }], [100]],
    [[{ id: 'a', value: 0 }, { id: 'b', value: 0 }], [0, 0]],
    [[], []],
  ])('normalises to a share of the best %#', (items, expected) => {
    expect(normaliseScores(items).map((n) => n.normalised)).toEqual(expected);
  });

  it('moves when another item changes, while the absolute score does not', () => {
    const before = normaliseScores([{ id: 'a', value: 5 }, { id: 'b', value: 10 }]);
    const after = normaliseScores([{ id: 'a', value: 5 }, { id: 'b', value: 20 }]);
    expect(before[0]).toEqual({ id: 'a', value: 5, normalised: 50 });
    expect(after[0]).toEqual({ id: 'a', value: 5, normalised: 25 });
  });
});
