/**
 * The discount rate of one period from a yearly rate, compounded:
 * (1 + yearly)^(months / 12) - 1. A yearly rate at or below -100 % has no
 * meaning (it would discount by zero or flip signs), so it answers null.
 *
 * @example
 * periodRate(0.1, 12)  // 0.1
 * periodRate(0.1, 1)   // 0.00797... (about 0.8 % a month)
 * periodRate(-1, 12)   // null
 */
export function periodRate(yearlyRate: number, periodMonths: number): number | null {
  if (!Number.isFinite(yearlyRate) || yearlyRate <= -1) return null;
  if (!Number.isFinite(periodMonths) || periodMonths <= 0) return null;
  return (1 + yearlyRate) ** (periodMonths / 12) - 1;
}
