import { z } from 'zod';
import { JiraBadRequestError } from '../../ports/jira-errors';
import { siteTimeZone } from '../shared/site-time-zone';
import type { ScoreModel } from '../../contract/payloads';
import type { DashboardBuilding, DashboardView } from '../../contract/views';
import { configFingerprint } from '../../domain/rollup/rollup-context';
import { loadConfig } from '../config/config-repository';
import { readStateMeta } from '../project-state/state-records-store';
import { startRollup } from '../rollup/start-rollup';
import type { AppDeps, Caller } from '../shared/app-deps';
import { completeOrIncomplete, coverageOf, jqlString } from '../shared/read-all-issues';
import { resolveModel } from '../shared/resolve-model';
import { combinedKpiStatus } from '../views/kpi-view';
import { progressViewOf } from '../views/progress-view';
import { buildProjectState } from '../../domain/project-state/build-project-state';
import { stateTotals } from '../project-state/state-totals';
import { dashboardFromState } from './dashboard-from-state';
import { readProject } from './read-project';
import { refusedProjectSearch } from './refused-project-search';
import { moscowGuard, strongestDisagreement } from './summarise-requirements';

export interface GetDashboardInput {
  /** From the Forge context (the project page the user is on). */
  projectKey: string;
  model?: ScoreModel;
}

/** A project without stored state is read live up to this size (about 50 search pages); larger ones are built in the background. */
export const LIVE_READ_MAX_ISSUES = 5000;
/** How long a started background build keeps others from starting another (Forge's consumer limit is 900 s). */
const BUILD_MARKER_TTL_SECONDS = 900;
const buildMarkerKey = (projectKey: string) => `pstate:${projectKey}:building`;
const buildMarkerSchema = z.strictObject({ startedAt: z.string(), issuesTotal: z.number() });

/**
 * The project page. Served from the project's stored state when there is one
 * built with the current config (one Jira call, any project size). Without
 * it, a small project is read live as the caller; a large one gets its first
 * full read started in the background and a `building` answer the page polls.
 * A live read cut short by Jira's rate limit answers `incomplete` with the
 * partial view, never a silently partial number.
 */
export async function getDashboard(
  deps: AppDeps,
  caller: Caller,
  input: GetDashboardInput,
): Promise<DashboardView | DashboardBuilding> {
  const [{ config }, meta] = await Promise.all([
    loadConfig(deps.store, deps.logger),
    readStateMeta(deps.store, input.projectKey),
  ]);
  const model = resolveModel(input.model, config);
  if (meta && meta.configFingerprint === configFingerprint(config, await siteTimeZone(deps))) {
    return dashboardFromState(deps, { projectKey: input.projectKey, model, config, meta });
  }
  const size = await projectSize(deps, input.projectKey);
  if (size > LIVE_READ_MAX_ISSUES) return startBuilding(deps, caller, input.projectKey, size, meta?.projectName);
  return liveDashboard(deps, input);
}

async function projectSize(deps: AppDeps, projectKey: string): Promise<number> {
  try {
    return await deps.jira.countIssues(`project = ${jqlString(projectKey)}`, { as: 'user' });
  } catch (error) {
    // Only a refused JQL can mean "not yours to browse"; a rate limit or outage goes up as it is.
    if (!(error instanceof JiraBadRequestError)) throw error;
    throw (await refusedProjectSearch(deps, projectKey)) ?? error;
  }
}

async function startBuilding(
  deps: AppDeps,
  caller: Caller,
  projectKey: string,
  issuesTotal: number,
  name: string | undefined,
): Promise<DashboardBuilding> {
  const startedAt = deps.clock.now().toISOString();
  const marker = { startedAt, issuesTotal };
  if (await deps.store.setIfAbsent(buildMarkerKey(projectKey), marker, { ttlSeconds: BUILD_MARKER_TTL_SECONDS })) {
    try {
      await startRollup(deps, caller, [projectKey]);
    } catch (error) {
      await deps.store.delete(buildMarkerKey(projectKey));
      throw error;
    }
    return { status: 'building', project: { key: projectKey, name: name ?? projectKey }, issuesTotal, startedAt };
  }
  const running = buildMarkerSchema.safeParse(await deps.store.get<unknown>(buildMarkerKey(projectKey)));
  return {
    status: 'building',
    project: { key: projectKey, name: name ?? projectKey },
    issuesTotal,
    startedAt: running.success ? running.data.startedAt : startedAt,
  };
}

async function liveDashboard(deps: AppDeps, input: GetDashboardInput): Promise<DashboardView> {
  const { project, config, model, now, timeZone, read, analysis } = await readProject(deps, input);
  const records = new Map(read.issues.map((r) => [r.issue.id, r]));
  const rows = analysis.rows;
  const disagreement = strongestDisagreement(rows, records, model, config);
  const guard = moscowGuard(rows, records, config);
  const view: DashboardView = {
    project: { id: project.id, key: project.key, name: project.name },
    model,
    phases: analysis.phases,
    unmapped: analysis.unmapped,
    totals: {
      issues: read.issues.length,
      requirements: rows.length,
      ready: rows.filter((r) => r.readiness.level === 'ready').length,
      stale: rows.filter((r) => r.stale).length,
      notScored: rows.filter((r) => !r.mainScore.scored).length,
    },
    // The project's figure as its stored state computes it, so live and stored pages agree.
    progress: progressViewOf(
      stateTotals(
        buildProjectState(
          read.issues.map((r) => r.issue),
          config,
          now,
          undefined,
          timeZone,
        ).top,
        config,
        now,
      ).totals.aggregate,
    ),
    requirements: rows,
    kpis: analysis.kpis,
    kpiStatus: combinedKpiStatus(analysis.kpis, config),
    ...(disagreement ? { disagreement } : {}),
    ...(guard ? { moscowGuard: guard } : {}),
    coverage: coverageOf(read, read.issues.length),
    generatedAt: now.toISOString(),
    source: { kind: 'live' },
  };
  return completeOrIncomplete(view, read);
}
