/**
 * Public API of the domain engine: pure functions over plain data. No I/O,
 * no clock ("now" is always a parameter), no Forge.
 */
export type {
  IceInputs,
  IssueLink,
  KanoAnswer,
  KanoInputs,
  KpiActual,
  KpiDefinition,
  KpiDirection,
  MoscowCategory,
  PmData,
  PmIssue,
  RawNumber,
  RiceInputs,
  ScoringInputs,
  StatusCategory,
  ValueEffortInputs,
  WsjfInputs,
} from './issue/pm-issue';

// Workflow model and configuration
export { PHASE_IDS, SECTION_IDS, UNMAPPED_PHASE, type DefaultPhaseId } from './workflow/phase-ids';
export {
  WORKFLOW_CONFIG_SCHEMA_VERSION,
  workflowConfigSchema,
  type KpiSettings,
  type MappingRule,
  type ParentLink,
  type Phase,
  type ReadinessItemRule,
  type ScoreModel,
  type ScoringSettings,
  type Section,
  type WeightedCriterion,
  type WorkflowConfig,
} from './workflow/workflow-config-schema';
export { defaultWorkflowConfig } from './workflow/default-workflow';
export { migrateWorkflowConfig, type MigrationOutcome } from './workflow/migrate-workflow-config';
export { parseWorkflowConfig, type ConfigError, type ParseConfigResult } from './workflow/parse-workflow-config';
export { resolvePhase, phaseIdSet } from './workflow/resolve-phase';
export { compilePhaseResolver, type PhaseResolver } from './workflow/compile-phase-resolver';
export { hierarchyLevel } from './workflow/hierarchy-level';
export type { EditResult } from './workflow/edit-result';
export { renamePhase } from './workflow/rename-phase';
export { addPhase } from './workflow/add-phase';
export { removePhase } from './workflow/remove-phase';
export { movePhase } from './workflow/move-phase';

// Prioritisation
export type {
  InputProblem,
  InputProblemCode,
  InputWarning,
  ScoreBreakdown,
  ScoreModelId,
  ScoreResult,
  ScoreTerm,
} from './scoring/score-result';
export {
  scoreRice,
  riceValue,
  riceWarnings,
  RICE_IMPACT_SCALE,
  RICE_CONFIDENCE_SCALE,
  RICE_FORMULA,
  type RiceOptions,
} from './scoring/score-rice';
export { scoreWsjf, wsjfValue, WSJF_SCALE, WSJF_FORMULA } from './scoring/score-wsjf';
export { scoreIce, iceValue, ICE_FORMULAS, type IceMode } from './scoring/score-ice';
export { scoreValueEffort, valueEffortValue, VALUE_EFFORT_FORMULA } from './scoring/score-value-effort';
export { scoreWeighted, weightedValue, WEIGHTED_FORMULA, type WeightedCriterionSpec } from './scoring/score-weighted';
export { normaliseScores, type NormalisedScore } from './scoring/normalise-scores';
export { classifyKano, KANO_ANSWERS, KANO_TABLE, type KanoCategory, type KanoResult } from './scoring/classify-kano';
export {
  checkMoscowCapacity,
  DEFAULT_MUST_SHARE_LIMIT,
  type MoscowCapacityResult,
  type MoscowCategoryTotal,
  type MoscowItem,
} from './scoring/check-moscow-capacity';
export { scoreIssue, modelValue, type IssueScores } from './scoring/score-issue';
export { hasScoringInput } from './scoring/has-scoring-input';
export {
  scoreStaleness,
  isScoreStale,
  CLOCK_SKEW_MS,
  type Staleness,
  type StalenessReason,
} from './scoring/score-staleness';

// Ranking
export { compareIssueKeys, compareIds } from './ranking/compare-issue-keys';
export { rankByScore, type RankInput, type RankedItem } from './ranking/rank-by-score';
export { spearmanCorrelation, averageRanks } from './ranking/spearman-correlation';
export {
  modelDisagreement,
  MIN_ITEMS_TO_COMPARE,
  type DisagreementResult,
  type ModelValue,
  type RankShift,
} from './ranking/model-disagreement';

// KPIs
export {
  kpiStatus,
  definitionProblems,
  reachesTarget,
  DEFAULT_TREND_WINDOW,
  type KpiOutcome,
  type KpiStatusResult,
  type KpiStatusValue,
} from './kpi/kpi-status';
export { kpiTrend, FLAT_TREND_SHARE, type KpiTrend } from './kpi/kpi-trend';
export { kpiForecast, type KpiForecast } from './kpi/kpi-forecast';
export {
  rollUpKpiStatuses,
  kpiStatusFromTotals,
  addKpiStatus,
  emptyKpiTotals,
  WEIGHTED_AT_RISK_FROM,
  WEIGHTED_ON_TRACK_FROM,
  type KpiRollupMode,
  type KpiTotals,
} from './kpi/roll-up-kpi-statuses';

// Readiness
export {
  assessReadiness,
  type ReadinessGap,
  type ReadinessGapReason,
  type ReadinessItem,
  type ReadinessResult,
  type ReadinessRule,
  type ReadinessState,
  type UpstreamFacts,
  type UpstreamRefs,
} from './readiness/assess-readiness';

// Roll-ups
export { rollUpPortfolio } from './rollup/roll-up-portfolio';
export { applyIssueChange, type ApplyChangeResult } from './rollup/apply-issue-change';
export { applyChangeToIssues, type IssueChange } from './rollup/issue-change';
export { listRollupProblems, type RollupProblem } from './rollup/list-rollup-problems';
export { requestedParentId } from './rollup/requested-parent';
export { configFingerprint } from './rollup/rollup-context';
export {
  ROLLUP_FORMAT_VERSION,
  type NodeProblems,
  type NodeRefs,
  type OwnScore,
  type PortfolioRollup,
  type ProjectRollup,
  type ReadinessAggregate,
  type RollupAggregate,
  type RollupIndex,
  type RollupNode,
  type ScoreAggregate,
} from './rollup/rollup-types';
