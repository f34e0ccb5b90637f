import type { RoadmapFilter, RoadmapItem } from './roadmap';

/*
 * The roadmap's one filter rule, shared by the page (static/) and the CSV export so the
 * export holds what is on screen. Type-only imports: no zod in the UI bundle for this.
 */

/** The themes of a set of items, in first-seen order ('' for items with none). */
export function roadmapThemes(items: readonly RoadmapItem[]): { key: string; summary: string }[] {
  const seen = new Map<string, string>();
  for (const item of items)
    if (!seen.has(item.theme?.key ?? '')) seen.set(item.theme?.key ?? '', item.theme?.summary ?? 'No theme');
  return [...seen].map(([key, summary]) => ({ key, summary }));
}

/** The items a filter keeps (the page's list and the CSV export use this one rule). */
export function filterRoadmapItems(items: readonly RoadmapItem[], filter: RoadmapFilter): RoadmapItem[] {
  const keep = <T>(chosen: readonly T[] | undefined, value: T) =>
    !chosen || chosen.length === 0 || chosen.includes(value);
  return items.filter(
    (i) =>
      keep(filter.themes, i.theme?.key ?? '') &&
      keep(filter.statuses, i.statusCategory) &&
      keep(filter.horizons, i.horizon),
  );
}
