import type { KpiDirection } from '../issue/pm-issue';

/**
 * Money a KPI is worth per period: its improvement over the baseline (in the
 * KPI's own unit, positive when it moved the better way) times what one unit
 * of improvement is worth per period. A KPI that moved the wrong way is worth
 * a negative amount: the case shows the loss rather than hiding it.
 *
 * @example
 * kpiBenefitPerPeriod({ direction: 'higher-is-better', baseline: 2, value: 2.5, valuePerUnit: 4000 }) // 2000
 * kpiBenefitPerPeriod({ direction: 'lower-is-better', baseline: 30, value: 20, valuePerUnit: 50 })   // 500
 */
export interface KpiBenefitInput {
  direction: KpiDirection;
  baseline: number;
  /** The target (planned benefit) or the latest actual (benefit at today's level). */
  value: number;
  /** Money per period for one unit of improvement. */
  valuePerUnit: number;
}

export function kpiBenefitPerPeriod(input: KpiBenefitInput): number | null {
  const { baseline, value, valuePerUnit } = input;
  if (![baseline, value, valuePerUnit].every(Number.isFinite)) return null;
  const improvement = input.direction === 'higher-is-better' ? value - baseline : baseline - value;
  const benefit = improvement * valuePerUnit;
  // -0 reads as "-0" in some formatters.
  return Number.isFinite(benefit) ? benefit + 0 : null;
}
