import type { StatusCategory } from '../issue/pm-issue';
import { GTM_DELIVERABLES, type GtmDeliverable } from './gtm-deliverable';

export interface GtmItem {
  key: string;
  deliverable: GtmDeliverable;
  /** The buyer persona it addresses (an opaque id: the caller may hide the key), null for none. */
  personaId: string | null;
  segment: string | null;
  statusCategory: StatusCategory;
}

export interface LaunchReadinessInput {
  /** YYYY-MM-DD, absent when the launch has no date. */
  launchDate?: string;
  /** The buyer personas the launch's requirements target (ids as in GtmItem.personaId). */
  personaIds: readonly string[];
  items: readonly GtmItem[];
  /** YYYY-MM-DD in the site's time zone. */
  today: string;
}

export type CellStatus = 'missing' | 'in-progress' | 'done';

export interface ReadinessCell {
  status: CellStatus;
  /** Keys of the items behind the cell, in the order given. */
  itemKeys: string[];
}

export interface ReadinessRow {
  /** null: the items that name no persona. */
  personaId: string | null;
  segment: string | null;
  cells: Record<GtmDeliverable, ReadinessCell>;
}

export interface LaunchReadiness {
  rows: ReadinessRow[];
  /** Personas (of the requirements or the items) with no market message item in any segment. */
  personasWithoutMessage: string[];
  /** The launch day is past (due at the end of its day) and a deliverable is not done: an item open or a persona's cell missing. */
  overdue: boolean;
  /** Share of cells (of persona rows) done, 0..1; null when there is no persona row. */
  doneShare: number | null;
}

/**
 * A launch's go-to-market readiness: one row per buyer persona and market segment, one cell per
 * deliverable with the items behind it and their status (missing when none, done when all are
 * done, else in progress). A persona the requirements target gets a row even with no item, so
 * its missing message shows; the method derives the message from the strategic work, so a
 * persona without one is flagged. Rows: personas in the order given, then those only the items
 * name (in item order), each persona's segments alphabetically (no segment first); the items
 * that name no persona last.
 *
 * @example
 * launchReadiness({ personaIds: ['P-1'], items: [], today: '2026-11-01' }).personasWithoutMessage // ['P-1']
 */
export function launchReadiness(input: LaunchReadinessInput): LaunchReadiness {
  const personaOrder = [
    ...new Set([...input.personaIds, ...input.items.flatMap((i) => (i.personaId ? [i.personaId] : []))]),
  ];
  const groups = new Map<string, { personaId: string | null; segment: string | null; items: GtmItem[] }>();
  const groupOf = (personaId: string | null, segment: string | null) => {
    const id = JSON.stringify([personaId, segment]);
    let group = groups.get(id);
    if (!group) {
      group = { personaId, segment, items: [] };
      groups.set(id, group);
    }
    return group;
  };
  for (const item of input.items) groupOf(item.personaId, item.segment).items.push(item);
  // A persona whose items all name a segment still gets no "all segments" row; one with no item gets one.
  for (const personaId of personaOrder)
    if (![...groups.values()].some((g) => g.personaId === personaId)) groupOf(personaId, null);

  const rank = (personaId: string | null) =>
    personaId === null ? personaOrder.length : personaOrder.indexOf(personaId);
  const rows = [...groups.values()]
    .sort(
      (a, b) =>
        rank(a.personaId) - rank(b.personaId) ||
        (a.segment === null ? -1 : b.segment === null ? 1 : a.segment.localeCompare(b.segment, 'en')),
    )
    .map((g) => ({ personaId: g.personaId, segment: g.segment, cells: cellsOf(g.items) }));

  const personasWithoutMessage = personaOrder.filter(
    (id) => !input.items.some((i) => i.personaId === id && i.deliverable === 'message'),
  );
  const personaCells = rows.filter((r) => r.personaId !== null).flatMap((r) => GTM_DELIVERABLES.map((d) => r.cells[d]));
  const doneShare =
    personaCells.length === 0 ? null : personaCells.filter((c) => c.status === 'done').length / personaCells.length;
  const overdue =
    input.launchDate !== undefined &&
    input.today > input.launchDate &&
    (input.items.some((i) => i.statusCategory !== 'done') || personaCells.some((c) => c.status === 'missing'));
  return { rows, personasWithoutMessage, overdue, doneShare };
}

function cellsOf(items: readonly GtmItem[]): Record<GtmDeliverable, ReadinessCell> {
  const cell = (deliverable: GtmDeliverable): ReadinessCell => {
    const mine = items.filter((i) => i.deliverable === deliverable);
    const status: CellStatus =
      mine.length === 0 ? 'missing' : mine.every((i) => i.statusCategory === 'done') ? 'done' : 'in-progress';
    return { status, itemKeys: mine.map((i) => i.key) };
  };
  return { message: cell('message'), sales: cell('sales'), website: cell('website'), packaging: cell('packaging') };
}
