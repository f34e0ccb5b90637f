import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';

/** The issue types mapped to `phaseId` in this project (labels aside): how a linked issue's kind is told. */
export function typesOfPhase(projectKey: string, phaseId: string, config: WorkflowConfig): Set<string> {
  return new Set(
    [...(config.mapping.projects[projectKey] ?? []), ...config.mapping.default]
      .filter((r) => r.phaseId === phaseId)
      .map((r) => r.issueType),
  );
}
