import type { KpiActual } from '../../domain/issue/pm-issue';
import type { SnapshotTask } from '../../ports/job-queue';
import { loadConfig } from '../config/config-repository';
import { queueRollupProperties } from '../rollup-property/queue-rollup-properties';
import type { AppDeps } from '../shared/app-deps';
import { readProjectInParts } from '../project-state/read-project-in-parts';
import { buildStateFromFacts } from '../../domain/project-state/build-project-state';
import { stateTotals } from '../project-state/state-totals';
import { writeBuiltState } from '../project-state/write-built-state';
import { reindexRequirements, type IndexedRequirement } from '../requirement/reindex-requirements';
import { targetOf } from '../../domain/project-state/links-edits';
import { bucketOf } from '../../domain/project-state/state-layout';
import type { LinksBucket } from '../../domain/project-state/state-records';
import { recordDeliveryPoint } from '../delivery/delivery-history-store';

/**
 * Daily, per project: a full recompute of the stored project state (which refreshes
 * the time-dependent figures - staleness, KPI status - that incremental
 * updates leave as they were), the JQL index values of requirements whose
 * stored copy went out of date (reindex-requirements.ts) and a small dated snapshot of KPI statuses and
 * staleness under `snapshot:<YYYY-MM-DD>:<projectKey>`, the history behind
 * trend charts, and the day's delivery totals added to the project's bounded
 * delivery history (delivery-history-store.ts, the project page's burn-up).
 *
 * The scheduled trigger only queues one event per project
 * (`scheduleDailySnapshots`): its 55 s cannot hold a large portfolio, and
 * one failing project is then retried on its own instead of failing the
 * others. Each event (`takeProjectSnapshot`) is idempotent: the snapshot key
 * is the trigger's date, so a redelivery overwrites it with the same record.
 * A project one invocation cannot read is read in parts (readProjectInParts):
 * each part re-indexes its own requirements and queues the next; the last
 * part stores the state and the day's record.
 */
export interface ProjectSnapshot {
  date: string;
  projectKey: string;
  complete: boolean;
  issues: number;
  stale: number;
  kpiStatus: string;
  kpis: { key: string; status: string; latest: { date: string; value: number } | null }[];
  /** Units of work (issues without children) and their effort, the day's burn-up point. */
  delivery: { units: number; unitsDone: number; effortTotal: number; effortDone: number };
}

export const snapshotKey = (date: string, projectKey: string): string => `snapshot:${date}:${projectKey}`;

/** Queues today's snapshot of every project the app can browse. */
export async function scheduleDailySnapshots(deps: AppDeps): Promise<{ projects: number }> {
  const date = deps.clock.now().toISOString().slice(0, 10);
  const projects = await deps.jira.listProjects({ as: 'app' });
  await deps.queue.enqueueSnapshots(projects.map((p) => ({ projectKey: p.key, date })));
  return { projects: projects.length };
}

/** One project's snapshot; `complete: false` when Jira would not let us read it all (the stored state is then left as it was). */
export async function takeProjectSnapshot(deps: AppDeps, task: SnapshotTask): Promise<ProjectSnapshot | undefined> {
  const project = await deps.jira.getProject(task.projectKey, { as: 'app' });
  if (!project) {
    deps.logger.warn('daily snapshot: project no longer visible to the app', { projectKey: task.projectKey });
    return undefined;
  }
  const { config } = await loadConfig(deps.store, deps.logger);
  // The latest actual of each KPI issue, kept as the issues stream past (the state keeps no actuals).
  const latestActual = new Map<string, KpiActual>();
  // Requirements and the index values their documents carry, to re-index the out-of-date ones.
  const requirements: IndexedRequirement[] = [];
  const read = await readProjectInParts(deps, project, config, {
    purpose: 'snapshot',
    onIssue: ({ issue, requirement }) => {
      const latest = latestOf(issue.kpi?.actuals ?? []);
      if (latest) latestActual.set(issue.id, latest);
      if (requirement) requirements.push({ issue, stored: requirement.index });
    },
    carry: (plan) => ({ kpiActuals: [...(plan?.kpiActuals ?? []), ...latestActual] }),
  });
  if (read.kind === 'continues') {
    // This part's requirements now (their linked items read as the app), so none waits for the last part.
    await reindexRequirements(deps, config, requirements, () => undefined);
    await deps.queue.enqueueSnapshots([task]);
    return undefined;
  }
  const complete = read.kind === 'whole';
  // KPI issues of the earlier parts (this part's are already in).
  const earlier = read.kind === 'whole' ? (read.plan?.kpiActuals ?? []) : [];
  for (const [id, actual] of earlier) if (!latestActual.has(id)) latestActual.set(id, actual);
  const state = buildStateFromFacts(read.facts, read.ctx);
  if (complete) {
    await writeBuiltState(deps.store, deps.clock, project, state);
    await queueRollupProperties(deps, project.key);
    const sameProject = (key: string) => targetOf(state.buckets[bucketOf(key, state.bucketCount)] as LinksBucket, key);
    const reindexed = await reindexRequirements(deps, config, requirements, sameProject);
    if (reindexed.rewritten > 0 || reindexed.deferred > 0)
      deps.logger.info('daily snapshot re-indexed requirements', { projectKey: project.key, ...reindexed });
  } else deps.logger.warn('daily snapshot could not read a project completely', { projectKey: project.key });
  const agg = stateTotals(state.top, config, deps.clock.now()).totals.aggregate;
  const snapshot: ProjectSnapshot = {
    date: task.date,
    projectKey: project.key,
    complete,
    issues: read.kind === 'whole' ? read.facts.length : read.issues,
    stale: agg.stale,
    kpiStatus: agg.kpi.status,
    kpis: state.shards
      .flatMap((shard) => shard.facts)
      .filter((f) => f.kpiStatus !== null)
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((f) => ({ key: f.key, status: f.kpiStatus as string, latest: latestActual.get(f.id) ?? null })),
    delivery: { units: agg.units, unitsDone: agg.unitsDone, effortTotal: agg.effortTotal, effortDone: agg.effortDone },
  };
  await deps.store.set(snapshotKey(task.date, project.key), snapshot);
  // A partial read would draw a dip that never happened: the burn-up gets only whole days.
  if (complete)
    await recordDeliveryPoint(deps.store, project.key, { date: task.date, ...snapshot.delivery }, deps.logger);
  return snapshot;
}

/** The actual with the latest date (the last of equal dates, as a stable sort would leave it). */
function latestOf(actuals: readonly KpiActual[]): KpiActual | undefined {
  let latest: KpiActual | undefined;
  for (const a of actuals) if (latest === undefined || a.date.localeCompare(latest.date) >= 0) latest = a;
  return latest;
}
