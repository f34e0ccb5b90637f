/**
 * The `pm-workflow.kpi` document on KPI issues: a target with monthly dated
 * actuals before `now`. Each KPI follows a trajectory (ahead, on pace, behind,
 * far behind) so the dashboards show every status, and one KPI per site has
 * no actuals yet ("no data").
 */
import type { KpiProperty } from '../../src/contract/pm-property';
import type { KpiTemplate } from './products';
import type { Rng } from './rng';
import { isoDate, monthStart } from './timeline';

/** Pace = share of the planned progress reached; the app's thresholds are ~0.9 / ~0.7. */
export type KpiTrajectory = 'on-track' | 'at-risk' | 'off-track' | 'no-data';

const PACE: Record<Exclude<KpiTrajectory, 'no-data'>, readonly [number, number]> = {
  'on-track': [0.98, 1.2],
  'at-risk': [0.8, 0.86],
  'off-track': [0.25, 0.6],
};

/** Upper bound of a unit's values (percentages, star ratings). */
const maxOf = (unit: string): number => (unit === '%' ? 100 : unit === 'stars' ? 5 : Number.POSITIVE_INFINITY);

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

export interface KpiPlan {
  property: KpiProperty;
  /** Start of the measured period (ms); the KPI issue is created shortly before. */
  periodStartMs: number;
}

/** Builds a KPI document; `months` actuals end at the start of the current month. */
export function makeKpi(rng: Rng, now: number, template: KpiTemplate, trajectory: KpiTrajectory): KpiPlan {
  const months = trajectory === 'no-data' ? 0 : rng.int(6, 12);
  const periodStartMs = monthStart(now, -(trajectory === 'no-data' ? 1 : months));
  const periodMonths = months + rng.int(3, 9);
  const dueMs = monthStart(periodStartMs, periodMonths);
  // Vary baseline and target by a little of the gap between them, inside the unit's range.
  const gap = Math.abs(template.target - template.baseline);
  const limit = (v: number) => Math.min(maxOf(template.unit), Math.max(0, v));
  const clean = (v: number) => round(limit(v), template.decimals);
  const jitter = (v: number) => clean(v + gap * rng.real(-0.05, 0.05));
  const baseline = jitter(template.baseline);
  let target = jitter(template.target);
  if (target === baseline) target = template.target;
  const actuals: KpiProperty['actuals'] = [];
  if (trajectory !== 'no-data') {
    const [low, high] = PACE[trajectory];
    const pace = rng.real(low, high);
    const span = dueMs - periodStartMs;
    const noise = Math.abs(target - baseline) * 0.03;
    for (let m = 1; m <= months; m += 1) {
      const at = monthStart(periodStartMs, m);
      const elapsed = (at - periodStartMs) / span;
      const value = baseline + (target - baseline) * elapsed * pace + rng.real(-noise, noise);
      actuals.push({ date: isoDate(at), value: clean(value) });
    }
  }
  const strict = rng.chance(0.3);
  return {
    periodStartMs,
    property: {
      schemaVersion: 1,
      version: 1 + actuals.length + rng.int(0, 2),
      name: template.name,
      unit: template.unit,
      direction: template.direction,
      baseline,
      target,
      periodStart: isoDate(periodStartMs),
      dueDate: isoDate(dueMs),
      thresholds: strict ? { atRisk: 0.95, offTrack: 0.8 } : { atRisk: 0.9, offTrack: 0.7 },
      actuals,
    },
  };
}
