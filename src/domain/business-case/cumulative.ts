/**
 * Running totals of cash flows (what the cumulative cash-flow chart draws).
 *
 * @example
 * cumulative([-1000, 400, 400, 400]) // [-1000, -600, -200, 200]
 */
export function cumulative(flows: readonly number[]): number[] {
  const out: number[] = [];
  let total = 0;
  for (const flow of flows) {
    total += flow;
    out.push(total);
  }
  return out;
}
