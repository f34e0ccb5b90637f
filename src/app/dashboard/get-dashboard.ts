import type { ScoreModel } from '../../contract/payloads';
import type { DashboardView } from '../../contract/views';
import type { AppDeps } from '../shared/app-deps';
import { completeOrIncomplete, coverageOf } from '../shared/read-all-issues';
import { combinedKpiStatus } from '../views/kpi-view';
import { progressViewOf } from '../views/progress-view';
import { readProject } from './read-project';
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
  const { project, config, model, now, read, analysis } = await readProject(deps, input);
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
    coverage: coverageOf(read, read.issues.length),
    generatedAt: now.toISOString(),
  };
  return completeOrIncomplete(view, read);
}
