import type { JiraFieldJson } from './jira-response-schemas';

/**
 * Which custom fields hold story points on this site. Jira has no fixed id: a
 * company-managed project usually uses "Story Points" (a number field, often
 * customfield_10016 but not always), a team-managed one "Story point estimate"
 * (Jira Software's `jsw-story-points` type), and a project may have neither.
 * So the app asks `GET /rest/api/3/field` and requests every candidate.
 */
export const STORY_POINT_NAMES = ['story points', 'story point estimate'];
const STORY_POINT_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';

/** Used when the field list cannot be read: the id most sites have. */
export const FALLBACK_STORY_POINT_FIELDS: readonly string[] = ['customfield_10016'];

/** Candidate field ids in a stable order (by Jira's field type first, then by name). */
export function storyPointFieldIds(fields: readonly JiraFieldJson[]): string[] {
  const candidates = fields.filter(
    (f) =>
      f.custom !== false &&
      f.id.startsWith('customfield_') &&
      (f.schema?.custom === STORY_POINT_TYPE ||
        (STORY_POINT_NAMES.includes(f.name.trim().toLowerCase()) && f.schema?.type === 'number')),
  );
  const rank = (f: JiraFieldJson): number => (f.schema?.custom === STORY_POINT_TYPE ? 0 : 1);
  return candidates.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)).map((f) => f.id);
}

/** The first candidate holding a number; a string, object or null is "no effort" (the domain judges the number). */
export function storyPointsOf(
  fields: Readonly<Record<string, unknown>>,
  candidates: readonly string[],
): number | undefined {
  for (const id of candidates) {
    const value = fields[id];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}
