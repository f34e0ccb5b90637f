import type { ScoreModel } from '../../contract/payloads';
import type { Coverage } from '../../contract/views';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { mapBounded } from '../shared/map-bounded';
import type { ReadOutcome } from '../shared/read-all-issues';
import { resolveModel } from '../shared/resolve-model';
import { portfolioRow, type PortfolioRow } from './portfolio-row';

/** Projects read at once; Jira's rate limit is per app and site, so stay modest. */
export const PARTITION_CONCURRENCY = 3;

export interface PortfolioScope {
  config: WorkflowConfig;
  model: ScoreModel;
  now: Date;
  /** Projects the caller can browse right now (listed as the user), in key order. */
  projects: ProjectSummary[];
}

/** The config, model and the caller's visible projects - the portfolio never starts from any other list. */
export async function portfolioScope(deps: AppDeps, requested: ScoreModel | undefined): Promise<PortfolioScope> {
  // Independent reads, at once: the list is Jira's latency on every page.
  const [{ config }, listed] = await Promise.all([
    loadConfig(deps.store, deps.logger),
    deps.jira.listProjects({ as: 'user' }),
  ]);
  const projects = listed.sort((a, b) => a.key.localeCompare(b.key));
  return { config, model: resolveModel(requested, config), now: deps.clock.now(), projects };
}

export interface PortfolioRead {
  rows: PortfolioRow[];
  coverage: Coverage;
  outcome: ReadOutcome;
}

/** One row per project (cached or read live as the caller), at most `PARTITION_CONCURRENCY` at a time. */
export async function readPortfolioRows(
  deps: AppDeps,
  projects: readonly ProjectSummary[],
  scope: PortfolioScope,
): Promise<PortfolioRead> {
  const rows = await mapBounded(projects, PARTITION_CONCURRENCY, (project) => portfolioRow(deps, project, scope));
  const unread = rows.filter((r) => !r.complete);
  const note =
    unread.length > 0
      ? `${unread.length} of ${rows.length} products could not be read completely. ${unread[0]?.note ?? ''}`.trim()
      : undefined;
  const retryAfterSeconds = unread.map((r) => r.retryAfterSeconds).find((s) => s !== undefined);
  const outcome: ReadOutcome = {
    complete: unread.length === 0,
    ...(note ? { note } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
  const issuesRead = rows.reduce((sum, r) => sum + r.issuesRead, 0);
  return { rows, outcome, coverage: { complete: outcome.complete, issuesRead, ...(note ? { note } : {}) } };
}
