import type { JiraCallSpan } from './counting-jira-backend';

export interface InFlightProfile {
  /** Time-weighted mean of calls in flight from the first call's start to `untilMs`. */
  mean: number;
  max: number;
  /** Share of that time with no call in flight (the app computing or waiting on itself). */
  idleShare: number;
}

/**
 * How steady the concurrency was: the roll-up's bound divides its calls by the most it had in
 * flight, so a mean well below that max (ranges or projects ending early, CPU stalls between
 * pages) is what the wall time loses against the bound.
 */
export function inFlightProfile(spans: readonly JiraCallSpan[], untilMs: number): InFlightProfile {
  const edges: [number, number][] = [];
  for (const s of spans) {
    const end = Number.isFinite(s.endMs) ? Math.min(s.endMs, untilMs) : untilMs;
    if (s.startMs >= untilMs || end <= s.startMs) continue;
    edges.push([s.startMs, 1], [end, -1]);
  }
  if (edges.length === 0) return { mean: 0, max: 0, idleShare: 1 };
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const from = edges[0]?.[0] ?? 0;
  let at = from;
  let level = 0;
  let max = 0;
  let area = 0;
  let idle = 0;
  for (const [t, step] of edges) {
    area += level * (t - at);
    if (level === 0) idle += t - at;
    at = t;
    level += step;
    max = Math.max(max, level);
  }
  idle += Math.max(0, untilMs - at);
  const span = Math.max(1, untilMs - from);
  return { mean: area / span, max, idleShare: idle / span };
}
