import { NUMERIC_SCORE_MODELS } from '../scoring/score-model-ids';
import { PHASE_IDS as P, SECTION_IDS as S } from './phase-ids';
import { WORKFLOW_CONFIG_SCHEMA_VERSION, type MappingRule, type WorkflowConfig } from './workflow-config-schema';

/**
 * The default template: the three sections of the Open Product Management
 * Workflow with their phases in order, the dependencies between them, and a
 * mapping onto the issue types the demo data (and a typical site) uses.
 *
 * @example
 * defaultWorkflowConfig.phases.map((p) => p.id)[0] // 'interview'
 */
const rule = (phaseId: string, issueType: string, labels?: string[]): MappingRule =>
  labels ? { phaseId, issueType, labels } : { phaseId, issueType };

export const defaultWorkflowConfig: WorkflowConfig = {
  schemaVersion: WORKFLOW_CONFIG_SCHEMA_VERSION,
  sections: [
    { id: S.strategic, name: 'Strategic product management', colour: '#0052CC' },
    { id: S.technical, name: 'Technical product management', colour: '#FF8B00' },
    { id: S.goToMarket, name: 'Go-to-market', colour: '#36B37E' },
  ],
  phases: [
    { id: P.interview, name: 'Interview', sectionId: S.strategic, upstream: [] },
    { id: P.problem, name: 'Problem', sectionId: S.strategic, upstream: [P.interview] },
    { id: P.persona, name: 'Persona', sectionId: S.strategic, upstream: [P.interview] },
    { id: P.scenario, name: 'Scenario', sectionId: S.strategic, upstream: [P.interview] },
    { id: P.analysis, name: 'Analysis', sectionId: S.strategic, upstream: [P.problem, P.persona, P.scenario] },
    { id: P.kpis, name: 'Check: KPIs', sectionId: S.strategic, upstream: [P.analysis] },
    { id: P.innovation, name: 'Check: innovation type and value', sectionId: S.strategic, upstream: [P.analysis] },
    { id: P.buildBuyPartner, name: 'Check: build, buy or partner', sectionId: S.strategic, upstream: [P.analysis] },
    {
      id: P.strategies,
      name: 'Strategies',
      sectionId: S.strategic,
      upstream: [P.kpis, P.innovation, P.buildBuyPartner],
    },
    { id: P.businessCase, name: 'Consolidation: business case', sectionId: S.strategic, upstream: [P.strategies] },
    { id: P.productTeam, name: 'Technical product team', sectionId: S.technical, upstream: [P.businessCase] },
    { id: P.userPersonas, name: 'User personas', sectionId: S.technical, upstream: [P.productTeam, P.persona] },
    { id: P.useScenarios, name: 'Use scenarios', sectionId: S.technical, upstream: [P.userPersonas, P.scenario] },
    { id: P.requirements, name: 'Requirements', sectionId: S.technical, upstream: [P.useScenarios, P.problem, P.kpis] },
    { id: P.workPackages, name: 'Work packages', sectionId: S.technical, upstream: [P.requirements] },
    { id: P.gtmTeam, name: 'Go-to-market team', sectionId: S.goToMarket, upstream: [P.businessCase] },
    { id: P.marketMessage, name: 'Market message', sectionId: S.goToMarket, upstream: [P.gtmTeam, P.persona] },
    { id: P.salesArguments, name: 'Sales arguments and website', sectionId: S.goToMarket, upstream: [P.marketMessage] },
    { id: P.packaging, name: 'Packaging, adverts and demos', sectionId: S.goToMarket, upstream: [P.marketMessage] },
    {
      id: P.launch,
      name: 'Launch',
      sectionId: S.goToMarket,
      upstream: [P.salesArguments, P.packaging, P.workPackages],
    },
  ],
  mapping: {
    default: [
      rule(P.interview, 'Interview'),
      rule(P.problem, 'Problem'),
      rule(P.persona, 'Persona'),
      rule(P.scenario, 'Scenario'),
      rule(P.analysis, 'Analysis'),
      rule(P.innovation, 'Analysis', ['innovation']),
      rule(P.buildBuyPartner, 'Analysis', ['build-buy-partner']),
      rule(P.kpis, 'KPI'),
      rule(P.strategies, 'Initiative'),
      rule(P.businessCase, 'Business Case'),
      rule(P.productTeam, 'Task', ['product-team']),
      // Personas and scenarios of users (not buyers) belong to the technical section.
      rule(P.userPersonas, 'Persona', ['user']),
      rule(P.useScenarios, 'Scenario', ['user']),
      rule(P.requirements, 'Epic'),
      rule(P.requirements, 'Story'),
      rule(P.workPackages, 'Task'),
      rule(P.workPackages, 'Sub-task'),
      rule(P.workPackages, 'Bug'),
      rule(P.gtmTeam, 'Go-to-Market', ['gtm-team']),
      rule(P.marketMessage, 'Go-to-Market', ['gtm-message']),
      rule(P.salesArguments, 'Go-to-Market', ['gtm-sales']),
      rule(P.packaging, 'Go-to-Market', ['gtm-packaging']),
      rule(P.launch, 'Go-to-Market', ['gtm-launch']),
      rule(P.launch, 'Launch'),
    ],
    projects: {},
  },
  hierarchy: {
    levels: {
      Initiative: 2,
      Epic: 1,
      Story: 0,
      Task: 0,
      Bug: 0,
      Interview: 0,
      Problem: 0,
      Persona: 0,
      Scenario: 0,
      Analysis: 0,
      KPI: 0,
      'Business Case': 0,
      'Go-to-Market': 0,
      Launch: 0,
      'Sub-task': -1,
    },
    parentLinks: [],
  },
  readiness: {
    appliesToPhases: [P.requirements],
    requires: [
      { item: 'problem', mustBeDone: true },
      { item: 'persona', mustBeDone: true },
      { item: 'scenario', mustBeDone: true },
      { item: 'kpi', mustBeDone: true },
    ],
  },
  scoring: {
    primaryModel: 'rice',
    rollupModels: [...NUMERIC_SCORE_MODELS],
    iceMode: 'product',
    strictScales: true,
    weightedCriteria: [
      { id: 'customer-value', label: 'Customer value', weight: 3, min: 0, max: 10, direction: 'benefit' },
      { id: 'strategic-fit', label: 'Strategic fit', weight: 2, min: 0, max: 10, direction: 'benefit' },
      { id: 'risk', label: 'Delivery risk', weight: 1, min: 0, max: 10, direction: 'cost' },
    ],
    moscowMustShareLimit: 0.6,
    staleAfterDays: 90,
    disagreementThreshold: 0.5,
  },
  kpi: { rollup: 'worst', weights: {}, trendWindow: 3 },
};
