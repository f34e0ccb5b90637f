/**
 * A 0..1 share as a percentage for figures people read or export (CSV): one decimal, but never
 * 100 unless the share is whole and never 0 unless it is nothing, so "almost done" and "barely
 * started" stay visible. Below 0.1 % it keeps one significant digit instead of rounding to 0.
 *
 * @example
 * percentOfShare(199 / 200)  // 99.5
 * percentOfShare(1999 / 2000) // 99.9 (not 100)
 * percentOfShare(1 / 2000)   // 0.05 (not 0)
 */
export function percentOfShare(share: number): number {
  const p = Math.max(0, Math.min(100, share * 100));
  const oneDecimal = Math.round(p * 10) / 10;
  if (oneDecimal === 100 && p < 100) return Math.floor(p * 10) / 10;
  if (p > 0 && p < 0.1) return Number(p.toPrecision(1));
  return oneDecimal;
}
