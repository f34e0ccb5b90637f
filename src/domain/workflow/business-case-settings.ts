import { PHASE_IDS } from './phase-ids';
import type { BusinessCaseSettings, WorkflowConfig } from './workflow-config-schema';

/**
 * The business case settings in force: the configured ones, or the defaults -
 * initiatives (Strategies) and the Consolidation item carry business cases,
 * a story point costs 1,000 EUR, 10 % a year, quarters over three years -
 * keeping only phases the workflow has. A case may override the money figures.
 *
 * @example
 * businessCaseSettings(defaultWorkflowConfig).phases // ['strategies', 'business-case']
 */
export const DEFAULT_BUSINESS_CASE_SETTINGS: BusinessCaseSettings = Object.freeze({
  phases: [PHASE_IDS.strategies, PHASE_IDS.businessCase],
  currency: 'EUR',
  costPerEffortUnit: 1000,
  yearlyDiscountRate: 0.1,
  periodMonths: 3,
  horizonPeriods: 12,
});

export function businessCaseSettings(config: WorkflowConfig): BusinessCaseSettings {
  const known = new Set(config.phases.map((p) => p.id));
  // Field by field: a site that set only its cost per point keeps every other default.
  const set = Object.fromEntries(Object.entries(config.businessCase ?? {}).filter(([, v]) => v !== undefined));
  const chosen: BusinessCaseSettings = { ...DEFAULT_BUSINESS_CASE_SETTINGS, ...set };
  return { ...chosen, phases: [...new Set(chosen.phases)].filter((id) => known.has(id)) };
}
