import { siteTimeZone } from '../shared/site-time-zone';
import type { z } from 'zod';
import type { kpiDefinitionInput } from '../../contract/payloads';
import {
  KPI_PROPERTY_KEY,
  kpiPropertySchema,
  type KpiProperty,
  type kpiActualSchema,
} from '../../contract/pm-property';
import type { KpiView } from '../../contract/views';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import { AppError, forbidden, invalid, notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { withIssueLease } from '../shared/issue-lease';
import { assertVersion, readVersioned, writeVersioned, type StoredVersion } from '../shared/versioned-property';
import { kpiViewOf } from '../views/kpi-view';
import { noteProjectChanges } from '../project-events/note-project-changes';

export interface KpiTarget {
  /** The KPI issue, from the Forge context. */
  issueKey: string;
  /** The version the client read (0 for a KPI not defined yet). */
  version: number;
}

const CONFLICT = 'Someone changed this KPI after you opened it. Review their changes and try again.';
const BUSY = 'Someone is changing this KPI right now. Review their changes and try again.';

/** Defines (or redefines) the KPI carried by the issue (`pm-workflow.kpi`); recorded actuals are kept. */
export async function defineKpi(
  deps: AppDeps,
  target: KpiTarget,
  definition: z.infer<typeof kpiDefinitionInput>,
): Promise<KpiView> {
  return saveKpi(deps, target, (current) => ({
    schemaVersion: 1,
    version: current.version + 1,
    ...definition,
    actuals: current.document?.actuals ?? [],
  }));
}

/** Records one dated actual; a second value for the same date replaces the first (a correction). */
export async function recordKpiActual(
  deps: AppDeps,
  target: KpiTarget,
  actual: z.infer<typeof kpiActualSchema>,
): Promise<KpiView> {
  return saveKpi(deps, target, (current) => {
    if (!current.document) throw invalid('This issue has no KPI definition yet; define the KPI first.');
    const actuals = [...current.document.actuals.filter((a) => a.date !== actual.date), actual].sort((a, b) =>
      a.date.localeCompare(b.date),
    );
    return { ...current.document, version: current.version + 1, actuals };
  });
}

/**
 * The KPI issue must be visible and editable by the caller. The version check
 * and the write run under the issue's lease (Jira has no compare-and-set), so
 * of two saves at once one succeeds and the other answers `conflict`: an
 * acknowledged actual is never overwritten by a concurrent one.
 */
async function saveKpi(
  deps: AppDeps,
  target: KpiTarget,
  build: (current: StoredVersion<KpiProperty>) => KpiProperty,
): Promise<KpiView> {
  const record: JiraIssue | undefined = await deps.jira.getIssue(target.issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const permissions = await deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: record.issue.key });
  if (!permissions.EDIT_ISSUES) throw forbidden('You cannot edit this issue.');
  const key = record.issue.key;
  const readCurrent = () => readVersioned(deps.jira, key, KPI_PROPERTY_KEY, kpiPropertySchema);
  await withIssueLease(
    deps,
    record.issue.id,
    async () => {
      const current = await readCurrent();
      assertVersion(current, target.version, CONFLICT);
      await writeVersioned(
        deps.jira,
        key,
        KPI_PROPERTY_KEY,
        kpiPropertySchema,
        build(current),
        'KPI with its actuals',
        'Archive older actuals first.',
      );
    },
    {
      onBusy: async () => {
        const current = await readCurrent();
        return Promise.reject(
          new AppError('conflict', BUSY, { current: current.document ?? null, currentVersion: current.version }),
        );
      },
    },
  );
  // Property writes fire no issue trigger and leave `updated` alone: note the issue, so the
  // project's stored state (KPI status of the requirements that name it) catches up.
  await noteProjectChanges(deps, record.issue.projectKey, [{ issueId: record.issue.id, change: 'upsert' }]).catch(
    (error: unknown) =>
      deps.logger.error('could not queue the stored-state update after a KPI save', error, { issue: key }),
  );
  return readBack(deps, key);
}

async function readBack(deps: AppDeps, issueKey: string): Promise<KpiView> {
  const [record, { config }, timeZone] = await Promise.all([
    deps.jira.getIssue(issueKey, { as: 'user' }),
    loadConfig(deps.store, deps.logger),
    siteTimeZone(deps),
  ]);
  const view = record ? kpiViewOf(record, deps.clock.now(), config, timeZone) : undefined;
  if (!view) throw notFound('The KPI could not be read back after saving.');
  return view;
}
