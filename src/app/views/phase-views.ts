import type { PhaseRef, SectionId } from '../../contract/views';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';

/**
 * Phase references for the UI. Sections of the default template are the
 * contract's three `SectionId`s; a section an admin adds keeps its own id
 * (the UI falls back to the colour it carries).
 */
export function phaseRefs(config: WorkflowConfig): PhaseRef[] {
  const colours = new Map(config.sections.map((s) => [s.id, s.colour]));
  return config.phases.map((p) => ({
    id: p.id,
    name: p.name,
    section: p.sectionId as SectionId,
    color: colours.get(p.sectionId) ?? '#6B778C',
  }));
}

export function phaseRefIndex(config: WorkflowConfig): Map<string, PhaseRef> {
  return new Map(phaseRefs(config).map((p) => [p.id, p]));
}
