import { siteTimeZone } from '../shared/site-time-zone';
import type { ScoreModel } from '../../contract/payloads';
import type { DashboardView, KpiView } from '../../contract/views';
import type { ScoreModelId } from '../../domain/scoring/score-result';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import { JiraBadRequestError } from '../../ports/jira-errors';
import { phaseCountsOf, stateTotals } from '../project-state/state-totals';
import type { StateMeta } from '../project-state/state-schemas';
import type { AppDeps } from '../shared/app-deps';
import { jqlString } from '../shared/read-all-issues';
import { kpiViewOf } from '../views/kpi-view';
import { progressViewOf } from '../views/progress-view';
import { refusedProjectSearch } from './refused-project-search';

/** KPI cards listed on the page; the combined status covers every KPI of the project (from stored state). */
export const DASHBOARD_KPI_LIMIT = 50;

/** KPI issues are the ones carrying a KPI document (indexed as pmKpiName, manifest `pm-kpi-index`). */
export const kpiIssuesJql = (projectKey: string): string =>
  `project = ${jqlString(projectKey)} AND pmKpiName IS NOT EMPTY ORDER BY key ASC`;

/**
 * The project page from the project's stored state: the figures from the
 * meta record (no shard is read), the KPI cards from one search as the
 * caller, which is also the permission check: Jira refuses the JQL of a
 * project they cannot browse. One Jira call whatever the project's size;
 * the backlog comes page by page from `getBacklogPage`.
 */
export async function dashboardFromState(
  deps: AppDeps,
  input: { projectKey: string; model: ScoreModel; config: WorkflowConfig; meta: StateMeta },
): Promise<DashboardView> {
  const { projectKey, model, config, meta } = input;
  const now = deps.clock.now();
  const kpis = await readKpis(deps, projectKey, now, config, await siteTimeZone(deps));
  const { ctx, totals } = stateTotals(meta.top, config, now);
  const agg = totals.aggregate;
  const index = ctx.models.indexOf(model as ScoreModelId);
  const scored = index >= 0 ? (agg.scores[index]?.scored ?? 0) : 0;
  const kpiStatus = agg.kpi.status === 'none' ? 'no-data' : agg.kpi.status;
  return {
    project: { id: meta.projectId, key: projectKey, name: meta.projectName },
    model,
    phases: phaseCountsOf(totals, config),
    unmapped: totals.unmapped,
    totals: {
      issues: agg.issues,
      requirements: totals.requirements,
      ready: agg.readiness.ready,
      stale: agg.stale,
      notScored: Math.max(0, totals.requirements - scored),
    },
    progress: progressViewOf(agg),
    kpis,
    kpiStatus,
    ...(meta.disagreement ? { disagreement: meta.disagreement as DashboardView['disagreement'] } : {}),
    ...(totals.moscow ? { moscowGuard: totals.moscow } : {}),
    coverage: { complete: true, issuesRead: 0 },
    generatedAt: now.toISOString(),
    source: { kind: 'stored', computedAt: meta.computedAt, updatedAt: meta.updatedAt },
  };
}

async function readKpis(
  deps: AppDeps,
  projectKey: string,
  now: Date,
  config: WorkflowConfig,
  timeZone: string,
): Promise<KpiView[]> {
  try {
    const page = await deps.jira.searchPage(kpiIssuesJql(projectKey), { as: 'user', pageSize: DASHBOARD_KPI_LIMIT });
    return page.issues.map((r) => kpiViewOf(r, now, config, timeZone)).filter((v): v is KpiView => v !== undefined);
  } catch (error) {
    if (!(error instanceof JiraBadRequestError)) throw error;
    throw (await refusedProjectSearch(deps, projectKey)) ?? error;
  }
}
