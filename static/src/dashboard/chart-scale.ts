/**
 * The little maths the dashboard's SVG charts need (no chart library: two charts do not pay for
 * one in a Jira iframe's bundle): a linear scale and "nice" axis ticks.
 *
 * @example
 * linearScale([0, 10], [0, 200])(5) // 100
 * niceTicks(0, 97, 5) // [0, 20, 40, 60, 80, 100]
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // A flat domain (one value) maps to the middle of the range instead of dividing by zero.
  if (span === 0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Round steps (1, 2, 5 x 10^n) covering [min, max] with about `count` intervals; the ends are ticks. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= hi + step / 2 && ticks.length < 50; v += step) ticks.push(Number(v.toPrecision(12)));
  if ((ticks[ticks.length - 1] ?? -Infinity) < hi) ticks.push(Number((first + ticks.length * step).toPrecision(12)));
  return ticks;
}

/** Days since the Unix epoch of a YYYY-MM-DD date (UTC noon: no time zone moves it a day). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T12:00:00Z`) / 86_400_000);
}
