import { compareIds, compareIssueKeys, rankByScore } from '../../../../src/domain';

describe('compareIssueKeys / compareIds', () => {
  it.each([
    [
      ['APP-10', 'APP-9', 'API-2', 'APP-1'],
      ['API-2', 'APP-1', 'APP-9', 'APP-10'],
    ],
    [
      ['B-1', 'A-100', 'odd', 'A-2'],
      ['A-2', 'A-100', 'B-1', 'odd'],
    ],
  ])('sorts keys naturally %#', (keys, sorted) => expect([...keys].sort(compareIssueKeys)).toEqual(sorted));

  it('sorts decimal ids numerically', () =>
    expect(['100', '20', '3', '1000'].sort(compareIds)).toEqual(['3', '20', '100', '1000']));
});

describe('rankByScore', () => {
  it('ranks highest first with competition ranks for ties, not-scored last', () => {
    const ranked = rankByScore([
      { id: '1', key: 'A-2', value: 5 },
      { id: '2', key: 'A-10', value: null },
      { id: '3', key: 'A-1', value: 5 },
      { id: '4', key: 'A-3', value: 9 },
      { id: '5', key: 'A-4', value: 1 },
      { id: '6', key: 'A-0', value: NaN },
    ]);
    expect(ranked.map((r) => [r.key, r.position, r.rank])).toEqual([
      ['A-3', 1, 1],
      ['A-1', 2, 2],
      ['A-2', 3, 2],
      ['A-4', 4, 4],
      ['A-0', 5, null],
      ['A-10', 6, null],
    ]);
  });

  it('does not depend on input order', () => {
    const items = [
      { id: '1', key: 'B-1', value: 3 },
      { id: '2', key: 'A-1', value: 3 },
      { id: '3', key: 'A-1', value: 3 },
      { id: '4', key: 'C-1', value: 7 },
    ];
    expect(rankByScore([...items].reverse())).toEqual(rankByScore(items));
    expect(rankByScore(items).map((r) => r.id)).toEqual(['4', '2', '3', '1']);
  });
});
