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

/**
 * Only for callers that pass no phases and roll-ups cached before views carried
 * `sectionName`: the default template's names. Pass the phases to get the configured name.
 */
const TEMPLATE_NAMES: Record<string, string> = { strategic: 'Strategic PM', technical: 'Technical PM', 'go-to-market': 'Go-to-market' };

/** A section's configured name: from a phase of it, else the template's name, else its id. */
export function sectionName(section: string, phases: readonly SectionedPhase[] = []): string {
  return phases.find((p) => p.section === section && p.sectionName)?.sectionName ?? TEMPLATE_NAMES[section] ?? section;
}

/** The sections of some phases, in the order they first appear (the configured order), with the colour of their first phase. */
export function sectionsOf(phases: readonly SectionedPhase[]): { id: string; name: string; color: string }[] {
  const seen = new Map<string, { id: string; name: string; color: string }>();
  for (const p of phases) if (!seen.has(p.section)) seen.set(p.section, { id: p.section, name: sectionName(p.section, [p]), color: p.color });
  return [...seen.values()];
}
