import { packSearches } from '../../../../src/app/dashboard/pack-searches';

const sizes: Record<string, number> = { A: 70, B: 40, C: 30, D: 10, E: 120 };
const expected = (k: string) => sizes[k] ?? 0;

describe('packSearches (parents split over searches that each fit one Jira page)', () => {
  it('packs largest first into groups within the capacity, each group and the groups in input order', () => {
    expect(packSearches(['A', 'B', 'C'], expected, 100, 100)).toEqual([['A', 'C'], ['B']]);
    expect(packSearches(['D', 'C', 'B', 'A'], expected, 100, 100)).toEqual([
      ['D', 'B'],
      ['C', 'A'],
    ]);
  });

  it('keeps everything in one group when it fits, and a parent expecting more than a page on its own', () => {
    expect(packSearches(['B', 'C', 'D'], expected, 100, 100)).toEqual([['B', 'C', 'D']]);
    expect(packSearches(['D', 'E'], expected, 100, 100)).toEqual([['D'], ['E']]);
  });

  it('names at most maxKeys parents a search, and every parent exactly once', () => {
    const keys = Array.from({ length: 250 }, (_, i) => `K-${i + 1}`);
    const groups = packSearches(keys, () => 0, 100, 100);
    expect(groups.map((g) => g.length)).toEqual([100, 100, 50]);
    expect(groups.flat().sort()).toEqual([...keys].sort());
  });

  it('no parents, no searches', () => {
    expect(packSearches([], expected, 100, 100)).toEqual([]);
  });
});
