import {
  evaluateBusinessCase,
  type BusinessCaseInput,
} from '../../../../src/domain/business-case/evaluate-business-case';

const base: BusinessCaseInput = {
  effort: { total: 20, unestimated: 0 },
  costPerEffortUnit: 1000,
  costs: [],
  benefits: [
    {
      label: 'KPI CHK-5',
      valuePerUnit: 5000,
      kpi: { direction: 'higher-is-better', baseline: 2, target: 3, latest: 2.4 },
    },
  ],
  periodMonths: 12,
  horizonPeriods: 5,
  yearlyDiscountRate: 0.1,
};

describe('evaluateBusinessCase', () => {
  it('the doc example: 20 points at 1,000, a KPI worth 5,000 a point, five years at 10 %', () => {
    const { figures, warnings } = evaluateBusinessCase(base);
    expect(warnings).toEqual([]);
    expect(figures?.investment).toEqual({ effortCost: 20000, oneOffCosts: 0, total: 20000 });
    expect(figures?.planned.benefitPerPeriod).toBeCloseTo(5000, 9);
    // -20,000 + 5,000 x (1 - 1.1^-5) / 0.1 = -20,000 + 18,953.93
    expect(figures?.planned.npv).toBeCloseTo(-1046.07, 2);
    expect(figures?.planned.payback).toEqual({ kind: 'pays-back', periods: 4 });
    // Today the KPI is at 2.4: 0.4 x 5,000 = 2,000 a year, 10,000 over five years.
    expect(figures?.current.benefitPerPeriod).toBeCloseTo(2000, 9);
    expect(figures?.current.payback).toEqual({ kind: 'never', shortfall: 10000 });
    expect(figures?.planned.cumulative).toEqual([-20000, -15000, -10000, -5000, 0, 5000]);
  });

  it.each([
    [
      'one-off costs add to the investment, recurring ones reduce each period',
      {
        costs: [
          { label: 'Licence', amount: 5000, kind: 'one-off' },
          { label: 'Hosting', amount: 1000, kind: 'per-period' },
        ],
      },
      { investment: 25000, net: 4000, payback: { kind: 'never', shortfall: 5000 } },
    ],
    [
      'no effort and no costs: nothing to pay back',
      { effort: { total: 0, unestimated: 0 } },
      { investment: 0, net: 5000, payback: { kind: 'pays-back', periods: 0 } },
    ],
    [
      'a KPI planned to get worse is a loss that never pays back',
      {
        benefits: [
          { label: 'KPI K-1', valuePerUnit: 100, kpi: { direction: 'lower-is-better', baseline: 10, target: 12 } },
        ],
      },
      { investment: 20000, net: -200, payback: { kind: 'never', shortfall: 21000 } },
    ],
    [
      'zero cost per unit',
      { costPerEffortUnit: 0 },
      { investment: 0, net: 5000, payback: { kind: 'pays-back', periods: 0 } },
    ],
  ] as const)('%s', (_name, overrides, expected) => {
    const { figures } = evaluateBusinessCase({ ...base, ...overrides } as BusinessCaseInput);
    expect(figures?.investment.total).toBe(expected.investment);
    expect(figures?.planned.netPerPeriod).toBeCloseTo(expected.net, 9);
    expect(figures?.planned.payback).toEqual(expected.payback);
    expect(Number.isFinite(figures?.planned.npv)).toBe(true);
  });

  it.each([
    ['a negative cost per unit', { costPerEffortUnit: -1 }, 'cost per effort unit'],
    ['a discount rate of -100 %', { yearlyDiscountRate: -1 }, 'discount rate'],
    ['a zero horizon', { horizonPeriods: 0 }, 'horizon'],
    ['a fractional horizon', { horizonPeriods: 2.5 }, 'horizon'],
    ['a negative cost', { costs: [{ label: 'Refund', amount: -5, kind: 'one-off' }] }, 'Refund'],
    ['NaN effort', { effort: { total: NaN, unestimated: 0 } }, 'effort'],
    ['Infinity value per unit', { benefits: [{ label: 'KPI K-1', valuePerUnit: Infinity }] }, 'K-1'],
  ] as const)('no figures, with the reason: %s', (_name, overrides, mention) => {
    const result = evaluateBusinessCase({ ...base, ...overrides } as BusinessCaseInput);
    expect(result.figures).toBeNull();
    expect(result.problems.join(' ')).toContain(mention);
  });

  it.each([
    ['unestimated issues', { effort: { total: 20, unestimated: 3 } }, '3 issues have no effort estimate'],
    [
      'a KPI that could not be read',
      { benefits: [{ label: 'KPI HR-9', valuePerUnit: 10 }] },
      'KPI HR-9 could not be read',
    ],
    [
      'a KPI without actuals',
      {
        benefits: [
          { label: 'KPI K-2', valuePerUnit: 10, kpi: { direction: 'higher-is-better', baseline: 1, target: 2 } },
        ],
      },
      'K-2 has no actuals',
    ],
    ['no KPI at all', { benefits: [] }, 'No KPI benefit'],
  ] as const)('says what the figures leave out: %s', (_name, overrides, mention) => {
    const result = evaluateBusinessCase({ ...base, ...overrides } as BusinessCaseInput);
    expect(result.figures).not.toBeNull();
    expect(result.warnings.join(' ')).toContain(mention);
  });

  it('a KPI that could not be read adds nothing to either scenario', () => {
    const { figures } = evaluateBusinessCase({
      ...base,
      benefits: [...base.benefits, { label: 'KPI HR-9', valuePerUnit: 1e6 }],
    });
    expect(figures?.planned.benefitPerPeriod).toBeCloseTo(5000, 9);
  });
});
