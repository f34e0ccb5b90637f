import { checkMoscowCapacity, type MoscowItem } from '../../../../src/domain';

describe('checkMoscowCapacity', () => {
  it.each<[string, MoscowItem[], { capacity?: number | null; limitShare?: number }, number, boolean]>([
    [
      'exactly 60 % is allowed',
      [
        { id: 'a', moscow: 'must', effort: 6 },
        { id: 'b', moscow: 'should', effort: 4 },
      ],
      {},
      0.6,
      false,
    ],
    [
      'above 60 % is flagged',
      [
        { id: 'a', moscow: 'must', effort: 7 },
        { id: 'b', moscow: 'could', effort: 3 },
      ],
      {},
      0.7,
      true,
    ],
    [
      "won't items are outside the timebox",
      [
        { id: 'a', moscow: 'must', effort: 5 },
        { id: 'b', moscow: 'should', effort: 5 },
        { id: 'c', moscow: 'wont', effort: 90 },
      ],
      {},
      0.5,
      false,
    ],
    ['given capacity', [{ id: 'a', moscow: 'must', effort: 30 }], { capacity: 100 }, 0.3, false],
    [
      'custom limit',
      [
        { id: 'a', moscow: 'must', effort: 5 },
        { id: 'b', moscow: 'could', effort: 5 },
      ],
      { limitShare: 0.4 },
      0.5,
      true,
    ],
    // Decimal efforts: 0.1 + 0.2 is 0.30000000000000004 in floating point, so the share of a
    // 0.5 capacity came out 0.6000000000000001 and was flagged; at the limit is within it.
    [
      'decimal efforts exactly at 60 % of a given capacity',
      [
        { id: 'a', moscow: 'must', effort: 0.1 },
        { id: 'b', moscow: 'must', effort: 0.2 },
      ],
      { capacity: 0.5 },
      0.6,
      false,
    ],
    [
      'decimal efforts exactly at 60 % of the planned effort',
      [
        { id: 'a', moscow: 'must', effort: 0.1 },
        { id: 'b', moscow: 'must', effort: 0.2 },
        { id: 'c', moscow: 'could', effort: 0.2 },
      ],
      {},
      0.6,
      false,
    ],
    [
      'a hair of real excess is still flagged',
      [{ id: 'a', moscow: 'must', effort: 0.301 }],
      { capacity: 0.5 },
      0.602,
      true,
    ],
    [
      'exactly at a custom 40 % limit',
      [
        { id: 'a', moscow: 'must', effort: 0.1 },
        { id: 'b', moscow: 'must', effort: 0.1 },
        { id: 'c', moscow: 'should', effort: 0.1 },
        { id: 'd', moscow: 'should', effort: 0.1 },
        { id: 'e', moscow: 'could', effort: 0.1 },
      ],
      { limitShare: 0.4 },
      0.4,
      false,
    ],
  ])('%s', (_name, items, options, share, exceeded) => {
    const r = checkMoscowCapacity(items, options);
    expect(r.status).toBe('checked');
    if (r.status !== 'checked') return;
    expect(r.mustShare).toBeCloseTo(share);
    expect(r.exceeded).toBe(exceeded);
  });

  it('lists unestimated and uncategorised items, and marks the share as a lower bound', () => {
    const r = checkMoscowCapacity([
      { id: 'a', moscow: 'must', effort: 2 },
      { id: 'b', moscow: 'must', effort: null },
      { id: 'c', moscow: 'should', effort: 8 },
      { id: 'd', effort: 3 },
    ]);
    expect(
      r.status === 'checked' && {
        lowerBound: r.lowerBound,
        unestimated: r.unestimated,
        uncategorised: r.uncategorised,
        must: r.byCategory.must,
      },
    ).toEqual({
      lowerBound: true,
      unestimated: ['b'],
      uncategorised: ['d'],
      must: { count: 2, effort: 2 },
    });
  });

  it.each<[string, MoscowItem[], { capacity?: number | null; limitShare?: number }]>([
    ['no items and no capacity', [], {}],
    ['zero capacity', [{ id: 'a', moscow: 'must', effort: 1 }], { capacity: 0 }],
    ['NaN capacity', [{ id: 'a', moscow: 'must', effort: 1 }], { capacity: NaN }],
    ['bad limit', [{ id: 'a', moscow: 'must', effort: 1 }], { limitShare: 1.5 }],
  ])('not checked: %s', (_name, items, options) => {
    expect(checkMoscowCapacity(items, options).status).toBe('not-checked');
  });
});
