/**
 * Stable ids of the default template's phases. Stored data (phase overrides,
 * mapping rules, cached roll-ups) refers to phases by these ids, so they never
 * change even when a team renames a phase.
 *
 * @example
 * PHASE_IDS.requirements // 'requirements'
 */
export const PHASE_IDS = {
  // Strategic product management (blue)
  interview: 'interview',
  problem: 'problem',
  persona: 'persona',
  scenario: 'scenario',
  analysis: 'analysis',
  kpis: 'kpis',
  innovation: 'innovation',
  buildBuyPartner: 'build-buy-partner',
  strategies: 'strategies',
  businessCase: 'business-case',
  // Technical product management / product owner (orange)
  productTeam: 'product-team',
  userPersonas: 'user-personas',
  useScenarios: 'use-scenarios',
  requirements: 'requirements',
  workPackages: 'work-packages',
  // Go-to-market (green)
  gtmTeam: 'gtm-team',
  marketMessage: 'market-message',
  salesArguments: 'sales-arguments',
  packaging: 'packaging',
  launch: 'launch',
} as const;

export type DefaultPhaseId = (typeof PHASE_IDS)[keyof typeof PHASE_IDS];

export const SECTION_IDS = {
  strategic: 'strategic',
  technical: 'technical',
  goToMarket: 'go-to-market',
} as const;

/**
 * Reserved bucket for issues that map to no phase. Phase ids may not use it,
 * so counts by phase can always carry an "unmapped" column.
 */
export const UNMAPPED_PHASE = 'unmapped';
