import type { ScoreModel } from '../../contract/payloads';
import type { DashboardView } from '../../contract/views';
import { loadConfig } from '../config/config-repository';
import { incomplete, notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { resolveModel } from '../shared/resolve-model';
import { readProduct } from '../portfolio/read-product';
import { combinedKpiStatus } from '../views/kpi-view';
import { progressViewOf } from '../views/progress-view';
import { moscowGuard, strongestDisagreement } from './summarise-requirements';

export interface GetDashboardInput {
  /** From the Forge context (the project page the user is on). */
  projectKey: string;
  model?: ScoreModel;
}

/**
 * The project page: phases, ranked requirements, KPIs and progress of one
 * project, read as the caller. A read cut short by Jira's rate limit answers
 * `incomplete` with the partial view, never a silently partial number.
 */
export async function getDashboard(deps: AppDeps, input: GetDashboardInput): Promise<DashboardView> {
  const project = await deps.jira.getProject(input.projectKey, { as: 'user' });
  if (!project) throw notFound('This project does not exist or you cannot browse it.');
  const { config } = await loadConfig(deps.store, deps.logger);
  const model = resolveModel(input.model, config);
  const now = deps.clock.now();

  const { read, analysis } = await readProduct(deps, project, { config, model, now });
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
    progress: progressViewOf(analysis.rollup.projects[project.key]?.agg),
    requirements: rows,
    kpis: analysis.kpis,
    kpiStatus: combinedKpiStatus(analysis.kpis, config),
    ...(disagreement ? { disagreement } : {}),
    ...(guard ? { moscowGuard: guard } : {}),
    coverage: { complete: read.complete, issuesRead: read.issues.length, ...(read.note ? { note: read.note } : {}) },
    generatedAt: now.toISOString(),
  };
  if (!read.complete) throw incomplete(view, read.note, read.retryAfterSeconds);
  return view;
}
