import { gadgetConfigurationSchema } from '../../contract/payloads-gadget';
import { MODEL_LABELS } from '../../contract/score-views';
import type { DashboardView, KpiStatus, KpiView } from '../../contract/views';
import type { GadgetAnswer, GadgetKpi, GadgetView } from '../../contract/views-gadget';
import { getBacklogPage } from '../dashboard/get-backlog-page';
import { getDashboard } from '../dashboard/get-dashboard';
import type { AppDeps, Caller } from '../shared/app-deps';
import { AppError, incomplete } from '../shared/app-error';

/** KPIs the gadget lists, worst first; the combined status covers every one. */
export const GADGET_KPI_LIMIT = 4;

/** Worst first: what a manager glancing at a dashboard should see before the rest. */
const KPI_SEVERITY: Record<KpiStatus, number> = { 'off-track': 0, 'at-risk': 1, 'no-data': 2, 'on-track': 3 };

export interface GetGadgetInput {
  /** `extension.gadgetConfiguration` of the Forge context, as Jira stored it (not yet parsed). */
  configuration: unknown;
  top: number;
}

/**
 * A product's health for a Jira dashboard gadget: the project page's own use case
 * (getDashboard: stored state with one Jira call where it exists, else a live read as the
 * viewer) and the first page of the ranked open backlog (getBacklogPage, two calls as the
 * viewer), shaped small. Both read as the viewer, so a gadget configured by someone who can
 * browse a project shows its viewers nothing they cannot browse (they get `not-found`).
 */
export async function getGadget(deps: AppDeps, caller: Caller, input: GetGadgetInput): Promise<GadgetAnswer> {
  const configuration = readConfiguration(input.configuration);
  if ('reason' in configuration) return { status: 'not-configured', reason: configuration.reason };
  const { projectKey, model } = configuration;

  let dashboard: DashboardView;
  try {
    const answer = await getDashboard(deps, caller, { projectKey, ...(model ? { model } : {}) });
    if ('status' in answer) return answer;
    dashboard = answer;
  } catch (error) {
    // A live read cut short still shows what it read, saying so (the envelope's `incomplete`).
    const partial = partialDashboard(error);
    if (!partial) throw error;
    throw incomplete(await gadgetOf(deps, partial, input.top), (error as AppError).message);
  }
  return gadgetOf(deps, dashboard, input.top);
}

async function gadgetOf(deps: AppDeps, dashboard: DashboardView, top: number): Promise<GadgetView> {
  // Open work only, as the project page's backlog shows by default.
  const backlog = await getBacklogPage(deps, {
    projectKey: dashboard.project.key,
    model: dashboard.model,
    pageSize: top,
    filter: { status: 'open' },
  });
  return {
    status: 'ready',
    project: { key: dashboard.project.key, name: dashboard.project.name },
    model: dashboard.model,
    modelLabel: MODEL_LABELS[dashboard.model],
    top: backlog.rows,
    moreRequirements: backlog.nextPageToken !== undefined,
    kpis: worstFirst(dashboard.kpis).slice(0, GADGET_KPI_LIMIT),
    kpisTotal: dashboard.kpis.length,
    kpiStatus: dashboard.kpiStatus,
    readiness: { ready: dashboard.totals.ready, requirements: dashboard.totals.requirements },
    notScored: dashboard.totals.notScored,
    progress: dashboard.progress,
    coverage: dashboard.coverage,
    generatedAt: dashboard.generatedAt,
    source: dashboard.source,
  };
}

function readConfiguration(raw: unknown): ReturnType<typeof gadgetConfigurationSchema.parse> | { reason: string } {
  const empty = raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0);
  if (empty) return { reason: 'This gadget has no product yet: open its menu, choose Edit, and pick a project.' };
  const parsed = gadgetConfigurationSchema.safeParse(raw);
  return parsed.success
    ? parsed.data
    : { reason: "This gadget's settings are not ones this version of the app reads: choose Edit and save them again." };
}

function worstFirst(kpis: readonly KpiView[]): GadgetKpi[] {
  return [...kpis]
    .sort((a, b) => KPI_SEVERITY[a.status] - KPI_SEVERITY[b.status] || a.name.localeCompare(b.name))
    .map((k) => ({ key: k.key, name: k.name, status: k.status, ...(k.outcome ? { outcome: k.outcome } : {}) }));
}

function partialDashboard(error: unknown): DashboardView | undefined {
  if (!(error instanceof AppError) || error.code !== 'incomplete') return undefined;
  const partial = (error.details as { partial?: unknown } | undefined)?.partial;
  return partial && typeof partial === 'object' && 'project' in partial ? (partial as DashboardView) : undefined;
}
