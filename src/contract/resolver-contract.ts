import type { z } from 'zod';
import * as P from './payloads';
import type * as V from './views';
import type * as VA from './views-admin';
import type * as VB from './views-backlog';
import * as PE from './payloads-evidence';
import type * as VE from './views-evidence';
import * as PBC from './payloads-business-case';
import type * as VBC from './views-business-case';
import * as PS from './payloads-scoring';
import type * as VS from './views-scoring';
import * as PG from './payloads-gadget';
import type * as VG from './views-gadget';
import * as RM from './roadmap';
import * as PL from './payloads-launch-readiness';
import type * as VL from './views-launch-readiness';
import * as VD from './views-delivery';

/**
 * One function's contract: the payload schema (a value the resolvers parse with) and the
 * result type (type-only: `result` never exists at run time, it only carries `R`).
 */
export interface FunctionContract<S extends z.ZodType, R> {
  readonly payload: S;
  readonly result?: R;
}

/** `fn<Result>()(payloadSchema)`: the result type is given, the schema's type is inferred. */
const fn =
  <R>() =>
  <S extends z.ZodType>(payload: S): FunctionContract<S, R> => ({ payload });

/**
 * The typed registry: function key -> payload schema -> result type. The resolvers take
 * their schema from here and must return `R` (resolvers/shared/define-resolver.ts
 * `contractResolver`), the UI's `invoke` and the test harness take their types from it
 * (api.ts `ResolverApi`), so a result type that drifts from what a use case returns does
 * not compile.
 */
export const RESOLVER_CONTRACT = {
  getDashboard: fn<V.DashboardView | V.DashboardBuilding>()(P.getDashboardPayload),
  getBacklogPage: fn<VB.BacklogPage>()(P.getBacklogPagePayload),
  exportBacklogCsv: fn<V.CsvExport>()(P.exportBacklogCsvPayload),
  getBacklogScoring: fn<VS.BacklogScoringView>()(PS.getBacklogScoringPayload),
  saveBacklogScoring: fn<VS.BacklogScoringView>()(PS.saveBacklogScoringPayload),
  liftBlocker: fn<VB.LiftBlockerView>()(PS.liftBlockerPayload),
  getCheckDecisions: fn<VBC.CheckDecisionsView>()(PBC.getCheckDecisionsPayload),
  getLaunchReadiness: fn<VL.LaunchReadinessView>()(PL.getLaunchReadinessPayload),
  getDeliveryProgress: fn<VD.DeliveryProgressView>()(VD.getDeliveryProgressPayload),
  getRoadmap: fn<RM.RoadmapView>()(RM.getRoadmapPayload),
  exportRoadmapCsv: fn<V.CsvExport>()(RM.exportRoadmapCsvPayload),
  getRequirementContext: fn<V.RequirementContextView>()(P.getRequirementContextPayload),
  saveRequirement: fn<V.RequirementContextView>()(P.saveRequirementPayload),
  previewScore: fn<V.ScorePreview>()(P.previewScorePayload),
  defineKpi: fn<V.KpiView>()(P.defineKpiPayload),
  recordKpiActual: fn<V.KpiView>()(P.recordKpiActualPayload),
  getEvidence: fn<VE.EvidenceView>()(PE.getEvidencePayload),
  saveEvidence: fn<VE.EvidenceView>()(PE.saveEvidencePayload),
  getScoreRanks: fn<VS.ScoreRanks>()(PS.getScoreRanksPayload),
  getBusinessCase: fn<VBC.BusinessCaseView>()(PBC.getBusinessCasePayload),
  saveBusinessCase: fn<VBC.BusinessCaseView>()(PBC.saveBusinessCasePayload),
  saveDecision: fn<VBC.BusinessCaseView>()(PBC.saveDecisionPayload),
  getConfig: fn<V.ConfigView>()(P.getConfigPayload),
  saveConfig: fn<V.ConfigView>()(P.saveConfigPayload),
  getSiteOptions: fn<VA.SiteOptionsView>()(P.getSiteOptionsPayload),
  previewMapping: fn<VA.MappingPreview>()(P.previewMappingPayload),
  getPortfolio: fn<V.PortfolioPage>()(P.getPortfolioPayload),
  exportPortfolioCsv: fn<V.CsvExport>()(P.exportPortfolioCsvPayload),
  startRollup: fn<V.RollupJob>()(P.startRollupPayload),
  getRollupProgress: fn<V.RollupJob>()(P.getRollupProgressPayload),
  getPortfolioRoadmap: fn<RM.RoadmapView>()(RM.getRoadmapPayload),
  exportPortfolioRoadmapCsv: fn<V.CsvExport>()(RM.exportRoadmapCsvPayload),
  getGadget: fn<VG.GadgetAnswer>()(PG.getGadgetPayload),
  getGadgetOptions: fn<VG.GadgetOptions>()(PG.getGadgetOptionsPayload),
} as const;

type Contract = typeof RESOLVER_CONTRACT;
export type ContractKey = keyof Contract;
/** The payload schema of `K` (what the resolver parses with). */
export type PayloadSchemaOf<K extends ContractKey> = Contract[K]['payload'];
/** What the resolver of `K` answers inside `{ ok: true, data }`. */
export type ContractResult<K extends ContractKey> =
  Contract[K] extends FunctionContract<z.ZodType, infer R> ? R : never;

/** The registry as the UI and the tests see it: payload as the caller writes it (defaults optional). */
export type ContractApi = {
  [K in ContractKey]: { payload: z.input<PayloadSchemaOf<K>>; result: ContractResult<K> };
};
