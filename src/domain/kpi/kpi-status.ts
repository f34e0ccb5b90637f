import type { KpiActual, KpiDefinition } from '../issue/pm-issue';
import { DEFAULT_TIME_ZONE, endOfDayMs, isTimeZone, startOfDayMs, utcDayMs } from '../shared/day-in-zone';
import { atLeast } from '../shared/tolerance';
import type { KpiStatusValue } from './kpi-status-values';
import { kpiForecast, type KpiForecast } from './kpi-forecast';
import { kpiTrend, type KpiTrend } from './kpi-trend';

/**
 * Status of one KPI at `now`.
 *
 * While the period runs (a KPI that moves from its baseline to its target):
 * - progress = (latest actual - baseline) / (target - baseline): 0 at the
 *   baseline, 1 at the target, whatever the direction;
 * - expected = elapsed share of the period at `now`, clamped to 0..1. The
 *   period runs from the start of `periodStart` to the END of `dueDate`, both
 *   in the site's time zone (`timeZone`, an IANA name, default UTC: the
 *   domain cannot ask Jira, the caller passes `serverTimeZone` of
 *   /rest/api/3/serverInfo), so a KPI due on 31 December is still running
 *   during that day. `now` rather than the date of the last actual, so a
 *   KPI that stops being measured drifts towards "off track" instead of
 *   staying green forever;
 * - pace = progress / expected;
 * - target reached (progress >= 1): on track; otherwise pace >= atRisk: on
 *   track, pace >= offTrack: at risk, else off track. At the very start of
 *   the period (expected 0) the KPI is on track unless it is below baseline.
 *   Each comparison allows for floating-point error (`atLeast`): a value at
 *   a threshold on paper is at it.
 *
 * A "maintain" KPI (baseline = target: keep a level) has no progress or
 * pace: at or better than the target it is on track; worse but with an
 * improving trend, at risk; worse otherwise, off track.
 *
 * Once the due date is over (`outcome` 'met' or 'missed') pace no longer
 * matters: the KPI is judged on its value at the due date (the latest actual
 * dated on or before it; when none, the first one after it). Target reached:
 * 'met', on track; not reached: 'missed', off track, with the reason. A KPI
 * that missed its target never shows on track because its pace once was.
 *
 * While running, `forecast` says where the trend (the same window of latest
 * actuals) lands at the due date (`kpiForecast`); it does not change the status.
 *
 * A definition that cannot be evaluated, or no actual up to `now`, gives
 * "no data" with the reasons. Actuals dated after `now` (their day has not
 * begun in the time zone) are ignored; two actuals on one date: the later
 * one in the list wins (a correction).
 *
 * @example
 * kpiStatus({ name: 'Activation', unit: '%', direction: 'higher-is-better', baseline: 20, target: 40,
 *   periodStart: '2026-01-01', dueDate: '2026-12-31', thresholds: { atRisk: 0.9, offTrack: 0.6 },
 *   actuals: [{ date: '2026-07-01', value: 30 }] }, new Date('2026-07-02T00:00:00Z')).status // 'on-track'
 * // The same KPI on 2027-01-05, still at 30: { status: 'off-track', outcome: 'missed' }
 */
export type { KpiStatusValue };

/** 'running' until the end of the due date; then whether the target was reached by it. */
export type KpiOutcome = 'running' | 'met' | 'missed';

export interface KpiStatusResult {
  status: KpiStatusValue;
  /** Why there is no data, or why a KPI missed its target; empty otherwise. */
  reasons: string[];
  /** 'maintain' when baseline equals target (keep a level), else 'reach'. */
  kind: 'reach' | 'maintain';
  outcome: KpiOutcome;
  latest: KpiActual | null;
  /** Null for a maintain KPI (there is no distance to cover). */
  progress: number | null;
  expectedProgress: number | null;
  pace: number | null;
  trend: KpiTrend;
  /** Where the trend lands at the due date (`kpiForecast`); null once the due date is over or without a trend. */
  forecast: KpiForecast | null;
}

export const DEFAULT_TREND_WINDOW = 3;

