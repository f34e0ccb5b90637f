import { editError, validatedEdit, type EditResult } from './edit-result';
import type { WorkflowConfig } from './workflow-config-schema';

/**
 * Moves a phase to a new position (0-based, clamped to the list). Order is
 * presentation only: dependencies live in `upstream`, so reordering never
 * changes readiness.
 *
 * @example
 * movePhase(defaultWorkflowConfig, 'analysis', 0)
 */
export function movePhase(config: WorkflowConfig, phaseId: string, toIndex: number): EditResult {
  const from = config.phases.findIndex((p) => p.id === phaseId);
  if (from < 0) return editError('phases', `unknown phase "${phaseId}"`);
  if (!Number.isInteger(toIndex)) return editError('phases', 'target index must be an integer');
  const phases = [...config.phases];
  const [moved] = phases.splice(from, 1);
  if (!moved) return editError('phases', `unknown phase "${phaseId}"`);
  phases.splice(Math.max(0, Math.min(toIndex, phases.length)), 0, moved);
  return validatedEdit({ ...config, phases });
}
