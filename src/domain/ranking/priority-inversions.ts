import { compareIssueKeys } from './compare-issue-keys';

/** One backlog item as dependency-aware ranking sees it. */
export interface DependencyItem {
  id: string;
  key: string;
  /** Its score in the ranking model; null when not scored. */
  value: number | null;
  /** Its rank where known (the backlog page shows it), else null. */
  rank: number | null;
  /** Not in a Done status category: only open work blocks, and only open work waits. */
  open: boolean;
  /** Ids of the items this one blocks (links of the configured dependency types). */
  blocks: readonly string[];
}

export interface PriorityInversion {
  blockerId: string;
  /** The open items ranked above the blocker that wait for it, directly or through a chain, best first. */
  dependants: { id: string; key: string; value: number; rank: number | null; direct: boolean }[];
  /**
   * What lifting it means here: the score of its best-ranked dependant. Given that score the
   * blocker ranks with its dependant (competition ranking shares the rank); it is a suggestion
   * to act on, never applied to anything stored.
   */
  liftTo: { key: string; value: number; rank: number | null };
}

const scored = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** `d` outranks `b`: a higher score, or a score where `b` has none. Equal scores share a rank: no inversion. */
const outranks = (d: DependencyItem, b: DependencyItem): d is DependencyItem & { value: number } =>
  scored(d.value) && (!scored(b.value) || d.value > b.value);

/**
 * Priority inversions: an open item that blocks (directly, or through items it blocks) an open
 * item ranked above it. Whatever waits on the blocker cannot start before it, so the blocker's
 * effective priority is its best dependant's. Items and links not given are not followed;
 * cycles are walked once.
 *
 * @example
 * // A (score 2) blocks B (score 9): A is an inversion, lifted to B's score.
 * findPriorityInversions([
 *   { id: '1', key: 'A-1', value: 2, rank: 5, open: true, blocks: ['2'] },
 *   { id: '2', key: 'A-2', value: 9, rank: 1, open: true, blocks: [] },
 * ]).get('1')?.liftTo // { key: 'A-2', value: 9, rank: 1 }
 */
export function findPriorityInversions(items: readonly DependencyItem[]): Map<string, PriorityInversion> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out = new Map<string, PriorityInversion>();
  for (const blocker of items) {
    if (!blocker.open) continue;
    const direct = new Set(blocker.blocks);
    const waiting: PriorityInversion['dependants'] = [];
    const seen = new Set<string>([blocker.id]);
    const stack = [...blocker.blocks];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const item = byId.get(id);
      // A done item no longer waits, and what it blocks no longer waits on this blocker through it.
      if (!item || !item.open) continue;
      if (outranks(item, blocker))
        waiting.push({ id: item.id, key: item.key, value: item.value, rank: item.rank, direct: direct.has(item.id) });
      stack.push(...item.blocks);
    }
    if (waiting.length === 0) continue;
    waiting.sort((a, b) => b.value - a.value || compareIssueKeys(a.key, b.key));
    const best = waiting[0]!;
    out.set(blocker.id, {
      blockerId: blocker.id,
      dependants: waiting,
      liftTo: { key: best.key, value: best.value, rank: best.rank },
    });
  }
  return out;
}
