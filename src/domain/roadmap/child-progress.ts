import type { StatusCategory } from '../issue/pm-issue';

export interface ChildProgress {
  /** Children in a Done status category. */
  done: number;
  /** Children the item has (its own status is not one of them: a parent is not its own unit of work). */
  total: number;
}

/**
 * A roadmap item's delivery progress by count of its direct children (an
 * epic's stories, an initiative's epics); null when it has no children, so an
 * item with nothing under it is "no work planned", never 0 % or 100 %.
 *
 * @example
 * childProgress(['done', 'indeterminate', 'new']) // { done: 1, total: 3 }
 * childProgress([])                               // null
 */
export function childProgress(children: readonly StatusCategory[]): ChildProgress | null {
  if (children.length === 0) return null;
  return { done: children.filter((s) => s === 'done').length, total: children.length };
}
