/** A fix version as the roadmap places items by it. */
export interface DueVersion {
  name: string;
  released: boolean;
  /** YYYY-MM-DD, when set. */
  releaseDate?: string;
}

export interface ItemDue {
  /** The day the item is due, YYYY-MM-DD: its own due date, else its release's date. */
  dueDate?: string;
  /** The release whose date it is due by (set only when the due day came from a fix version). */
  release?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * When a roadmap item is due. Its own due date wins; an item without one but with fix
 * versions is due by the earliest release date among them (an item shipped in two releases
 * is due by the first). Versions with no release date do not place it.
 *
 * @example
 * dueOf({ dueDate: '2026-12-01', fixVersions: [{ name: '2.4', released: false, releaseDate: '2026-11-15' }] }) // { dueDate: '2026-12-01' }
 * dueOf({ fixVersions: [{ name: '2.5', released: false, releaseDate: '2027-02-01' }, { name: '2.4', released: false, releaseDate: '2026-12-15' }] })
 * // { dueDate: '2026-12-15', release: '2.4' }
 */
export function dueOf(item: { dueDate?: string; fixVersions?: readonly DueVersion[] }): ItemDue {
  if (item.dueDate) return { dueDate: item.dueDate };
  const dated = (item.fixVersions ?? []).filter((v) => v.releaseDate && DAY.test(v.releaseDate));
  const first = dated.sort((a, b) => (a.releaseDate as string).localeCompare(b.releaseDate as string))[0];
  return first ? { dueDate: first.releaseDate as string, release: first.name } : {};
}
