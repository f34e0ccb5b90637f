import type { z } from 'zod';
import type { kpiDefinitionInput } from '../../contract/payloads';
import type { kpiActualSchema } from '../../contract/pm-property';
import type { KpiView } from '../../contract/views';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import { forbidden, invalid, notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { kpiViewOf } from '../views/kpi-view';
import { assertVersion, readKpiDocument, writeKpiDocument } from './kpi-repository';

export interface KpiTarget {
  /** The KPI issue, from the Forge context. */
  issueKey: string;
  /** The version the client read (0 for a KPI not defined yet). */
  version: number;
}

/** Defines (or redefines) the KPI carried by the issue; recorded actuals are kept. */
export async function defineKpi(deps: AppDeps, target: KpiTarget, definition: z.infer<typeof kpiDefinitionInput>): Promise<KpiView> {
  const record = await editableIssue(deps, target.issueKey);
  const current = await readKpiDocument(deps.jira, record.issue.key);
  assertVersion(current, target.version);
  await writeKpiDocument(deps.jira, record.issue.key, {
    schemaVersion: 1,
    version: current.version + 1,
    ...definition,
    actuals: current.document?.actuals ?? [],
  });
  return freshView(deps, record.issue.key);
}

/** Records one dated actual; a second value for the same date replaces the first (a correction). */
export async function recordKpiActual(deps: AppDeps, target: KpiTarget, actual: z.infer<typeof kpiActualSchema>): Promise<KpiView> {
  const record = await editableIssue(deps, target.issueKey);
  const current = await readKpiDocument(deps.jira, record.issue.key);
  assertVersion(current, target.version);
  if (!current.document) throw invalid('This issue has no KPI definition yet; define the KPI first.');
  const actuals = [...current.document.actuals.filter((a) => a.date !== actual.date), actual].sort((a, b) => a.date.localeCompare(b.date));
  await writeKpiDocument(deps.jira, record.issue.key, { ...current.document, version: current.version + 1, actuals });
  return freshView(deps, record.issue.key);
}

async function editableIssue(deps: AppDeps, issueKey: string): Promise<JiraIssue> {
  const record = await deps.jira.getIssue(issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const permissions = await deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: record.issue.key });
  if (!permissions.EDIT_ISSUES) throw forbidden('You cannot edit this issue.');
  return record;
}

async function freshView(deps: AppDeps, issueKey: string): Promise<KpiView> {
  const [record, { config }] = await Promise.all([deps.jira.getIssue(issueKey, { as: 'user' }), loadConfig(deps.store, deps.logger)]);
  const view = record ? kpiViewOf(record, deps.clock.now(), config) : undefined;
  if (!view) throw notFound('The KPI could not be read back after saving.');
  return view;
}
