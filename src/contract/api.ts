import type { z } from 'zod';
import type * as P from './payloads';
import type * as V from './views';
import type * as VA from './views-admin';
import type * as VB from './views-backlog';
import type { Result } from './result';

/**
 * Function key -> payload and result types. The UI imports this file with
 * `import type` only, so its bundle never contains backend code.
 */
export interface ResolverApi {
  getDashboard: { payload: z.input<typeof P.getDashboardPayload>; result: V.DashboardView | V.DashboardBuilding };
  getBacklogPage: { payload: z.input<typeof P.getBacklogPagePayload>; result: VB.BacklogPage };
  exportBacklogCsv: { payload: z.input<typeof P.exportBacklogCsvPayload>; result: V.CsvExport };
  getRequirementContext: { payload: z.input<typeof P.getRequirementContextPayload>; result: V.RequirementContextView };
  saveRequirement: { payload: z.input<typeof P.saveRequirementPayload>; result: V.RequirementContextView };
  previewScore: { payload: z.input<typeof P.previewScorePayload>; result: V.ScorePreview };
  defineKpi: { payload: z.input<typeof P.defineKpiPayload>; result: V.KpiView };
  recordKpiActual: { payload: z.input<typeof P.recordKpiActualPayload>; result: V.KpiView };
  getConfig: { payload: z.input<typeof P.getConfigPayload>; result: V.ConfigView };
  saveConfig: { payload: z.input<typeof P.saveConfigPayload>; result: V.ConfigView };
  getSiteOptions: { payload: z.input<typeof P.getSiteOptionsPayload>; result: VA.SiteOptionsView };
  previewMapping: { payload: z.input<typeof P.previewMappingPayload>; result: VA.MappingPreview };
  getPortfolio: { payload: z.input<typeof P.getPortfolioPayload>; result: V.PortfolioPage };
  exportPortfolioCsv: { payload: z.input<typeof P.exportPortfolioCsvPayload>; result: V.CsvExport };
  startRollup: { payload: z.input<typeof P.startRollupPayload>; result: V.RollupJob };
  getRollupProgress: { payload: z.input<typeof P.getRollupProgressPayload>; result: V.RollupJob };
}

export type FunctionKey = keyof ResolverApi;
export type PayloadOf<K extends FunctionKey> = ResolverApi[K]['payload'];
export type ResultOf<K extends FunctionKey> = Result<ResolverApi[K]['result']>;

export type * from './views';
export type * from './views-admin';
export type * from './views-backlog';
export type * from './views-evidence';
export type { Result, ResultError, ErrorCode } from './result';
export type { BacklogStatusFilter, LinkField, ScoreModel } from './payloads';
export type { ScoringInputs, KpiProperty } from './pm-property';
