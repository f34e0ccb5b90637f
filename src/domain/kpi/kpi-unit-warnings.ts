import type { InputWarning } from '../scoring/score-result';

/** KPI units that mean "a percentage": values are 0..100, not shares 0..1. */
const PERCENT_UNITS = new Set(['%', 'percent', 'pct', 'per cent']);

export interface KpiFigures {
  unit: string;
  baseline: number;
  target: number;
  actuals: readonly { date: string; value: number }[];
}

/**
 * Figures of a percent KPI that look like shares typed on the percent scale: when some of the
 * KPI's own figures are above 1 (so it is on the 0..100 scale), a baseline, target or actual
 * strictly between 0 and 1 was almost certainly typed as a share (0.3 for 30 %), and the
 * status would read it as 0.3 %. Only mixed figures are flagged: a KPI whose figures are all
 * below 1 may really move in tenths of a percent. A warning with what was probably meant, the
 * figure is never changed.
 *
 * @example
 * kpiUnitWarnings({ unit: '%', baseline: 25, target: 0.3, actuals: [] })[0].message
 * // 'target 0.3 looks like a share: this KPI is in %, and its baseline is 25; did you mean 30?'
 */
export function kpiUnitWarnings(kpi: KpiFigures): InputWarning[] {
  if (!PERCENT_UNITS.has(kpi.unit.trim().toLowerCase())) return [];
  const figures: { field: string; label: string; value: number }[] = [
    { field: 'baseline', label: 'baseline', value: kpi.baseline },
    { field: 'target', label: 'target', value: kpi.target },
    ...kpi.actuals.map((a) => ({ field: `actuals.${a.date}`, label: `the actual of ${a.date}`, value: a.value })),
  ];
  const onPercentScale = figures.find((f) => Math.abs(f.value) > 1);
  if (!onPercentScale) return [];
  return figures
    .filter((f) => f.value !== 0 && Math.abs(f.value) < 1)
    .map((f) => {
      const suggested = Math.round(f.value * 1e6) / 1e4;
      return {
        field: f.field,
        code: 'looks-like-a-share' as const,
        message: `${f.label} ${f.value} looks like a share: this KPI is in %, and its ${onPercentScale.label} is ${onPercentScale.value}; did you mean ${suggested}?`,
        suggested,
      };
    });
}
