import { percentOfShare } from '../../../../src/domain/shared/share-percent';

describe('percentOfShare', () => {
  it.each([
    ['nothing done', 0, 2000, 0],
    ['1 of 2,000 is not 0', 1, 2000, 0.05],
    ['1 of 20,000 keeps one significant digit', 1, 20000, 0.005],
    ['1 of 1,000 has one decimal', 1, 1000, 0.1],
    ['1 of 3 has one decimal', 1, 3, 33.3],
    ['2 of 3 rounds to one decimal', 2, 3, 66.7],
    ['half', 1, 2, 50],
    ['199 of 200 is not 100 (Math.round said 100)', 199, 200, 99.5],
    ['1,999 of 2,000 is not 100', 1999, 2000, 99.9],
    ['19,999 of 20,000 stays below 100', 19999, 20000, 99.9],
    ['all done', 200, 200, 100],
  ])('%s: %i of %i -> %s', (_name, done, total, expected) => {
    expect(percentOfShare(done / total)).toBe(expected);
  });

  it('clamps a share outside 0..1', () => {
    expect(percentOfShare(-0.1)).toBe(0);
    expect(percentOfShare(1.2)).toBe(100);
  });
});
