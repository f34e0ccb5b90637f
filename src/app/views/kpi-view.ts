import type { KpiStatus, KpiView } from '../../contract/views';
import { kpiStatus } from '../../domain/kpi/kpi-status';
import { kpiUnitWarnings } from '../../domain/kpi/kpi-unit-warnings';
import { rollUpKpiStatuses } from '../../domain/kpi/roll-up-kpi-statuses';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';

/**
 * The KPI carried by a KPI issue, with its status and forecast as of `now`; undefined for other
 * issues. Due dates end at midnight in `timeZone` (the site's, from Jira's serverInfo
 * `serverTimeZone`); no caller passes it yet, so it is UTC until one does.
 */
export function kpiViewOf(record: JiraIssue, now: Date, config: WorkflowConfig, timeZone = 'UTC'): KpiView | undefined {
  const doc = record.kpiDocument;
  const definition = record.issue.kpi;
  if (!doc || !definition) return undefined;
  const assessment = kpiStatus(definition, now, config.kpi.trendWindow, timeZone);
  const actuals = [...doc.actuals].sort((a, b) => a.date.localeCompare(b.date));
  const warnings = kpiUnitWarnings({ unit: doc.unit, baseline: doc.baseline, target: doc.target, actuals }).map(
    (w) => w.message,
  );
  return {
    key: record.issue.key,
    summary: record.issue.summary,
    name: doc.name,
    unit: doc.unit,
    direction: doc.direction,
    baseline: doc.baseline,
    target: doc.target,
    periodStart: doc.periodStart,
    dueDate: doc.dueDate,
    thresholds: { ...doc.thresholds },
    ...(assessment.latest ? { latest: assessment.latest } : {}),
    status: assessment.status,
    ...(assessment.outcome !== 'running' ? { outcome: assessment.outcome } : {}),
    ...(assessment.pace !== null ? { pace: assessment.pace } : {}),
    trend: assessment.trend,
    ...(assessment.forecast !== null
      ? {
          forecast: {
            date: assessment.forecast.date,
            value: assessment.forecast.value,
            reachesTarget: assessment.forecast.reachesTarget,
          },
        }
      : {}),
    actuals,
    version: doc.version,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** Combined status (the configured roll-up mode; "no-data" when nothing is measured). */
export function combinedKpiStatus(
  items: readonly { key: string; status: KpiStatus }[],
  config: WorkflowConfig,
): KpiStatus {
  const { status } = rollUpKpiStatuses(
    items.map((k) => ({ status: k.status, weight: config.kpi.weights[k.key] ?? 1 })),
    config.kpi.rollup,
  );
  return status === 'none' ? 'no-data' : status;
}
