import {
  BUSINESS_CASE_PROPERTY_KEY,
  businessCasePropertySchema,
  type BusinessCaseProperty,
} from '../../contract/business-case-property';
import type {
  BenefitKpi,
  BenefitLineView,
  BusinessCaseView,
  DecisionView,
  MoneySettings,
} from '../../contract/views-business-case';
import { evaluateBusinessCase, type CaseBenefit } from '../../domain/business-case/evaluate-business-case';
import { latestActual } from '../../domain/business-case/latest-actual';
import { subtreeEffort } from '../../domain/business-case/subtree-effort';
import { weighOptions } from '../../domain/decision/weigh-options';
import { businessCaseSettings } from '../../domain/workflow/business-case-settings';
import { resolvePhase } from '../../domain/workflow/resolve-phase';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { completeOrIncomplete } from '../shared/read-all-issues';
import { siteTimeZone } from '../shared/site-time-zone';
import { HIDDEN_ITEM } from '../views/linked-item';
import { readVersioned, type StoredVersion } from '../shared/versioned-property';
import { readSubtree } from './read-subtree';

/** KPIs offered when adding a benefit line. */
const KPI_CHOICES_MAX = 20;

export const readBusinessCase = (deps: AppDeps, issueKey: string): Promise<StoredVersion<BusinessCaseProperty>> =>
  readVersioned(deps.jira, issueKey, BUSINESS_CASE_PROPERTY_KEY, businessCasePropertySchema);

/** Does the issue carry a business case (its phase is one of the configured ones)? */
export function businessCaseApplies(record: JiraIssue, config: WorkflowConfig): boolean {
  const phase = resolvePhase(record.issue, config);
  return phase !== null && businessCaseSettings(config).phases.includes(phase);
}

/**
 * The business case view of `record`, computed now from what the caller can see: the
 * subtree's effort, the linked KPIs' targets and latest actuals, the decision's weighted
 * result. A KPI the caller cannot see is an "item you cannot see" (its key never leaves)
 * and adds nothing; a subtree read that stopped early answers `incomplete` with the view.
 */
