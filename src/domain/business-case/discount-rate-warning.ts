/**
 * A yearly discount rate that looks like a share typed where a percent is asked for: the
 * forms ask for "% a year", so 0.1 meant as 10 % arrives as 0.001 (0.1 %), and the NPV then
 * barely discounts at all. Rates under 1 % a year are rare for a business case, so one above
 * 0 and below 1 % is flagged (never changed: it may be meant).
 *
 * @example
 * discountRateWarning(0.001) // 'The discount rate is 0.1 % a year: if you meant 10 %, type 10 (the field is in percent).'
 * discountRateWarning(0.1)   // undefined (10 %)
 */
export function discountRateWarning(yearlyRate: number): string | undefined {
  return discountRateCheck(yearlyRate)?.message;
}

/**
 * The warning with the percent probably meant, for a one-click fix in the form (never applied by itself).
 *
 * @example
 * discountRateCheck(0.0008) // { message: 'The discount rate is 0.08 % a year: ...', suggestedPercent: 8 }
 */
export function discountRateCheck(yearlyRate: number): { message: string; suggestedPercent: number } | undefined {
  if (!(yearlyRate > 0 && yearlyRate < 0.01)) return undefined;
  const typed = round(yearlyRate * 100);
  const meant = round(typed * 100);
  return {
    message: `The discount rate is ${typed} % a year: if you meant ${meant} %, type ${meant} (the field is in percent).`,
    suggestedPercent: meant,
  };
}

/** Six significant decimals: 0.001 * 100 reads 0.1, not 0.09999999999999999. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6;
