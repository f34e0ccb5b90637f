import type { KpiDirection } from '../issue/pm-issue';
import { cumulative } from './cumulative';
import { kpiBenefitPerPeriod } from './kpi-benefit';
import { npv } from './npv';
import { paybackPeriod, type Payback } from './payback';
import { discountRateWarning } from './discount-rate-warning';
import { periodRate } from './period-rate';

/**
 * A business case's figures from its inputs, recomputed on every read:
 * investment = rolled-up delivery effort x cost per effort unit + one-off
 * costs, paid in period 0; each later period earns the KPIs' benefit minus
 * the recurring costs, for `horizonPeriods` periods. Two scenarios: `planned`
 * (every KPI at its target) and `current` (every KPI at its latest actual, a
 * KPI without actuals at its baseline). NPV at the yearly rate converted to the
 * period; payback in periods. Nothing here is NaN or Infinity: unusable inputs
 * give `figures: null` with the reasons, gaps in what was read give warnings.
 *
 * @example
 * evaluateBusinessCase({ effort: { total: 20, unestimated: 0 }, costPerEffortUnit: 1000,
 *   costs: [], benefits: [{ label: 'KPI CHK-5', valuePerUnit: 5000,
 *   kpi: { direction: 'higher-is-better', baseline: 2, target: 3, latest: 2.4 } }],
 *   periodMonths: 12, horizonPeriods: 5, yearlyDiscountRate: 0.1 }).planned
 * // investment 20,000, 5,000 a period, npv -1,046, payback 4 periods
 */
export interface CaseCost {
  label: string;
  amount: number;
  kind: 'one-off' | 'per-period';
}

export interface CaseKpi {
  direction: KpiDirection;
  baseline: number;
  target: number;
  /** The latest actual up to today; undefined when none was recorded. */
  latest?: number;
}

export interface CaseBenefit {
  /** How messages name it ("KPI CHK-5", or "A KPI you cannot see": never a hidden key). */
  label: string;
  valuePerUnit: number;
  /** Undefined when the KPI could not be read (not visible, or not defined). */
  kpi?: CaseKpi;
}

export interface BusinessCaseInput {
  effort: { total: number; unestimated: number };
  costPerEffortUnit: number;
  costs: readonly CaseCost[];
  benefits: readonly CaseBenefit[];
  periodMonths: number;
  horizonPeriods: number;
  yearlyDiscountRate: number;
}

export interface ScenarioFigures {
  benefitPerPeriod: number;
  netPerPeriod: number;
  /** Period 0 (the investment) first. */
  flows: number[];
  cumulative: number[];
  npv: number;
  payback: Payback;
}

export interface BusinessCaseFigures {
  investment: { effortCost: number; oneOffCosts: number; total: number };
  recurringCostPerPeriod: number;
  periodRate: number;
  planned: ScenarioFigures;
  current: ScenarioFigures;
}

export interface BusinessCaseEvaluation {
  figures: BusinessCaseFigures | null;
  /** Why there are no figures. */
  problems: string[];
  /** What the figures leave out or assume; shown beside them. */
  warnings: string[];
}

const MAX_HORIZON = 240;

export function evaluateBusinessCase(input: BusinessCaseInput): BusinessCaseEvaluation {
  const problems = inputProblems(input);
  const rate = periodRate(input.yearlyDiscountRate, input.periodMonths);
  if (rate === null) problems.push('The discount rate must be above -100 % a year.');
  if (problems.length > 0 || rate === null) return { figures: null, problems, warnings: [] };

  const warnings: string[] = [];
  const rateWarning = discountRateWarning(input.yearlyDiscountRate);
  if (rateWarning) warnings.push(rateWarning);
  if (input.effort.unestimated > 0) {
    warnings.push(
      `${input.effort.unestimated} ${input.effort.unestimated === 1 ? 'issue has' : 'issues have'} no effort estimate, so the investment leaves them out.`,
    );
  }
  const effortCost = input.effort.total * input.costPerEffortUnit;
  const oneOffCosts = sum(input.costs.filter((c) => c.kind === 'one-off').map((c) => c.amount));
  const recurring = sum(input.costs.filter((c) => c.kind === 'per-period').map((c) => c.amount));
  const investment = effortCost + oneOffCosts;

  let planned = 0;
  let current = 0;
  for (const b of input.benefits) {
    if (!b.kpi) {
      warnings.push(`${b.label} could not be read (not visible to you, or not defined), so its benefit is left out.`);
      continue;
    }
    planned +=
      kpiBenefitPerPeriod({
        direction: b.kpi.direction,
        baseline: b.kpi.baseline,
        value: b.kpi.target,
        valuePerUnit: b.valuePerUnit,
      }) ?? 0;
    if (b.kpi.latest === undefined)
      warnings.push(`${b.label} has no actuals yet: today's benefit counts it at its baseline.`);
    current +=
      kpiBenefitPerPeriod({
        direction: b.kpi.direction,
        baseline: b.kpi.baseline,
        value: b.kpi.latest ?? b.kpi.baseline,
        valuePerUnit: b.valuePerUnit,
      }) ?? 0;
  }
  if (input.benefits.length === 0) warnings.push('No KPI benefit is linked, so the case earns nothing.');

  const scenario = (benefit: number): ScenarioFigures => {
    const net = benefit - recurring;
    const flows = [-investment + 0, ...Array.from({ length: input.horizonPeriods }, () => net)];
    // Every input is finite and bounded, so npv is a number here.
    return {
      benefitPerPeriod: benefit,
      netPerPeriod: net,
      flows,
      cumulative: cumulative(flows),
      npv: npv(rate, flows) ?? 0,
      payback: paybackPeriod(flows),
    };
  };
  return {
    figures: {
      investment: { effortCost, oneOffCosts, total: investment },
      recurringCostPerPeriod: recurring,
      periodRate: rate,
      planned: scenario(planned),
      current: scenario(current),
    },
    problems: [],
    warnings,
  };
}

function inputProblems(input: BusinessCaseInput): string[] {
  const problems: string[] = [];
  if (!Number.isFinite(input.effort.total) || input.effort.total < 0)
    problems.push('The rolled-up effort is not a usable number.');
  if (!Number.isFinite(input.costPerEffortUnit) || input.costPerEffortUnit < 0)
    problems.push('The cost per effort unit must be a number of at least 0.');
  if (!Number.isInteger(input.horizonPeriods) || input.horizonPeriods < 1 || input.horizonPeriods > MAX_HORIZON)
    problems.push(`The horizon must be a whole number of periods from 1 to ${MAX_HORIZON}.`);
  input.costs.forEach((c) => {
    if (!Number.isFinite(c.amount) || c.amount < 0)
      problems.push(`The cost "${c.label}" must be an amount of at least 0.`);
  });
  input.benefits.forEach((b) => {
    if (!Number.isFinite(b.valuePerUnit)) problems.push(`The value per unit of ${b.label} is not a number.`);
    if (b.kpi && ![b.kpi.baseline, b.kpi.target, b.kpi.latest ?? 0].every(Number.isFinite))
      problems.push(`${b.label} has a value that is not a number.`);
  });
  return problems;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
