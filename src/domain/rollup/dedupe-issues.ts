import type { PmIssue } from '../issue/pm-issue';

/**
 * Which of two copies of the same issue (same id) the roll-up keeps: the
 * newest by `updated`. Equal timestamps fall back to comparing the JSON text,
 * so the choice never depends on input order.
 *
 * @example
 * isPreferredCopy({ ...a, updated: '2026-02-01T00:00:00Z' }, { ...a, updated: '2026-01-01T00:00:00Z' }) // true
 */
export function isPreferredCopy(candidate: PmIssue, current: PmIssue): boolean {
  const a = timeOf(candidate.updated);
  const b = timeOf(current.updated);
  if (a !== b) return a > b;
  return JSON.stringify(candidate) > JSON.stringify(current);
}

function timeOf(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}
