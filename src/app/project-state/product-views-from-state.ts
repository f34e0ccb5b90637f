import { ALL_SCORE_MODELS } from '../../contract/score-views';
import type { ScoreModelId } from '../../domain/scoring/score-result';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProductRollupView } from '../../contract/views';
import type { ScoreModel } from '../../contract/payloads';
import { phaseCountsOf, stateTotals } from './state-totals';
import { progressViewOf } from '../views/progress-view';
import type { StateMeta } from './state-schemas';

/**
 * A portfolio row as stored: keys and numbers only (a summary in app storage could reach someone
 * who may not see that issue); the top item's summary is read as the caller when answering, and
 * the searches behind the counts follow from the configuration then.
 */
export type StoredProductView = Omit<ProductRollupView, 'topScore' | 'searches'> & {
  topScore?: { key: string; value: number };
};
export type ProductViews = Partial<Record<ScoreModel, StoredProductView>>;

/**
 * The project's portfolio row per score model from the top of its state's
 * sum tree (for stored state, the meta record alone: no shard is read). Live
 * reads build the same state in memory, so live and stored rows add the
 * same numbers in the same order and agree to the last digit.
 */
export function productViewsFromState(
  meta: Pick<StateMeta, 'projectKey' | 'projectName' | 'top'>,
  config: WorkflowConfig,
  now: Date,
): ProductViews {
  const { ctx, totals } = stateTotals(meta.top, config, now);
  const agg = totals.aggregate;
  const phases = phaseCountsOf(totals, config);
  const base = {
    projectKey: meta.projectKey,
    projectName: meta.projectName,
    issues: agg.issues,
    requirements: totals.requirements,
    progress: progressViewOf(agg),
    phases,
    kpiStatus: agg.kpi.status === 'none' ? ('no-data' as const) : agg.kpi.status,
    readiness: { ready: agg.readiness.ready, partial: agg.readiness.partial, notReady: agg.readiness.notReady },
    stale: agg.stale,
  };
  const views: ProductViews = {};
  for (const model of ALL_SCORE_MODELS) {
    const index = ctx.models.indexOf(model as ScoreModelId);
    const top = index >= 0 ? totals.top[index] : null;
    views[model] = {
      ...base,
      ...(top ? { topScore: top } : {}),
      scoreSum: index >= 0 ? (agg.scores[index]?.sum ?? 0) : 0,
    };
  }
  return views;
}
