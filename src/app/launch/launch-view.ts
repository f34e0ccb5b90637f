import type { GtmItemView, LaunchKind, LaunchView, ReadinessPersona } from '../../contract/views-launch-readiness';
import { GTM_DELIVERABLES, segmentOf, type GtmDeliverable } from '../../domain/gtm/gtm-deliverable';
import { launchReadiness, type GtmItem } from '../../domain/gtm/launch-readiness';
import type { JiraIssue } from '../../ports/jira-gateway';

/** What a launch is shown as: a Launch-phase issue, a release (fix version) or an initiative. */
export interface LaunchHead {
  kind: LaunchKind;
  issue: Pick<JiraIssue['issue'], 'key' | 'summary' | 'status' | 'statusCategory'>;
}

export interface LaunchParts {
  launch: LaunchHead;
  launchDate?: string;
  initiatives: { key: string; summary: string }[];
  /** Personas the initiatives' requirements name (repeats allowed). */
  personaKeys: string[];
  items: { record: JiraIssue; deliverable: GtmDeliverable }[];
}

export interface PersonaLookup {
  /** The personas the caller can browse, by key. */
  personas: ReadonlyMap<string, JiraIssue>;
  isBuyerPersona(key: string): boolean;
  today: string;
}

/**
 * One launch's view. A persona the caller cannot browse takes an opaque id ("hidden-1", ...)
 * before the domain sees it, so its key reaches neither the rows nor the order of the answer.
 */
export function launchView(parts: LaunchParts, lookup: PersonaLookup): LaunchView {
  const hiddenIds = new Map<string, string>();
  const idOf = (key: string | undefined): string | null => {
    if (!key || !lookup.isBuyerPersona(key)) return null;
    if (lookup.personas.has(key)) return key;
    let id = hiddenIds.get(key);
    if (!id) {
      id = `hidden-${hiddenIds.size + 1}`;
      hiddenIds.set(key, id);
    }
    return id;
  };
  const items: GtmItem[] = parts.items.map(({ record, deliverable }) => ({
    key: record.issue.key,
    deliverable,
    personaId: idOf(record.issue.pm?.personaKey),
    segment: segmentOf(record.issue.labels),
    statusCategory: record.issue.statusCategory,
  }));
  const personaIds = [...new Set(parts.personaKeys.flatMap((k) => idOf(k) ?? []))];
  const readiness = launchReadiness({
    ...(parts.launchDate ? { launchDate: parts.launchDate } : {}),
    personaIds,
    items,
    today: lookup.today,
  });
  const byKey = new Map(parts.items.map(({ record }) => [record.issue.key, record]));
  const itemView = (key: string): GtmItemView => {
    const issue = (byKey.get(key) as JiraIssue).issue;
    return { key, summary: issue.summary, status: issue.status, statusCategory: issue.statusCategory };
  };
  const hidden = new Set(hiddenIds.values());
  const personaOf = (id: string | null): ReadinessPersona | null => {
    if (id === null) return null;
    if (hidden.has(id)) return { hidden: true };
    const persona = lookup.personas.get(id) as JiraIssue;
    return { key: persona.issue.key, summary: persona.issue.summary };
  };
  const withoutMessage = new Set(readiness.personasWithoutMessage);
  const { issue } = parts.launch;
  return {
    kind: parts.launch.kind,
    key: issue.key,
    summary: issue.summary,
    status: issue.status,
    statusCategory: issue.statusCategory,
    ...(parts.launchDate ? { launchDate: parts.launchDate } : {}),
    initiatives: parts.initiatives,
    rows: readiness.rows.map((row) => ({
      persona: personaOf(row.personaId),
      segment: row.segment,
      noMessage: row.personaId !== null && withoutMessage.has(row.personaId),
      cells: Object.fromEntries(
        GTM_DELIVERABLES.map((d) => [d, { status: row.cells[d].status, items: row.cells[d].itemKeys.map(itemView) }]),
      ) as LaunchView['rows'][number]['cells'],
    })),
    personasWithoutMessage: withoutMessage.size,
    hiddenPersonas: new Set(
      readiness.rows.flatMap((r) => (r.personaId && hidden.has(r.personaId) ? [r.personaId] : [])),
    ).size,
    overdue: readiness.overdue,
    doneShare: readiness.doneShare,
  };
}
