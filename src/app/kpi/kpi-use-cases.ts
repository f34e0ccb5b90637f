import type { z } from 'zod';
import type { kpiDefinitionInput } from '../../contract/payloads';
import { KPI_PROPERTY_KEY, kpiPropertySchema, type KpiProperty, type kpiActualSchema } from '../../contract/pm-property';
import type { KpiView } from '../../contract/views';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import { forbidden, invalid, notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { assertVersion, readVersioned, writeVersioned, type StoredVersion } from '../shared/versioned-property';
import { kpiViewOf } from '../views/kpi-view';

export interface KpiTarget {
  /** The KPI issue, from the Forge context. */
  issueKey: string;
  /** The version the client read (0 for a KPI not defined yet). */
  version: number;
}

const CONFLICT = 'Someone changed this KPI after you opened it. Review their changes and try again.';

/** Defines (or redefines) the KPI carried by the issue (`pm-workflow.kpi`); recorded actuals are kept. */
export async function defineKpi(deps: AppDeps, target: KpiTarget, definition: z.infer<typeof kpiDefinitionInput>): Promise<KpiView> {
  const { key, current } = await editableKpi(deps, target);
  return save(deps, key, { schemaVersion: 1, version: current.version + 1, ...definition, actuals: current.document?.actuals ?? [] });
}

/** Records one dated actual; a second value for the same date replaces the first (a correction). */
export async function recordKpiActual(deps: AppDeps, target: KpiTarget, actual: z.infer<typeof kpiActualSchema>): Promise<KpiView> {
  const { key, current } = await editableKpi(deps, target);
  if (!current.document) throw invalid('This issue has no KPI definition yet; define the KPI first.');
  const actuals = [...current.document.actuals.filter((a) => a.date !== actual.date), actual].sort((a, b) => a.date.localeCompare(b.date));
  return save(deps, key, { ...current.document, version: current.version + 1, actuals });
}

/** The KPI issue (visible and editable by the caller) and its stored document at the version the client read. */
async function editableKpi(deps: AppDeps, target: KpiTarget): Promise<{ key: string; current: StoredVersion<KpiProperty> }> {
  const record: JiraIssue | undefined = await deps.jira.getIssue(target.issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const permissions = await deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: record.issue.key });
  if (!permissions.EDIT_ISSUES) throw forbidden('You cannot edit this issue.');
  const current = await readVersioned(deps.jira, record.issue.key, KPI_PROPERTY_KEY, kpiPropertySchema);
  assertVersion(current, target.version, CONFLICT);
  return { key: record.issue.key, current };
}

async function save(deps: AppDeps, issueKey: string, doc: KpiProperty): Promise<KpiView> {
  await writeVersioned(deps.jira, issueKey, KPI_PROPERTY_KEY, kpiPropertySchema, doc, 'KPI with its actuals', 'Archive older actuals first.');
  const [record, { config }] = await Promise.all([deps.jira.getIssue(issueKey, { as: 'user' }), loadConfig(deps.store, deps.logger)]);
  const view = record ? kpiViewOf(record, deps.clock.now(), config) : undefined;
  if (!view) throw notFound('The KPI could not be read back after saving.');
  return view;
}
