import type { KpiActual, KpiDefinition } from '../issue/pm-issue';
import { atLeast } from '../shared/tolerance';
import { dayNumber, fitLine } from './linear-fit';

/**
 * Where a KPI will land at its due date if its trend holds: the least-squares
 * line through the latest actuals (the trend window), read at the due date.
 * A straight-line extrapolation, so it says "at this rate", not "will": the
 * view shows it as a forecast beside the status, which it does not change.
 * Null with fewer than two dated actuals (no trend to extend) or when the
 * line cannot be computed.
 *
 * @example
 * // Baseline 20 on 1 Jan, 25 on 1 Apr (5 per 90 days); due 31 Dec, target 40:
 * kpiForecast([{ date: '2026-01-01', value: 20 }, { date: '2026-04-01', value: 25 }],
 *   { direction: 'higher-is-better', target: 40, dueDate: '2026-12-31' })
 * // { date: '2026-12-31', value: 40.2, reachesTarget: true, basedOn: 2 } (22.5 + 5/90 x 319 days)
 */
export interface KpiForecast {
  /** The due date the forecast is for. */
  date: string;
  value: number;
  /** Whether the forecast value is at or better than the target. */
  reachesTarget: boolean;
  /** How many actuals the trend line went through. */
  basedOn: number;
}

/** `actuals` sorted by date with unique dates (as `kpiStatus` prepares them). */
export function kpiForecast(
  actuals: readonly KpiActual[],
  def: Pick<KpiDefinition, 'direction' | 'target' | 'dueDate'>,
): KpiForecast | null {
  const fit = fitLine(actuals);
  if (fit === null) return null;
  const value = fit.meanValue + fit.slopePerDay * (dayNumber(def.dueDate) - fit.meanDay);
  if (!Number.isFinite(value)) return null;
  const reachesTarget =
    def.direction === 'higher-is-better' ? atLeast(value, def.target) : atLeast(-value, -def.target);
  return { date: def.dueDate, value, reachesTarget, basedOn: actuals.length };
}
