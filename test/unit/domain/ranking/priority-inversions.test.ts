import { findPriorityInversions, type DependencyItem } from '../../../../src/domain/ranking/priority-inversions';
import {
  DEFAULT_DEPENDENCY_LINKS,
  blockedIssueIds,
  dependencyLinkTypes,
} from '../../../../src/domain/ranking/blocked-issue-ids';

/** Items written as `key: score (rank) -> blocked keys`; ids are the keys. */
const item = (
  key: string,
  value: number | null,
  rank: number | null,
  blocks: string[] = [],
  open = true,
): DependencyItem => ({ id: key, key, value, rank, open, blocks });

describe('findPriorityInversions (worked examples)', () => {
  it.each<[string, DependencyItem[], Record<string, { liftTo: string; value: number; dependants: string[] }>]>([
    [
      'a low item blocking a high one is inverted, lifted to its score',
      [item('A-1', 2, 5, ['A-2']), item('A-2', 9, 1)],
      { 'A-1': { liftTo: 'A-2', value: 9, dependants: ['A-2'] } },
    ],
    ['a high item blocking a lower one is the right way round', [item('A-1', 9, 1, ['A-2']), item('A-2', 2, 5)], {}],
    ['equal scores share a rank: no inversion', [item('A-1', 4, 2, ['A-2']), item('A-2', 4, 2)], {}],
    [
      'a not-scored blocker of a scored item is inverted',
      [item('A-1', null, null, ['A-2']), item('A-2', 3, 7)],
      { 'A-1': { liftTo: 'A-2', value: 3, dependants: ['A-2'] } },
    ],
    ['a not-scored dependant outranks nothing', [item('A-1', 1, 9, ['A-2']), item('A-2', null, null)], {}],
    ['a done dependant waits for nothing', [item('A-1', 1, 9, ['A-2']), item('A-2', 8, 1, [], false)], {}],
    ['a done blocker blocks nothing', [item('A-1', 1, 9, ['A-2'], false), item('A-2', 8, 1)], {}],
    [
      'through a chain: A-1 blocks A-2 blocks A-3; both A-1 and A-2 wait on the top item',
      [item('A-1', 1, 3, ['A-2']), item('A-2', 2, 2, ['A-3']), item('A-3', 9, 1)],
      {
        'A-1': { liftTo: 'A-3', value: 9, dependants: ['A-3', 'A-2'] },
        'A-2': { liftTo: 'A-3', value: 9, dependants: ['A-3'] },
      },
    ],
    [
      'a done link in the chain breaks it',
      [item('A-1', 1, 3, ['A-2']), item('A-2', 2, 2, ['A-3'], false), item('A-3', 9, 1)],
      {},
    ],
    [
      'the best dependant is the lift target (ties by key)',
      [item('A-1', 1, 9, ['A-3', 'A-2', 'A-4']), item('A-2', 7, 1), item('A-3', 7, 1), item('A-4', 5, 3)],
      { 'A-1': { liftTo: 'A-2', value: 7, dependants: ['A-2', 'A-3', 'A-4'] } },
    ],
    [
      'a cycle is walked once',
      [item('A-1', 1, 2, ['A-2']), item('A-2', 5, 1, ['A-1'])],
      { 'A-1': { liftTo: 'A-2', value: 5, dependants: ['A-2'] } },
    ],
    ['links to items not given are not followed', [item('A-1', 1, 2, ['X-9'])], {}],
  ])('%s', (_name, items, expected) => {
    const found = findPriorityInversions(items);
    const shaped = Object.fromEntries(
      [...found.values()].map((v) => [
        v.blockerId,
        { liftTo: v.liftTo.key, value: v.liftTo.value, dependants: v.dependants.map((d) => d.key) },
      ]),
    );
    expect(shaped).toEqual(expected);
  });

  it('says which dependants wait directly and keeps their ranks', () => {
    const found = findPriorityInversions([
      item('A-1', 1, 3, ['A-2']),
      item('A-2', 2, 2, ['A-3']),
      item('A-3', 9, 1),
    ]).get('A-1');
    expect(found?.dependants).toEqual([
      { id: 'A-3', key: 'A-3', value: 9, rank: 1, direct: false },
      { id: 'A-2', key: 'A-2', value: 2, rank: 2, direct: true },
    ]);
    expect(found?.liftTo).toEqual({ key: 'A-3', value: 9, rank: 1 });
  });
});

describe('blockedIssueIds / dependencyLinkTypes', () => {
  const links = [
    { type: 'Blocks', direction: 'outward' as const, issueId: '7' },
    { type: 'blocks', direction: 'outward' as const, issueId: '7' },
    { type: 'Blocks', direction: 'inward' as const, issueId: '8' },
    { type: 'Relates', direction: 'outward' as const, issueId: '9' },
    { type: 'Depends', direction: 'inward' as const, issueId: '10' },
  ];
  it.each([
    ['Jira’s Blocks by default: outward only, once, any case', DEFAULT_DEPENDENCY_LINKS, ['7']],
    [
      'a configured "Depends" where the blocked issue is inward',
      [{ type: 'Depends', blockedDirection: 'inward' as const }],
      ['10'],
    ],
    [
      'several types',
      [...DEFAULT_DEPENDENCY_LINKS, { type: 'Depends', blockedDirection: 'inward' as const }],
      ['7', '10'],
    ],
    ['none configured: nothing blocks', [], []],
  ])('%s', (_name, types, expected) => expect(blockedIssueIds({ links }, types)).toEqual(expected));

  it('takes the configured types, else Jira’s Blocks', () => {
    expect(dependencyLinkTypes({})).toBe(DEFAULT_DEPENDENCY_LINKS);
    expect(dependencyLinkTypes({ dependencies: { links: [] } })).toEqual([]);
  });
});
