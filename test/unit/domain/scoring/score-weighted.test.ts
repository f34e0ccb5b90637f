import { normaliseScores, scoreWeighted, weightedValue, type WeightedCriterionSpec } from '../../../../src/domain';

const criteria: WeightedCriterionSpec[] = [
  { id: 'value', label: 'Customer value', weight: 3, min: 0, max: 10, direction: 'benefit' },
  { id: 'fit', label: 'Strategic fit', weight: 2, min: 0, max: 10, direction: 'benefit' },
  { id: 'risk', label: 'Risk', weight: 1, min: 0, max: 10, direction: 'cost' },
];

describe('scoreWeighted', () => {
  it.each([
    // Each rating as a share of 0..10, risk inverted: (3 x 0.8 + 2 x 0.5 + 1 x (10 - 2) / 10) / 6 = 4.2 / 6 = 0.7
    [{ value: 8, fit: 5, risk: 2 }, 0.7],
    [{ value: 10, fit: 10, risk: 0 }, 1],
    [{ value: 0, fit: 0, risk: 10 }, 0],
    // A high cost lowers the score: (3 x 0.8 + 2 x 0.5 + 1 x 0) / 6
    [{ value: 8, fit: 5, risk: 10 }, 3.4 / 6],
  ])('weighted mean of the rating shares of %j', (ratings, expected) => {
    const r = scoreWeighted(ratings, criteria);
    expect(r.status === 'scored' && r.value).toBeCloseTo(expected, 12);
  });

  it('shows each weighted term (weight x share of the scale)', () => {
    const r = scoreWeighted({ value: 8, fit: 5, risk: 2 }, criteria);
    expect(r.breakdown.terms.map((t) => t.name)).toEqual([
      'Customer value (weight 3, 0..10)',
      'Strategic fit (weight 2, 0..10)',
      'Risk (weight 1, 0..10, cost)',
    ]);
    expect(r.breakdown.terms.map((t) => t.value)).toEqual([expect.closeTo(2.4, 12), 1, expect.closeTo(0.8, 12)]);
  });

  describe('criteria on different rating scales: only the weights decide', () => {
    // Equal weights; "value" rated 1..5, "reach" 0..1000. Before the fix the raw ratings were
    // averaged, so reach outweighed value: A (5, 100) scored 52.5 and B (1, 900) 450.5.
    const mixed: WeightedCriterionSpec[] = [
      { id: 'value', label: 'Value', weight: 1, min: 1, max: 5, direction: 'benefit' },
      { id: 'reach', label: 'Reach', weight: 1, min: 0, max: 1000, direction: 'benefit' },
    ];
    it.each([
      ['A: best value, low reach', { value: 5, reach: 100 }, (1 + 0.1) / 2],
      ['B: worst value, high reach', { value: 1, reach: 900 }, (0 + 0.9) / 2],
      ['middle of both scales', { value: 3, reach: 500 }, 0.5],
    ])('%s', (_name, ratings, expected) => {
      const r = scoreWeighted(ratings, mixed);
      expect(r.status === 'scored' && r.value).toBeCloseTo(expected, 12);
      expect(weightedValue(ratings, mixed)).toBeCloseTo(expected, 12);
    });

    it('A ranks above B', () => {
      expect(weightedValue({ value: 5, reach: 100 }, mixed)!).toBeGreaterThan(
        weightedValue({ value: 1, reach: 900 }, mixed)!,
      );
    });

    it('a cost criterion on a scale that does not start at 0 is inverted on its own range', () => {
      // effort 1..21 (cost), rated 6: share (21 - 6) / 20 = 0.75; value 4 on 1..5: 0.75; (2 x 0.75 + 1 x 0.75) / 3
      const c: WeightedCriterionSpec[] = [
        { id: 'value', label: 'Value', weight: 2, min: 1, max: 5, direction: 'benefit' },
        { id: 'effort', label: 'Effort', weight: 1, min: 1, max: 21, direction: 'cost' },
      ];
      expect(weightedValue({ value: 4, effort: 6 }, c)).toBeCloseTo(0.75, 12);
    });
  });

  it.each([
    ['missing rating', { value: 8, fit: 5 }, criteria, ['risk:missing']],
    ['rating above max', { value: 11, fit: 5, risk: 1 }, criteria, ['value:out-of-range']],
    ['no criteria configured', { value: 1 }, [], ['criteria:not-configured']],
    ['all weights zero', { value: 1 }, [{ ...criteria[0]!, weight: 0 }], ['criteria:not-configured']],
    [
      'a criterion without a scale (max = min)',
      { value: 1 },
      [{ ...criteria[0]!, min: 1, max: 1 }],
      ['criteria:not-configured'],
    ],
  ])('not scored: %s', (_name, ratings, crit, expected) => {
    const r = scoreWeighted(ratings, crit);
    expect(r.status === 'not-scored' && r.reasons.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
    expect(weightedValue(ratings, crit)).toBeNull();
  });
});

describe('normaliseScores', () => {
  it.each([
    [
      [
        { id: 'a', value: 8 },
        { id: 'b', value: 4 },
        { id: 'c', value: null },
      ],
      [100, 50, null],
    ],
    [[{ id: 'a', value: 3 }], [100]],
    [
      [
        { id: 'a', value: 0 },
        { id: 'b', value: 0 },
      ],
      [0, 0],
    ],
    [[], []],
  ])('normalises to a share of the best %#', (items, expected) => {
    expect(normaliseScores(items).map((n) => n.normalised)).toEqual(expected);
  });

  it('moves when another item changes, while the absolute score does not', () => {
    const before = normaliseScores([
      { id: 'a', value: 5 },
      { id: 'b', value: 10 },
    ]);
    const after = normaliseScores([
      { id: 'a', value: 5 },
      { id: 'b', value: 20 },
    ]);
    expect(before[0]).toEqual({ id: 'a', value: 5, normalised: 50 });
    expect(after[0]).toEqual({ id: 'a', value: 5, normalised: 25 });
  });
});
