import { editError, validatedEdit, type EditResult } from './edit-result';
import type { MappingRule, WorkflowConfig } from './workflow-config-schema';

/**
 * Removes a phase together with everything that pointed at it (upstream
 * references, mapping rules, readiness scope), so the result stays valid.
 * Issues that were mapped only through the removed rules become unmapped and
 * show up as such in roll-ups, which is what an admin expects to see.
 *
 * @example
 * removePhase(defaultWorkflowConfig, 'innovation')
 */
export function removePhase(config: WorkflowConfig, phaseId: string): EditResult {
  if (!config.phases.some((p) => p.id === phaseId)) return editError('phases', `unknown phase "${phaseId}"`);
  if (config.phases.length === 1) return editError('phases', 'a workflow needs at least one phase');
  const keep = (rules: MappingRule[]) => rules.filter((r) => r.phaseId !== phaseId);
  return validatedEdit({
    ...config,
    phases: config.phases
      .filter((p) => p.id !== phaseId)
      .map((p) => ({ ...p, upstream: p.upstream.filter((u) => u !== phaseId) })),
    mapping: {
      default: keep(config.mapping.default),
      projects: Object.fromEntries(Object.entries(config.mapping.projects).map(([k, rules]) => [k, keep(rules)])),
    },
    readiness: {
      ...config.readiness,
      appliesToPhases: config.readiness.appliesToPhases.filter((id) => id !== phaseId),
    },
    ...evidenceWithout(config, phaseId),
  });
}

/** The evidence settings without the phase; none (the default applies) when a list would be empty. */
function evidenceWithout(config: WorkflowConfig, phaseId: string): Pick<WorkflowConfig, 'evidence'> {
  if (!config.evidence) return {};
  const itemPhases = config.evidence.itemPhases.filter((id) => id !== phaseId);
  const targetPhases = config.evidence.targetPhases.filter((id) => id !== phaseId);
  return itemPhases.length > 0 && targetPhases.length > 0
    ? { evidence: { itemPhases, targetPhases } }
    : { evidence: undefined };
}
