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
    phases: config.phases.filter((p) => p.id !== phaseId).map((p) => ({ ...p, upstream: p.upstream.filter((u) => u !== phaseId) })),
    mapping: {
      default: keep(config.mapping.default),
      projects: Object.fromEntries(Object.entries(config.mapping.projects).map(([k, rules]) => [k, keep(rules)])),
    },
    readiness: { ...config.readiness, appliesToPhases: config.readiness.appliesToPhases.filter((id) => id !== phaseId) },
  });
}
