import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { mapBounded } from '../shared/map-bounded';
import { PARTITION_CONCURRENCY } from '../portfolio/read-portfolio';
import { buildProjectRollup } from './build-project-rollup';
import { writeRollup } from './rollup-cache';

/**
 * Daily: for every project, a full recompute of the cached roll-up (which
 * refreshes the time-dependent figures - staleness, KPI status - that
 * incremental updates leave as they were) and a small dated snapshot of KPI
 * statuses and staleness under `snapshot:<YYYY-MM-DD>:<projectKey>`, the
 * history behind trend charts.
 */
export interface ProjectSnapshot {
  date: string;
  projectKey: string;
  complete: boolean;
  issues: number;
  stale: number;
  kpiStatus: string;
  kpis: { key: string; status: string; latest: { date: string; value: number } | null }[];
}

export const snapshotKey = (date: string, projectKey: string): string => `snapshot:${date}:${projectKey}`;

export async function takeDailySnapshot(deps: AppDeps): Promise<{ projects: number; incomplete: string[] }> {
  const { config } = await loadConfig(deps.store, deps.logger);
  const date = deps.clock.now().toISOString().slice(0, 10);
  const projects = await deps.jira.listProjects({ as: 'app' });
  const incomplete: string[] = [];
  await mapBounded(projects, PARTITION_CONCURRENCY, async (project) => {
    const { read, rollup, views } = await buildProjectRollup(deps, project, config, 'app');
    if (read.complete) await writeRollup(deps.store, project.key, rollup, views);
    else incomplete.push(project.key);
    const agg = rollup.projects[project.key]?.agg;
    const snapshot: ProjectSnapshot = {
      date,
      projectKey: project.key,
      complete: read.complete,
      issues: read.issues.length,
      stale: agg?.stale ?? 0,
      kpiStatus: agg?.kpi.status ?? 'none',
      kpis: Object.values(rollup.nodes)
        .filter((n) => n.kpiStatus !== null)
        .map((n) => {
          const actuals = read.issues.find((r) => r.issue.id === n.id)?.issue.kpi?.actuals ?? [];
          const latest = [...actuals].sort((x, y) => x.date.localeCompare(y.date)).pop() ?? null;
          return { key: n.key, status: n.kpiStatus as string, latest };
        }),
    };
    await deps.store.set(snapshotKey(date, project.key), snapshot);
  });
  if (incomplete.length > 0) deps.logger.warn('daily snapshot could not read every project completely', { incomplete });
  return { projects: projects.length, incomplete };
}
