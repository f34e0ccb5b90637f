import type { ScoreModel } from '../../contract/payloads';
import { configFingerprint } from '../../domain/rollup/rollup-context';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import { buildProjectRollup } from '../rollup/build-project-rollup';
import type { StoredProductView } from '../rollup/product-views-from-rollup';
import { readRollupMeta } from '../rollup/rollup-cache';
import type { AppDeps } from '../shared/app-deps';

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
 * that they may browse it; a cached roll-up built with the current config is
 * served as it is (`computedAt` set), otherwise the project is read live as
 * the caller.
 */
export async function portfolioRow(
  deps: AppDeps,
  project: ProjectSummary,
  options: { config: WorkflowConfig; model: ScoreModel },
): Promise<PortfolioRow> {
  const meta = await readRollupMeta(deps.store, project.key);
  const cachedView = meta?.views[options.model];
  if (meta && cachedView && meta.configFingerprint === configFingerprint(options.config)) {
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
