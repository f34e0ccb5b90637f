/** What a roadmap item is grouped by: its theme (the initiative it belongs to), or none. */
export interface Themed {
  theme?: { key: string; summary: string };
}

export interface ThemeGroup<T extends Themed> {
  /** The theme's key; `''` for the items with no theme (the filter's own word for "no theme"). */
  key: string;
  /** The theme's summary, or "No theme". */
  name: string;
  items: T[];
}

/**
 * Items grouped by theme, for the board's swimlanes within a column: themes in the order their
 * first item comes (items keep their order, so a group leads with its most urgent item), the
 * items with no theme in one "No theme" group last. Every item is in exactly one group.
 *
 * @example
 * groupByTheme([{ theme: { key: 'I-2', summary: 'Growth' } }, {}, { theme: { key: 'I-1', summary: 'Core' } }])
 * // [{ key: 'I-2', name: 'Growth', items: [..1] }, { key: 'I-1', name: 'Core', ... }, { key: '', name: 'No theme', ... }]
 */
export function groupByTheme<T extends Themed>(items: readonly T[]): ThemeGroup<T>[] {
  const groups = new Map<string, ThemeGroup<T>>();
  const none: ThemeGroup<T> = { key: '', name: 'No theme', items: [] };
  for (const item of items) {
    if (!item.theme) {
      none.items.push(item);
      continue;
    }
    const group = groups.get(item.theme.key) ?? { key: item.theme.key, name: item.theme.summary, items: [] };
    group.items.push(item);
    groups.set(item.theme.key, group);
  }
  return none.items.length ? [...groups.values(), none] : [...groups.values()];
}

/**
 * The items in the order the board shows them: column by column (in `horizons`' order), each
 * column theme group by theme group. The CSV export lists its rows in this order, so the file
 * reads like the board.
 */
export function boardOrder<T extends Themed & { horizon: string }>(
  items: readonly T[],
  horizons: readonly string[],
): T[] {
  return horizons.flatMap((h) => groupByTheme(items.filter((i) => i.horizon === h)).flatMap((g) => g.items));
}