export function kpiStatus(
  def: KpiDefinition,
  now: Date,
  trendWindow = DEFAULT_TREND_WINDOW,
  timeZone: string = DEFAULT_TIME_ZONE,
): KpiStatusResult {
  const reasons = definitionProblems(def, timeZone);
  const nowMs = now.getTime();
  const kind = def.baseline === def.target ? 'maintain' : 'reach';
  const noData = (why: string[]): KpiStatusResult => ({
    status: 'no-data',
    reasons: why,
    kind,
    outcome: 'running',
    latest: null,
    progress: null,
    expectedProgress: null,
    pace: null,
    trend: 'unknown',
    forecast: null,
  });
  if (reasons.length > 0) return noData(reasons);
  const series = actualsUpTo(def.actuals, nowMs, timeZone);
  const latest = series[series.length - 1];
  if (latest === undefined) return noData(['no actuals recorded up to now']);
  const start = startOfDayMs(def.periodStart, timeZone) as number;
  const due = endOfDayMs(def.dueDate, timeZone) as number;
  const progress = kind === 'maintain' ? null : (latest.value - def.baseline) / (def.target - def.baseline);
  const expected = Math.min(1, Math.max(0, (nowMs - start) / (due - start)));
  const pace = progress !== null && expected > 0 ? progress / expected : null;
  const window = series.slice(-Math.max(2, trendWindow));
  const trend = kpiTrend(window, def.baseline, def.target, def.direction);
  const base = { kind, latest, progress, expectedProgress: expected, pace, trend, forecast: null } as const;
  if (nowMs >= due) {
    const judged = valueAtDueDate(series, def.dueDate);
    if (reachesTarget(def, judged.value)) return { ...base, status: 'on-track', reasons: [], outcome: 'met' };
    const when =
      judged.date <= def.dueDate
        ? `${judged.value} on ${judged.date}`
        : `${judged.value} on ${judged.date}, the first actual after it`;
    return {
      ...base,
      status: 'off-track',
      reasons: [`missed: the target ${def.target} was due by the end of ${def.dueDate} (${when})`],
      outcome: 'missed',
    };
  }
  let status: KpiStatusValue;
  if (progress === null)
    status = reachesTarget(def, latest.value) ? 'on-track' : trend === 'improving' ? 'at-risk' : 'off-track';
  else if (atLeast(progress, 1)) status = 'on-track';
  else if (pace === null) status = atLeast(progress, 0) ? 'on-track' : 'at-risk';
  else if (atLeast(pace, def.thresholds.atRisk)) status = 'on-track';
  else if (atLeast(pace, def.thresholds.offTrack)) status = 'at-risk';
  else status = 'off-track';
  return { ...base, status, reasons: [], outcome: 'running', forecast: kpiForecast(window, def) };
}

/** At or better than the target (higher or lower, as the direction says), within the tolerance. */
export function reachesTarget(def: Pick<KpiDefinition, 'direction' | 'target'>, value: number): boolean {
  return def.direction === 'higher-is-better' ? atLeast(value, def.target) : atLeast(-value, -def.target);
}

/** The latest actual dated on or before the due date, else the first after it (`series` sorted, non-empty). */
function valueAtDueDate(series: readonly KpiActual[], dueDate: string): KpiActual {
  let judged: KpiActual | undefined;
  for (const a of series) {
    if (a.date <= dueDate) judged = a;
    else return judged ?? a;
  }
  return judged as KpiActual;
}

/** Why a definition cannot be evaluated in the time zone (empty when it can). */
export function definitionProblems(def: KpiDefinition, timeZone: string = DEFAULT_TIME_ZONE): string[] {
  const problems: string[] = [];
  const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (!finite(def.baseline)) problems.push('baseline is not a finite number');
  if (!finite(def.target)) problems.push('target is not a finite number');
  if (finite(def.baseline) && finite(def.target)) {
    if (def.direction === 'higher-is-better' && def.target < def.baseline)
      problems.push('target is below baseline but higher is better');
    else if (def.direction === 'lower-is-better' && def.target > def.baseline)
      problems.push('target is above baseline but lower is better');
  }
  const start = utcDayMs(def.periodStart);
  const due = utcDayMs(def.dueDate);
  if (start === null) problems.push('periodStart is not a YYYY-MM-DD date');
  if (due === null) problems.push('dueDate is not a YYYY-MM-DD date');
  if (start !== null && due !== null && due <= start) problems.push('dueDate must be after periodStart');
  if (!isTimeZone(timeZone)) problems.push(`${String(timeZone)} is not a known time zone`);
  const t = def.thresholds;
  if (
    !t ||
    !finite(t.atRisk) ||
    !finite(t.offTrack) ||
    t.atRisk < 0 ||
    t.atRisk > 1 ||
    t.offTrack < 0 ||
    t.offTrack > 1
  )
    problems.push('thresholds must be shares between 0 and 1');
  else if (t.offTrack > t.atRisk) problems.push('the off-track threshold must not exceed the at-risk threshold');
  return problems;
}

/** Valid actuals whose day has begun at `nowMs` in the time zone, sorted by date, one per date (last entry wins). */
function actualsUpTo(actuals: readonly KpiActual[], nowMs: number, timeZone: string): KpiActual[] {
  const byDate = new Map<string, KpiActual>();
  for (const a of actuals) {
    const at = startOfDayMs(a.date, timeZone);
    if (at === null || at > nowMs || !Number.isFinite(a.value)) continue;
    byDate.set(a.date, a);
  }
  return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
