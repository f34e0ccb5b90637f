import { PHASE_IDS } from './phase-ids';
import type { EvidenceSettings, WorkflowConfig } from './workflow-config-schema';

/**
 * The evidence settings in force: the configured ones, or the default - the
 * Interview phase's issues are evidence, and it is linked to problems and to the
 * phases readiness applies to (the requirements) - keeping only phases the
 * workflow has.
 *
 * @example
 * evidenceSettings(defaultWorkflowConfig) // { itemPhases: ['interview'], targetPhases: ['problem', 'requirements'] }
 */
export function evidenceSettings(config: WorkflowConfig): EvidenceSettings {
  const known = new Set(config.phases.map((p) => p.id));
  const chosen = config.evidence ?? {
    itemPhases: [PHASE_IDS.interview],
    targetPhases: [PHASE_IDS.problem, ...config.readiness.appliesToPhases],
  };
  return {
    itemPhases: [...new Set(chosen.itemPhases)].filter((id) => known.has(id)),
    targetPhases: [...new Set(chosen.targetPhases)].filter((id) => known.has(id)),
  };
}
