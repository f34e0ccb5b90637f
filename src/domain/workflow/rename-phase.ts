import { editError, validatedEdit, type EditResult } from './edit-result';
import type { WorkflowConfig } from './workflow-config-schema';

/**
 * Renames a phase. Only the display name changes: the id stays, so stored
 * phase overrides and mapping rules keep pointing at it.
 *
 * @example
 * renamePhase(defaultWorkflowConfig, 'kpis', 'Success metrics')
 */
export function renamePhase(config: WorkflowConfig, phaseId: string, name: string): EditResult {
  if (!config.phases.some((p) => p.id === phaseId)) return editError('phases', `unknown phase "${phaseId}"`);
  return validatedEdit({ ...config, phases: config.phases.map((p) => (p.id === phaseId ? { ...p, name } : p)) });
}
