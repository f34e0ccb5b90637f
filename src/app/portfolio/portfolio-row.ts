import { siteTimeZone } from '../shared/site-time-zone';
import type { ScoreModel } from '../../contract/payloads';
import { configFingerprint } from '../../domain/rollup/rollup-context';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { productViewsFromState, type StoredProductView } from '../project-state/product-views-from-state';
import { readProjectState } from '../project-state/read-project-state';
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
 * that they may browse it; its stored state, when built with the current
 * config, is served as it is (`computedAt` set), otherwise the project is
 * read live as the caller.
 */
export async function portfolioRow(
  deps: AppDeps,
  project: ProjectSummary,
  options: { config: WorkflowConfig; model: ScoreModel },
): Promise<PortfolioRow> {
  const fingerprint = configFingerprint(options.config, await siteTimeZone(deps));
  const state = await readStateMeta(deps.store, project.key);
  const stateView =
    state && state.configFingerprint === fingerprint
      ? productViewsFromState(state, options.config, deps.clock.now())[options.model]
      : undefined;
  if (state && stateView)
    return {
      view: { ...stateView, projectName: project.name, computedAt: state.computedAt },
      complete: true,
      issuesRead: 0,
    };
  const { read, views } = await readProjectState(deps, project, options.config, 'user');
  return {
    view: views[options.model] as StoredProductView,
    complete: read.complete,
    issuesRead: read.issues,
    ...(read.note ? { note: read.note } : {}),
    ...(read.retryAfterSeconds !== undefined ? { retryAfterSeconds: read.retryAfterSeconds } : {}),
  };
}
