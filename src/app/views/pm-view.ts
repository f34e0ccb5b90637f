import type { LinkField } from '../../contract/payloads';
import type { PmProperty } from '../../contract/pm-property';
import type { RequirementContextView } from '../../contract/views';

type PmView = RequirementContextView['pm'];

const SINGLE_LINKS = [
  ['problem', 'problemKey'],
  ['persona', 'personaKey'],
  ['scenario', 'scenarioKey'],
] as const;

/**
 * The stored PM document as one caller may see it: a linked item they cannot
 * see keeps its place only as a name in `hiddenLinks` (its key, and how many
 * hidden KPIs there are, never leave the server). Used by every answer that
 * carries the document (the requirement view and conflict details).
 */
export function pmViewOf(doc: PmProperty | undefined, canSee: (key: string) => boolean): PmView {
  const hidden = new Set<LinkField>();
  const view: PmView = { version: doc?.version ?? 0, kpiKeys: [], scores: doc?.scores ?? {} };
  if (doc?.phase !== undefined) view.phase = doc.phase;
  for (const [field, keyField] of SINGLE_LINKS) {
    const key = doc?.[keyField];
    if (key === undefined) continue;
    if (canSee(key)) view[keyField] = key;
    else hidden.add(field);
  }
  for (const key of doc?.kpiKeys ?? []) {
    if (canSee(key)) view.kpiKeys.push(key);
    else hidden.add('kpi');
  }
  if (doc?.updatedAt !== undefined) view.updatedAt = doc.updatedAt;
  if (doc?.updatedBy !== undefined) view.updatedBy = doc.updatedBy;
  if (hidden.size > 0) view.hiddenLinks = [...hidden];
  return view;
}
