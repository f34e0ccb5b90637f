import { atLeast } from '../shared/tolerance';
import { cumulative } from './cumulative';

/**
 * When the cumulative cash flow first reaches zero, in periods after period 0,
 * interpolated within the period that crosses it (flows spread evenly over a
 * period): [-1000, 400, 400, 400] pays back after 2.5 periods.
 *
 * - Nothing to pay back (the cumulative never goes below zero): 0 periods.
 * - Still below zero at the end of the horizon: 'never', with the shortfall;
 *   a flat or falling cash flow never pays back, it is not a division by zero.
 * - A cumulative that dips below zero again after crossing counts from the
 *   last crossing (the case is not paid back while it is under water).
 *
 * @example
 * paybackPeriod([-1000, 400, 400, 400]) // { kind: 'pays-back', periods: 2.5 }
 * paybackPeriod([-1000, 100, 100])      // { kind: 'never', shortfall: 800 }
 */
export type Payback = { kind: 'pays-back'; periods: number } | { kind: 'never'; shortfall: number };

export function paybackPeriod(flows: readonly number[]): Payback {
  const totals = cumulative(flows);
  const last = totals.length - 1;
  if (last < 0) return { kind: 'pays-back', periods: 0 };
  if (!atLeast(totals[last] as number, 0)) return { kind: 'never', shortfall: -(totals[last] as number) };
  // The last period that ends under water: payback falls inside the period after it.
  let under = -1;
  for (let t = 0; t <= last; t++) if (!atLeast(totals[t] as number, 0)) under = t;
  if (under === -1) return { kind: 'pays-back', periods: 0 };
  const before = totals[under] as number;
  const flow = flows[under + 1] as number;
  // flow > 0 here: the cumulative went from below zero to at least zero.
  const share = Math.min(1, Math.max(0, -before / flow));
  return { kind: 'pays-back', periods: under + share };
}
