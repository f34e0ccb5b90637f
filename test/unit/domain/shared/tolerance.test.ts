import { atLeast, atMost, below } from '../../../../src/domain/shared/tolerance';

describe('threshold comparisons with a floating-point tolerance', () => {
  it.each([
    ['0.1 + 0.2 of 0.5 is at most 60 %', (0.1 + 0.2) / 0.5, 0.6, true],
    ['exactly at the limit', 0.6, 0.6, true],
    ['a real excess of 0.001', 0.601, 0.6, false],
    ['relative: 1e12 + 100 is within 1e12 (1e-9 of it is 1000)', 1e12 + 100, 1e12, true],
    ['relative: 1e12 + 10000 is not', 1e12 + 10000, 1e12, false],
  ])('atMost: %s', (_name, value, limit, expected) => {
    expect(atMost(value, limit)).toBe(expected);
  });

  it.each([
    ['0.7 + 0.1 is at least 0.8', 0.7 + 0.1, 0.8, true],
    ['0.79 is not', 0.79, 0.8, false],
  ])('atLeast: %s', (_name, value, limit, expected) => {
    expect(atLeast(value, limit)).toBe(expected);
    expect(below(value, limit)).toBe(!expected);
  });
});
