import { cumulative } from '../../../../src/domain/business-case/cumulative';
import { kpiBenefitPerPeriod } from '../../../../src/domain/business-case/kpi-benefit';
import { npv } from '../../../../src/domain/business-case/npv';
import { paybackPeriod } from '../../../../src/domain/business-case/payback';
import { periodRate } from '../../../../src/domain/business-case/period-rate';

describe('npv', () => {
  // Worked by hand: -1000 + 500/1.1 + 500/1.21 + 500/1.331 = -1000 + 454.545 + 413.223 + 375.657
  it.each([
    ['three years at 10 %', 0.1, [-1000, 500, 500, 500], 243.426],
    ['no discounting is the plain sum', 0, [-100, 50, 50], 0],
    ['a single flow at period 0 is not discounted', 0.5, [-250], -250],
    ['no flows', 0.1, [], 0],
    ['a negative rate (money loses less than nothing)', -0.5, [0, 10], 20],
    ['everything negative', 0.1, [-100, -110], -200],
  ])('%s', (_name, rate, flows, expected) => {
    expect(npv(rate, flows)).toBeCloseTo(expected, 3);
  });

  it.each([
    ['rate of -100 % would divide by zero', -1, [-1, 1]],
    ['rate below -100 %', -2, [-1, 1]],
    ['NaN rate', NaN, [1]],
    ['an Infinity flow', 0.1, [-1, Infinity]],
    ['a NaN flow', 0.1, [NaN]],
  ])('null, never NaN or Infinity: %s', (_name, rate, flows) => {
    expect(npv(rate, flows)).toBeNull();
  });
});

describe('paybackPeriod', () => {
  it.each([
    ['crosses half-way through period 3', [-1000, 400, 400, 400], { kind: 'pays-back', periods: 2.5 }],
    ['exactly at the end of period 2', [-1000, 500, 500, 500], { kind: 'pays-back', periods: 2 }],
    ['nothing invested pays back at once', [0, 100, 100], { kind: 'pays-back', periods: 0 }],
    ['no flows at all', [], { kind: 'pays-back', periods: 0 }],
    ['never within the horizon', [-1000, 100, 100], { kind: 'never', shortfall: 800 }],
    ['a zero benefit never pays back (no division by zero)', [-1000, 0, 0], { kind: 'never', shortfall: 1000 }],
    ['a negative benefit never pays back', [-1000, -50, -50], { kind: 'never', shortfall: 1100 }],
    [
      'dips again after crossing: counts from the last crossing',
      [-100, 150, -100, 100],
      { kind: 'pays-back', periods: 2.5 },
    ],
    // -0.1 - 0.2 + 0.3 is -5.6e-17 in floating point: zero on paper, so it pays back.
    ['decimal flows that sum to zero on paper pay back', [-0.1, -0.2, 0.3], { kind: 'pays-back', periods: 2 }],
  ])('%s', (_name, flows, expected) => {
    const result = paybackPeriod(flows);
    expect(result.kind).toBe(expected.kind);
    if (result.kind === 'pays-back' && expected.kind === 'pays-back')
      expect(result.periods).toBeCloseTo((expected as { periods: number }).periods, 9);
    if (result.kind === 'never' && expected.kind === 'never')
      expect(result.shortfall).toBeCloseTo((expected as { shortfall: number }).shortfall, 9);
  });
});

describe('cumulative', () => {
  it('adds up', () => expect(cumulative([-1000, 400, 400, 400])).toEqual([-1000, -600, -200, 200]));
});

describe('periodRate', () => {
  it.each([
    ['a year is the yearly rate', 0.1, 12, 0.1],
    ['a month compounds to the yearly rate', 0.1, 1, 1.1 ** (1 / 12) - 1],
    ['a quarter', 0.21, 3, 1.21 ** 0.25 - 1],
    ['zero', 0, 1, 0],
  ])('%s', (_name, yearly, months, expected) => expect(periodRate(yearly, months)).toBeCloseTo(expected, 12));

  it.each([
    ['-100 %', -1, 12],
    ['NaN', NaN, 12],
    ['zero-month period', 0.1, 0],
  ])('null: %s', (_name, yearly, months) => expect(periodRate(yearly, months)).toBeNull());
});

describe('kpiBenefitPerPeriod', () => {
  it.each([
    ['conversion up half a point at 4,000 a point', 'higher-is-better', 2, 2.5, 4000, 2000],
    ['handling time down 10 minutes at 50 a minute', 'lower-is-better', 30, 20, 50, 500],
    ['moved the wrong way is a loss', 'higher-is-better', 2, 1.5, 4000, -2000],
    ['at its baseline it is worth nothing (not -0)', 'lower-is-better', 5, 5, 10, 0],
  ] as const)('%s', (_name, direction, baseline, value, valuePerUnit, expected) => {
    const benefit = kpiBenefitPerPeriod({ direction, baseline, value, valuePerUnit });
    expect(benefit).toBeCloseTo(expected, 9);
    expect(Object.is(benefit, -0)).toBe(false);
  });

  it('null for a value that is not a number', () => {
    expect(kpiBenefitPerPeriod({ direction: 'higher-is-better', baseline: 1, value: NaN, valuePerUnit: 1 })).toBeNull();
  });
});
