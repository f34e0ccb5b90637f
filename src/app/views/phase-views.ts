import type { PhaseRef, SectionId } from '../../contract/views';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';

/**
 * Phase references for the UI, with their section's configured name and
 * colour, so a section an admin renames or adds shows as configured and the
 * UI mirrors no section names of its own.
 */
export function phaseRefs(config: WorkflowConfig): PhaseRef[] {
  const sections = new Map(config.sections.map((s) => [s.id, s]));
  // Grouped in the sections' configured order (the UI lists sections as their phases come),
  // each section's phases in their own order: a phase added to a new section may sit anywhere in `phases`.
  const position = new Map(config.sections.map((s, i) => [s.id, i]));
  const ordered = config.phases
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (position.get(a.p.sectionId) ?? Infinity) - (position.get(b.p.sectionId) ?? Infinity) || a.i - b.i)
    .map(({ p }) => p);
  return ordered.map((p) => ({
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
