import { discountRateCheck, discountRateWarning } from '../../../../src/domain/business-case/discount-rate-warning';
import { evaluateBusinessCase } from '../../../../src/domain/business-case/evaluate-business-case';

describe('discountRateWarning: a yearly rate that looks like a share typed into the percent field', () => {
  it.each([
    // [stored rate (share), what the form showed, warning]
    [0.001, '0.1 %', 'The discount rate is 0.1 % a year: if you meant 10 %, type 10 (the field is in percent).'],
    [0.0008, '0.08 %', 'The discount rate is 0.08 % a year: if you meant 8 %, type 8 (the field is in percent).'],
    [0.0095, '0.95 %', 'The discount rate is 0.95 % a year: if you meant 95 %, type 95 (the field is in percent).'],
    [0.01, '1 %', undefined],
    [0.1, '10 %', undefined],
    [0, '0 % (no discounting, meant)', undefined],
    [-0.02, '-2 % (a negative rate, meant)', undefined],
  ])('%s (%s)', (rate, _shown, warning) => {
    expect(discountRateWarning(rate)).toBe(warning);
  });

  it('gives the percent probably meant, for the form to offer (0.08 typed means 8)', () => {
    expect(discountRateCheck(0.0008)?.suggestedPercent).toBe(8);
    expect(discountRateCheck(0.001)?.suggestedPercent).toBe(10);
    expect(discountRateCheck(0.08)).toBeUndefined();
  });

  it('evaluateBusinessCase shows it with the figures, computed at the rate as entered (never changed)', () => {
    const input = {
      effort: { total: 20, unestimated: 0 },
      costPerEffortUnit: 1000,
      costs: [],
      benefits: [
        {
          label: 'KPI CHK-5',
          valuePerUnit: 5000,
          kpi: { direction: 'higher-is-better' as const, baseline: 2, target: 3, latest: 3 },
        },
      ],
      periodMonths: 12 as const,
      horizonPeriods: 5,
    };
    const shareTyped = evaluateBusinessCase({ ...input, yearlyDiscountRate: 0.001 });
    expect(shareTyped.warnings).toEqual([discountRateWarning(0.001)]);
    // -20,000 + 5,000 x (1 - 1.001^-5) / 0.001 = -20,000 + 24,925.17: hardly discounted, as entered.
    expect(shareTyped.figures?.planned.npv).toBeCloseTo(4925.17, 2);
    expect(evaluateBusinessCase({ ...input, yearlyDiscountRate: 0.1 }).warnings).toEqual([]);
  });
});
