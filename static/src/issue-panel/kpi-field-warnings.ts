import type { KpiView } from '../../../src/contract/api';
import { kpiUnitWarnings } from '../../../src/contract/ui-runtime-shared';
import type { FieldWarning } from '../shared/FieldWarnings';
import { unitWarning } from '../shared/unit-warnings';

type Actuals = KpiView['actuals'];

/**
 * The KPI definition form's wrong-unit warnings as typed: a baseline or target that looks like a
 * share on a % KPI whose other figures are percents. A blank figure counts as 0, which is
 * never flagged nor taken as a sign of the percent scale.
 */
export function definitionWarnings(
  def: { unit: string; baseline: number | null; target: number | null },
  actuals: Actuals,
  set: (field: 'baseline' | 'target', value: number) => void,
): { baseline: FieldWarning[]; target: FieldWarning[] } {
  const all = kpiUnitWarnings({ unit: def.unit, baseline: def.baseline ?? 0, target: def.target ?? 0, actuals });
  const of = (field: 'baseline' | 'target') =>
    all.filter((w) => w.field === field).map((w) => unitWarning(w, (v) => set(field, v)));
  return { baseline: of('baseline'), target: of('target') };
}

/** The warning of an actual about to be recorded (it replaces a saved one of the same date, as recording does). */
export function actualWarnings(
  kpi: KpiView,
  actual: { date: string; value: number | null },
  set: (value: number) => void,
): FieldWarning[] {
  if (actual.value === null) return [];
  const actuals = [...kpi.actuals.filter((a) => a.date !== actual.date), { date: actual.date, value: actual.value }];
  return kpiUnitWarnings({ unit: kpi.unit, baseline: kpi.baseline, target: kpi.target, actuals })
    .filter((w) => w.field === `actuals.${actual.date}`)
    .map((w) => unitWarning(w, set));
}