export async function buildBusinessCaseView(
  deps: AppDeps,
  record: JiraIssue,
  config: WorkflowConfig,
): Promise<BusinessCaseView> {
  const issue = record.issue;
  const now = deps.clock.now();
  const { phases: _phases, ...siteSettings } = businessCaseSettings(config);
  if (!businessCaseApplies(record, config)) return notApplicable(record, siteSettings);
  const [stored, subtree, timeZone, permissions] = await Promise.all([
    readBusinessCase(deps, issue.key),
    readSubtree(deps.jira, issue.key),
    siteTimeZone(deps),
    deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: issue.key }),
  ]);
  const doc = stored.document;
  const input = doc?.case;
  const settings: MoneySettings = {
    ...siteSettings,
    ...(input?.costPerEffortUnit !== undefined ? { costPerEffortUnit: input.costPerEffortUnit } : {}),
    ...(input?.yearlyDiscountRate !== undefined ? { yearlyDiscountRate: input.yearlyDiscountRate } : {}),
    ...(input?.periodMonths !== undefined ? { periodMonths: input.periodMonths } : {}),
    ...(input?.horizonPeriods !== undefined ? { horizonPeriods: input.horizonPeriods } : {}),
  };

  // KPIs the item or its delivery work links: what a benefit line is usually about.
  const linkedKpiKeys = [
    ...new Set([...(record.requirement?.kpiKeys ?? []), ...subtree.issues.flatMap((r) => r.issue.pm?.kpiKeys ?? [])]),
  ]
    .sort()
    .slice(0, KPI_CHOICES_MAX);
  const benefitKeys = input?.benefits.map((b) => b.kpiKey) ?? [];
  const visible = new Map(
    (await deps.jira.bulkFetch([...new Set([...benefitKeys, ...linkedKpiKeys])], { as: 'user' })).map((r) => [
      r.issue.key,
      r,
    ]),
  );
  const kpiOf = (key: string): BenefitKpi | undefined => {
    const def = visible.get(key)?.issue.kpi;
    if (!def) return undefined;
    const latest = latestActual(def.actuals, now.getTime(), timeZone);
    return {
      key,
      name: def.name,
      unit: def.unit,
      direction: def.direction,
      baseline: def.baseline,
      target: def.target,
      ...(latest ? { latest } : {}),
    };
  };

  const benefits: BenefitLineView[] = [];
  const caseBenefits: CaseBenefit[] = [];
  let hiddenBenefits = 0;
  for (const b of input?.benefits ?? []) {
    if (!visible.has(b.kpiKey)) {
      hiddenBenefits++;
      benefits.push({ kpi: HIDDEN_ITEM, valuePerUnit: b.valuePerUnit });
      caseBenefits.push({ label: 'A KPI you cannot see', valuePerUnit: b.valuePerUnit });
      continue;
    }
    const kpi = kpiOf(b.kpiKey);
    benefits.push({ kpi: kpi ?? { key: b.kpiKey, undefinedKpi: true }, valuePerUnit: b.valuePerUnit });
    caseBenefits.push({
      label: kpi ? `KPI ${b.kpiKey} (${kpi.name})` : `KPI ${b.kpiKey}`,
      valuePerUnit: b.valuePerUnit,
      ...(kpi
        ? {
            kpi: {
              direction: kpi.direction,
              baseline: kpi.baseline,
              target: kpi.target,
              ...(kpi.latest ? { latest: kpi.latest.value } : {}),
            },
          }
        : {}),
    });
  }

  const effort = subtreeEffort(issue.id, [issue, ...subtree.issues.map((r) => r.issue)], config, now, timeZone);
  const evaluation = evaluateBusinessCase({
    effort,
    costPerEffortUnit: settings.costPerEffortUnit,
    costs: input?.costs ?? [],
    benefits: caseBenefits,
    periodMonths: settings.periodMonths,
    horizonPeriods: settings.horizonPeriods,
    yearlyDiscountRate: settings.yearlyDiscountRate,
  });
  if (!subtree.complete)
    evaluation.warnings.unshift(
      subtree.note ?? 'Not every issue below this item could be read, so the investment may be too low.',
    );

  const view: BusinessCaseView = {
    issue: { key: issue.key, summary: issue.summary },
    applies: true,
    version: stored.version,
    canEdit: permissions.EDIT_ISSUES,
    siteSettings,
    settings,
    case: input ? { ...stripMeta(input), benefits: input.benefits.filter((b) => visible.has(b.kpiKey)) } : null,
    hiddenBenefits,
    effort: { ...effort, complete: subtree.complete, ...(subtree.note ? { note: subtree.note } : {}) },
    benefits,
    evaluation,
    decision: doc?.decision ? decisionViewOf(doc.decision) : null,
    // The linked KPIs and those the case already names (visible ones only), each once.
    kpiChoices: [...new Set([...linkedKpiKeys, ...benefitKeys.filter((k) => visible.has(k))])]
      .map(kpiOf)
      .filter((k): k is BenefitKpi => k !== undefined),
  };
  return completeOrIncomplete(view, subtree);
}

/** Any other issue: no reads beyond the issue itself (the panel asks on every issue). */
function notApplicable(record: JiraIssue, siteSettings: MoneySettings): BusinessCaseView {
  return {
    issue: { key: record.issue.key, summary: record.issue.summary },
    applies: false,
    reason: 'Business cases belong to initiatives and the Consolidation item (the phases set on the admin page).',
    version: 0,
    canEdit: false,
    siteSettings,
    settings: siteSettings,
    case: null,
    hiddenBenefits: 0,
    effort: { total: 0, unestimated: 0, issues: 0, complete: true },
    benefits: [],
    evaluation: { figures: null, problems: [], warnings: [] },
    decision: null,
    kpiChoices: [],
  };
}

function stripMeta<T extends { updatedAt: string; updatedBy: unknown }>(input: T): Omit<T, 'updatedAt' | 'updatedBy'> {
  const { updatedAt: _at, updatedBy: _by, ...rest } = input;
  return rest;
}

function decisionViewOf(decision: NonNullable<BusinessCaseProperty['decision']>): DecisionView {
  const { input } = decision;
  return {
    input,
    result: weighOptions(input.options, input.criteria, input.ratings),
    ...(decision.decidedBy ? { decidedBy: { displayName: decision.decidedBy.displayName } } : {}),
    ...(decision.decidedAt ? { decidedAt: decision.decidedAt } : {}),
    updatedAt: decision.updatedAt,
  };
}
