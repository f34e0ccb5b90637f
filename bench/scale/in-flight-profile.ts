import type { JiraCallSpan } from './counting-jira-backend';

export interface InFlightProfile {
  /** Time-weighted mean of calls in flight from the first call's start to `untilMs`. */
  mean: number;
  max: number;
  /** Share of that time with no call in flight (the app computing or waiting on itself). */
  idleShare: number;
  /** The mean in each tenth of that time: where the concurrency tails off. */
  byTenth: number[];
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
  if (edges.length === 0) return { mean: 0, max: 0, idleShare: 1, byTenth: [] };
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const from = edges[0]?.[0] ?? 0;
  let at = from;
  let level = 0;
  let max = 0;
  let area = 0;
  let idle = 0;
  const span = Math.max(1, untilMs - from);
  const tenths = Array.from({ length: 10 }, () => 0);
  // Spreads `level` over [a, b) into the tenths it covers.
  const spread = (a: number, b: number, lvl: number) => {
    for (let k = Math.floor(((a - from) / span) * 10); k < 10 && from + (k * span) / 10 < b; k++) {
      const lo = Math.max(a, from + (k * span) / 10);
      const hi = Math.min(b, from + ((k + 1) * span) / 10);
      if (hi > lo) tenths[k] = (tenths[k] ?? 0) + lvl * (hi - lo);
    }
  };
  for (const [t, step] of edges) {
    area += level * (t - at);
    spread(at, t, level);
    if (level === 0) idle += t - at;
    at = t;
    level += step;
    max = Math.max(max, level);
  }
  idle += Math.max(0, untilMs - at);
  return { mean: area / span, max, idleShare: idle / span, byTenth: tenths.map((a) => a / (span / 10)) };
}
