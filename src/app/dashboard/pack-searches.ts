/**
 * Splits the parents of a read into groups, one search each, so that each search's answer fits
 * one Jira page (`capacity` issues, by the expected number below each parent) and its JQL names
 * at most `maxKeys` parents: the searches then run side by side, where one search paging its
 * answer would wait for each page in turn. First fit, largest first (few groups); a parent
 * expecting more than `capacity` gets a group of its own, whose search pages. Each group keeps
 * the input order and groups come in the order of their first item, so the same input sends
 * the same searches.
 *
 * @example
 * packSearches(['A', 'B', 'C'], (k) => ({ A: 70, B: 40, C: 30 })[k] ?? 0, 100, 100) // [['A', 'C'], ['B']]
 */
export function packSearches<T>(
  items: readonly T[],
  expected: (item: T) => number,
  capacity: number,
  maxKeys: number,
): T[][] {
  const order = items.map((item, index) => ({ item, index, size: Math.max(0, expected(item)) }));
  const groups: { load: number; members: typeof order }[] = [];
  for (const entry of [...order].sort((a, b) => b.size - a.size || a.index - b.index)) {
    const group = groups.find((g) => g.members.length < maxKeys && g.load + entry.size <= capacity);
    if (group) {
      group.load += entry.size;
      group.members.push(entry);
    } else groups.push({ load: entry.size, members: [entry] });
  }
  return groups
    .map((g) => g.members.sort((a, b) => a.index - b.index))
    .sort((a, b) => (a[0]?.index ?? 0) - (b[0]?.index ?? 0))
    .map((members) => members.map((m) => m.item));
}
