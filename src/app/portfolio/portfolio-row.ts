import type { ScoreModel } from '../../contract/payloads';
import { configFingerprint } from '../../domain/rollup/rollup-context';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import { buildProjectRollup } from '../rollup/build-project-rollup';
import type { StoredProductView } from '../rollup/product-views-from-rollup';
import { readRollupMeta } from '../rollup/rollup-cache';
import type { AppDeps } from '../shared/app-deps';
import { productViewsFromState } from '../project-state/product-views-from-state';
import { readStateMeta } from '../project-state/state-records-store';

export interface PortfolioRow {
  /** Without the top item's summary: `withTopSummaries` adds it as the caller. */
  view: StoredProductView;
  complete: boolean;
  issuesRead: number;
  note?: string;
  retryAfterSeconds?: number;
}

/**
 * One product of the portfolio. The caller's project list already decided
 * that they may browse it; stored figures built with the current config (the
 * sharded project state, else the whole-roll-up cache) are served as they
 * are (`computedAt` set), otherwise the project is read live as the caller.
 */
export async function portfolioRow(
  deps: AppDeps,
  project: ProjectSummary,
  options: { config: WorkflowConfig; model: ScoreModel },
): Promise<PortfolioRow> {
  const fingerprint = configFingerprint(options.config);
  const state = await readStateMeta(deps.store, project.key);
  const stateView = state && state.configFingerprint === fingerprint ? productViewsFromState(state, options.config, deps.clock.now())[options.model] : undefined;
  if (state && stateView) return { view: { ...stateView, projectName: project.name, computedAt: state.computedAt }, complete: true, issuesRead: 0 };
  const meta = await readRollupMeta(deps.store, project.key);
  const cachedView = meta?.views[options.model];
  if (meta && cachedView && meta.configFingerprint === fingerprint) {
    return { view: { ...cachedView, projectName: project.name, computedAt: meta.computedAt }, complete: true, issuesRead: 0 };
  }
  const { read, views } = await buildProjectRollup(deps, project, options.config, 'user');
  return {
    view: views[options.model] as StoredProductView,
    complete: read.complete,
    issuesRead: read.issues.length,
    ...(read.note ? { note: read.note } : {}),
    ...(read.retryAfterSeconds !== undefined ? { retryAfterSeconds: read.retryAfterSeconds } : {}),
  };
}
