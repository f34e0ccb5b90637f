import type { Result } from '../../src/contract/result';

/** How one read under faults compares with the same read without faults. */
export type Outcome =
  | { kind: 'same' }
  /** Explicitly partial, with a reason a person can act on. */
  | { kind: 'incomplete'; detail: string }
  | { kind: 'rate-limited'; detail: string }
  /** Any other error: an explicit answer, but one the faults should not cause once retried. */
  | { kind: 'error'; detail: string }
  /** Other figures, answered as if complete: what must never happen. */
  | { kind: 'different'; detail: string };

/** Times of the answer itself (when it was built or cached), not figures. */
const VOLATILE = new Set(['generatedAt', 'computedAt']);

export function figures(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(figures);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !VOLATILE.has(k))
      .map(([k, v]) => [k, figures(v)]),
  );
}

export function compareToBaseline(result: Result<unknown>, baseline: unknown): Outcome {
  if (result.ok) {
    const got = JSON.stringify(figures(result.data));
    const want = JSON.stringify(figures(baseline));
    return got === want ? { kind: 'same' } : { kind: 'different', detail: firstDifference(got, want) };
  }
  const { code, message, details } = result.error;
  if (code === 'incomplete') {
    const coverage = (details as { partial?: { coverage?: { complete?: boolean; note?: string } } } | undefined)
      ?.partial?.coverage;
    // Incomplete must say so in the partial view too, and give a reason.
    if (coverage?.complete !== false || !message)
      return { kind: 'error', detail: `incomplete without coverage.complete=false or reason: ${message}` };
    return { kind: 'incomplete', detail: message };
  }
  if (code === 'rate-limited') return { kind: 'rate-limited', detail: message };
  return { kind: 'error', detail: `${code}: ${message}` };
}

function firstDifference(got: string, want: string): string {
  let i = 0;
  while (i < got.length && got[i] === want[i]) i += 1;
  return `at char ${i}: got …${got.slice(Math.max(0, i - 80), i + 80)}… want …${want.slice(Math.max(0, i - 80), i + 80)}…`;
}
