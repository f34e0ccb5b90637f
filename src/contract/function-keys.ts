/**
 * Resolver function keys, grouped by the Forge function (manifest `function`)
 * that serves them. The UI imports these names (type-only use of payloads and
 * results goes through `api.ts`).
 */
export const DASHBOARD_FUNCTIONS = {
  getDashboard: 'getDashboard',
  getBacklogPage: 'getBacklogPage',
  exportBacklogCsv: 'exportBacklogCsv',
  getRoadmap: 'getRoadmap',
  exportRoadmapCsv: 'exportRoadmapCsv',
  getCheckDecisions: 'getCheckDecisions',
  getLaunchReadiness: 'getLaunchReadiness',
  getDeliveryProgress: 'getDeliveryProgress',
  getBacklogScoring: 'getBacklogScoring',
  saveBacklogScoring: 'saveBacklogScoring',
  liftBlocker: 'liftBlocker',
} as const;

export const REQUIREMENT_FUNCTIONS = {
  getRequirementContext: 'getRequirementContext',
  saveRequirement: 'saveRequirement',
  previewScore: 'previewScore',
  defineKpi: 'defineKpi',
  recordKpiActual: 'recordKpiActual',
  getEvidence: 'getEvidence',
  saveEvidence: 'saveEvidence',
  getBusinessCase: 'getBusinessCase',
  saveBusinessCase: 'saveBusinessCase',
  saveDecision: 'saveDecision',
  getScoreRanks: 'getScoreRanks',
} as const;

export const ADMIN_FUNCTIONS = {
  getConfig: 'getConfig',
  saveConfig: 'saveConfig',
  getSiteOptions: 'getSiteOptions',
  previewMapping: 'previewMapping',
} as const;

export const PORTFOLIO_FUNCTIONS = {
  getPortfolio: 'getPortfolio',
  exportPortfolioCsv: 'exportPortfolioCsv',
  startRollup: 'startRollup',
  getRollupProgress: 'getRollupProgress',
  getPortfolioRoadmap: 'getPortfolioRoadmap',
  exportPortfolioRoadmapCsv: 'exportPortfolioRoadmapCsv',
} as const;

export const GADGET_FUNCTIONS = {
  getGadget: 'getGadget',
  getGadgetOptions: 'getGadgetOptions',
} as const;
