import { KPI_PROPERTY_KEY, kpiPropertySchema, type KpiProperty } from '../../contract/pm-property';
import type { JiraGateway } from '../../ports/jira-gateway';
import { AppError, invalid } from '../shared/app-error';
import { PROPERTY_MAX_CHARS } from '../shared/property-limits';

/**
 * The KPI document on a KPI issue (`pm-workflow.kpi`), read fresh for a
 * version check and written with version + 1, as for requirements.
 */
export async function readKpiDocument(jira: JiraGateway, issueKey: string): Promise<{ version: number; document?: KpiProperty }> {
  const raw = await jira.getIssueProperty(issueKey, KPI_PROPERTY_KEY, { as: 'user' });
  if (raw === undefined) return { version: 0 };
  const parsed = kpiPropertySchema.safeParse(raw);
  if (parsed.success) return { version: parsed.data.version, document: parsed.data };
  const version = typeof (raw as { version?: unknown })?.version === 'number' ? (raw as { version: number }).version : 0;
  return { version };
}

export function assertVersion(current: { version: number; document?: KpiProperty }, expected: number): void {
  if (current.version !== expected) {
    throw new AppError('conflict', 'Someone changed this KPI after you opened it. Review their changes and try again.', {
      current: current.document ?? null,
      currentVersion: current.version,
    });
  }
}

export async function writeKpiDocument(jira: JiraGateway, issueKey: string, doc: KpiProperty): Promise<void> {
  const checked = kpiPropertySchema.safeParse(doc);
  if (!checked.success) throw new AppError('internal', 'The KPI document could not be assembled.');
  const size = JSON.stringify(doc).length;
  if (size > PROPERTY_MAX_CHARS) {
    throw invalid(`The KPI with its actuals is ${size} characters; Jira stores at most ${PROPERTY_MAX_CHARS} per issue property. Archive older actuals first.`);
  }
  await jira.setIssueProperty(issueKey, KPI_PROPERTY_KEY, doc, { as: 'user' });
}
