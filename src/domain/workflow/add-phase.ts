import { editError, validatedEdit, type EditResult } from './edit-result';
import type { Phase, WorkflowConfig } from './workflow-config-schema';

/**
 * Inserts a phase after `afterPhaseId` (or first when null, last when omitted).
 *
 * @example
 * addPhase(config, { id: 'pricing', name: 'Pricing', sectionId: 'go-to-market', upstream: ['market-message'] }, 'market-message')
 */
export function addPhase(config: WorkflowConfig, phase: Phase, afterPhaseId?: string | null): EditResult {
  if (config.phases.some((p) => p.id === phase.id)) return editError('phases', `phase "${phase.id}" already exists`);
  const phases = [...config.phases];
  if (afterPhaseId === undefined) phases.push(phase);
  else if (afterPhaseId === null) phases.unshift(phase);
  else {
    const at = phases.findIndex((p) => p.id === afterPhaseId);
    if (at < 0) return editError('phases', `unknown phase "${afterPhaseId}"`);
    phases.splice(at + 1, 0, phase);
  }
  return validatedEdit({ ...config, phases });
}
