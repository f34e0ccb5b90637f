/**
 * Comparisons of computed shares and sums against a limit, with a tolerance
 * for floating-point error: a value that is at the limit on paper is at it
 * here too. Decimal efforts such as 0.1 + 0.2 add up to 0.30000000000000004,
 * so "0.3 of 0.5 is at most 60 %" would otherwise fail by 1e-16. The
 * tolerance is relative (1e-9 of the larger magnitude, at least 1e-9), far
 * below any difference a person could mean.
 *
 * @example
 * atMost((0.1 + 0.2) / 0.5, 0.6) // true (0.6000000000000001)
 * atMost(0.61, 0.6)              // false
 */
export const THRESHOLD_TOLERANCE = 1e-9;

/** value <= limit, within the tolerance. */
export function atMost(value: number, limit: number): boolean {
  return value <= limit + THRESHOLD_TOLERANCE * Math.max(1, Math.abs(value), Math.abs(limit));
}

/** value >= limit, within the tolerance. */
export function atLeast(value: number, limit: number): boolean {
  return value >= limit - THRESHOLD_TOLERANCE * Math.max(1, Math.abs(value), Math.abs(limit));
}

/** value < limit beyond the tolerance (the negation of `atLeast`). */
export function below(value: number, limit: number): boolean {
  return !atLeast(value, limit);
}
