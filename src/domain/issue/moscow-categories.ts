/** The MoSCoW categories, most important first: the one list the stored property, the filters and the UI read. */
export const MOSCOW_CATEGORIES = ['must', 'should', 'could', 'wont'] as const;

export type MoscowCategory = (typeof MOSCOW_CATEGORIES)[number];

/**
 * The category as a number that sorts it, Must 4 ... Won't 1: the score view's value and what
 * the index (pmMoscowScore) holds, so a JQL filter on it finds what the view shows.
 */
export function moscowRankValue(category: MoscowCategory): number {
  return MOSCOW_CATEGORIES.length - MOSCOW_CATEGORIES.indexOf(category);
}
