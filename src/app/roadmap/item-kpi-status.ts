import type { KpiStatus } from '../../contract/views';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { AppDeps } from '../shared/app-deps';
import { combinedKpiStatus, kpiViewOf } from '../views/kpi-view';

/** KPI keys looked up for one roadmap answer at most (one bulk fetch per 100). */
export const ROADMAP_KPI_LIMIT = 200;

/**
 * The worst KPI status of each item's linked KPIs, read as the caller (a KPI
 * they cannot browse is left out, never shown): one bulk fetch per 100
 * distinct KPI keys. 'no-data' for an item with no KPI they can see.
 */
export async function itemKpiStatuses(
  deps: AppDeps,
  items: readonly { key: string; kpiKeys: readonly string[] }[],
  config: WorkflowConfig,
  now: Date,
  timeZone: string,
): Promise<{ statuses: Map<string, KpiStatus>; complete: boolean }> {
  const all = [...new Set(items.flatMap((i) => i.kpiKeys))];
  const keys = all.slice(0, ROADMAP_KPI_LIMIT);
  const found = new Map<string, KpiStatus>();
  for (const record of await deps.jira.bulkFetch(keys, { as: 'user' })) {
    const view = kpiViewOf(record, now, config, timeZone);
    if (view) found.set(record.issue.key, view.status);
  }
  const statuses = new Map<string, KpiStatus>();
  for (const item of items) {
    const linked = item.kpiKeys.flatMap((key) =>
      found.has(key) ? [{ key, status: found.get(key) as KpiStatus }] : [],
    );
    statuses.set(item.key, linked.length > 0 ? combinedKpiStatus(linked, config) : 'no-data');
  }
  return { statuses, complete: keys.length === all.length };
}
