import type { PhaseRef, SectionId } from '../../contract/views';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';

/**
 * Phase references for the UI, with their section's configured name and
 * colour, so a section an admin renames or adds shows as configured and the
 * UI mirrors no section names of its own.
 */
export function phaseRefs(config: WorkflowConfig): PhaseRef[] {
  const sections = new Map(config.sections.map((s) => [s.id, s]));
  return config.phases.map((p) => ({
    id: p.id,
    name: p.name,
    section: p.sectionId as SectionId,
    sectionName: sections.get(p.sectionId)?.name ?? p.sectionId,
    color: sections.get(p.sectionId)?.colour ?? '#6B778C',
  }));
}

export function phaseRefIndex(config: WorkflowConfig): Map<string, PhaseRef> {
  return new Map(phaseRefs(config).map((p) => [p.id, p]));
}
