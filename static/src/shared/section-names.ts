/**
 * Section names and order as configured: views carry them on every phase
 * (`PhaseRef.sectionName`), so a section an admin renames or adds shows as
 * configured and the UI mirrors no names of its own.
 */
interface SectionedPhase {
  section: string;
  sectionName?: string;
  color: string;
}

/** A section's configured name, from a phase of it (views carry it on every phase); its id when no phase names it. */
export function sectionName(section: string, phases: readonly SectionedPhase[] = []): string {
  return phases.find((p) => p.section === section && p.sectionName)?.sectionName ?? section;
}

/** The sections of some phases, in the order they first appear (the configured order), with the colour of their first phase. */
export function sectionsOf(phases: readonly SectionedPhase[]): { id: string; name: string; color: string }[] {
  const seen = new Map<string, { id: string; name: string; color: string }>();
  for (const p of phases)
    if (!seen.has(p.section)) seen.set(p.section, { id: p.section, name: sectionName(p.section, [p]), color: p.color });
  return [...seen.values()];
}
