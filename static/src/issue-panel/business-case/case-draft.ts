import type { BusinessCaseInput } from '../../../../src/contract/business-case-property';
import type { BusinessCaseView } from '../../../../src/contract/views-business-case';

/** The case form's draft: numbers may be empty (null) while typed; assumptions as one text, a line each. */
export interface CaseDraft {
  costPerEffortUnit: number | null;
  yearlyDiscountRatePercent: number | null;
  periodMonths: 1 | 3 | 12 | null;
  horizonPeriods: number | null;
  costs: { label: string; amount: number | null; kind: 'one-off' | 'per-period' }[];
  benefits: { kpiKey: string; valuePerUnit: number | null }[];
  assumptions: string;
}

export function draftOf(view: BusinessCaseView): CaseDraft {
  const c = view.case;
  return {
    costPerEffortUnit: c?.costPerEffortUnit ?? null,
    yearlyDiscountRatePercent:
      c?.yearlyDiscountRate === undefined ? null : Math.round(c.yearlyDiscountRate * 10000) / 100,
    periodMonths: c?.periodMonths ?? null,
    horizonPeriods: c?.horizonPeriods ?? null,
    costs: (c?.costs ?? []).map((x) => ({ ...x })),
    benefits: (c?.benefits ?? []).map((b) => ({ ...b })),
    assumptions: (c?.assumptions ?? []).join('\n'),
  };
}

/** The payload's case, or the reasons it cannot be sent (shown next to the save button). */
export function inputOf(draft: CaseDraft): { input: BusinessCaseInput } | { problems: string[] } {
  const problems: string[] = [];
  draft.costs.forEach((c, i) => {
    if (c.label.trim() === '') problems.push(`Cost ${i + 1} needs a name.`);
    if (c.amount === null || c.amount < 0) problems.push(`Cost ${i + 1} needs an amount of at least 0.`);
  });
  draft.benefits.forEach((b, i) => {
    if (b.kpiKey === '') problems.push(`Benefit ${i + 1} needs a KPI.`);
    if (b.valuePerUnit === null) problems.push(`Benefit ${i + 1} needs a value per unit.`);
  });
  if (draft.yearlyDiscountRatePercent !== null && draft.yearlyDiscountRatePercent <= -100)
    problems.push('The discount rate must be above -100 %.');
  if (
    draft.horizonPeriods !== null &&
    (!Number.isInteger(draft.horizonPeriods) || draft.horizonPeriods < 1 || draft.horizonPeriods > 240)
  )
    problems.push('The horizon is a whole number of periods from 1 to 240.');
  if (problems.length > 0) return { problems };
  return {
    input: {
      ...(draft.costPerEffortUnit !== null ? { costPerEffortUnit: draft.costPerEffortUnit } : {}),
      ...(draft.yearlyDiscountRatePercent !== null
        ? { yearlyDiscountRate: draft.yearlyDiscountRatePercent / 100 }
        : {}),
      ...(draft.periodMonths !== null ? { periodMonths: draft.periodMonths } : {}),
      ...(draft.horizonPeriods !== null ? { horizonPeriods: draft.horizonPeriods } : {}),
      costs: draft.costs.map((c) => ({ label: c.label.trim(), amount: c.amount ?? 0, kind: c.kind })),
      benefits: draft.benefits.map((b) => ({ kpiKey: b.kpiKey, valuePerUnit: b.valuePerUnit ?? 0 })),
      assumptions: draft.assumptions
        .split('\n')
        .map((a) => a.trim())
        .filter((a) => a.length > 0),
    },
  };
}
