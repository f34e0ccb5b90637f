import type { HistoryEntry } from '../../contract/views';
import type { JiraGateway, JiraIssue } from '../../ports/jira-gateway';
import { HIDDEN_ITEM } from '../views/linked-item';
import { LINK_HISTORY_FIELDS } from './requirement-history';

const LINK_FIELDS: ReadonlySet<string> = new Set(LINK_HISTORY_FIELDS);

/**
 * History as one caller may read it. Entries keep the keys a save linked or
 * unlinked, and those may name items the caller cannot browse (someone else
 * linked them, or the item moved out of reach since): such a key becomes
 * `{hidden: true}`, "an item you cannot see". Visibility is decided now, as the
 * caller (`known` are issues already read as them; the rest are fetched once).
 * A KPI list keeps its visible keys and at most one hidden item, so it never
 * tells how many hidden KPIs there were.
 */
export async function historyForCaller(
  jira: JiraGateway,
  entries: readonly HistoryEntry[],
  known: ReadonlyMap<string, JiraIssue>,
): Promise<HistoryEntry[]> {
  const wanted = new Set<string>();
  for (const entry of entries) {
    if (!LINK_FIELDS.has(entry.field)) continue;
    for (const key of [...keysIn(entry.from), ...keysIn(entry.to)]) if (!known.has(key)) wanted.add(key);
  }
  const visible = new Set(known.keys());
  if (wanted.size > 0)
    for (const record of await jira.bulkFetch([...wanted], { as: 'user' })) visible.add(record.issue.key);
  const redact = (value: unknown): unknown => redactLinks(value, (key) => visible.has(key));
  return entries.map((entry) =>
    LINK_FIELDS.has(entry.field) ? { ...entry, from: redact(entry.from), to: redact(entry.to) } : entry,
  );
}

function keysIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** A link value (a key, a list of keys, or empty) with every key the caller cannot see replaced. */
function redactLinks(value: unknown, canSee: (key: string) => boolean): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return canSee(value) ? value : HIDDEN_ITEM;
  if (Array.isArray(value)) {
    const shown = value.filter((v): v is string => typeof v === 'string' && canSee(v));
    return shown.length < value.length ? [...shown, HIDDEN_ITEM] : shown;
  }
  // Not a shape a save writes for a link: nothing in it can be judged, so nothing of it is shown.
  return HIDDEN_ITEM;
}
