import type { WorkflowConfig } from './workflow-config-schema';

/**
 * The part of a workflow configuration that applies to what one person can
 * see: per-project mapping rules only for `projects`, KPI weights only for
 * `issueKeys`. Everything site-wide (sections, phases, default rules, scoring)
 * is kept. Pure: the caller decides what is visible.
 *
 * @example
 * restrictWorkflowConfig(config, { projects: new Set(['CHK']), issueKeys: new Set() }).mapping.projects // only CHK's rules
 */
export function restrictWorkflowConfig(
  config: WorkflowConfig,
  visible: { projects: ReadonlySet<string>; issueKeys: ReadonlySet<string> },
): WorkflowConfig {
  const keep = <T>(record: Record<string, T>, allowed: ReadonlySet<string>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).filter(([key]) => allowed.has(key)));
  return {
    ...config,
    mapping: { ...config.mapping, projects: keep(config.mapping.projects, visible.projects) },
    kpi: { ...config.kpi, weights: keep(config.kpi.weights, visible.issueKeys) },
  };
}
