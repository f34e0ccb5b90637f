/**
 * Net present value of cash flows, the first at period 0 (not discounted),
 * the next one period later, and so on: sum of flow_t / (1 + rate)^t.
 * A rate at or below -100 % per period, or a flow that is not a finite
 * number, answers null instead of Infinity or NaN.
 *
 * @example
 * npv(0.1, [-1000, 500, 500, 500]) // 243.43 (-1000 + 454.55 + 413.22 + 375.66)
 * npv(0, [-100, 50, 50])           // 0
 */
export function npv(rate: number, flows: readonly number[]): number | null {
  if (!Number.isFinite(rate) || rate <= -1) return null;
  let total = 0;
  let factor = 1;
  for (const flow of flows) {
    if (!Number.isFinite(flow)) return null;
    total += flow / factor;
    factor *= 1 + rate;
  }
  return Number.isFinite(total) ? total : null;
}
