import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import { jqlString } from './read-all-issues';

/**
 * The project's issues of the issue types mapped to `phases`, or with one of them set on them
 * (pmPhase); resolvePhase then decides (labels, project rules). Null when no phase is given.
 *
 * @example
 * phaseItemsJql('CHK', ['launch'], defaultWorkflowConfig)
 * // project = "CHK" AND (issuetype in ("Go-to-Market", "Launch") OR pmPhase in ("launch")) ORDER BY key ASC
 */
export function phaseItemsJql(projectKey: string, phases: readonly string[], config: WorkflowConfig): string | null {
  if (phases.length === 0) return null;
  return `project = ${jqlString(projectKey)} AND ${phaseItemsClause(projectKey, phases, config)} ORDER BY key ASC`;
}

/** The clause of phaseItemsJql without the project and order, for searches that add to it. */
export function phaseItemsClause(projectKey: string, phases: readonly string[], config: WorkflowConfig): string {
  const rules = [...(config.mapping.projects[projectKey] ?? []), ...config.mapping.default].filter((r) =>
    phases.includes(r.phaseId),
  );
  const types = [...new Set(rules.map((r) => r.issueType))].sort();
  const clauses = [
    ...(types.length > 0 ? [`issuetype in (${types.map(jqlString).join(', ')})`] : []),
    `pmPhase in (${phases.map(jqlString).join(', ')})`,
  ];
  return `(${clauses.join(' OR ')})`;
}
