import { carriesEffort } from '../rollup/counted-effort';
import type { IssueFacts } from './issue-facts';

/**
 * Whether anything below an issue carries effort (`IssueFacts.effortBelow`), which decides
 * whether its own effort counts. "Below" follows the requested parents within the project: an
 * issue is below another when its parent chain reaches it. In a parent cycle (a data problem)
 * every member is below every other, so a cycle's members all share one answer.
 */

/** What deciding `effortBelow` reads of an issue (its facts, or a demo issue). */
export interface EffortBelowItem {
  id: string;
  parentId: string | null;
  effort: number | null;
  effortBelow: boolean;
}

/** Sets `effortBelow` on every item from the items' parent ids (a full build: parents outside `items` are none). */
export function markEffortBelow(facts: readonly EffortBelowItem[]): void {
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const f of facts) f.effortBelow = false;
  const parentOf = (f: EffortBelowItem) => (f.parentId === null ? undefined : byId.get(f.parentId));
  for (const f of facts) {
    if (!carriesEffort(f.effort)) continue;
    // Up the chain until an ancestor already marked: everything above it is marked too.
    for (let up = parentOf(f); up !== undefined && !up.effortBelow; up = parentOf(up)) up.effortBelow = true;
  }
}

/** Whether a child makes its parent's `effortBelow` true: it carries effort, or something below it does. */
export const feedsEffortAbove = (child: IssueFacts): boolean => carriesEffort(child.effort) || child.effortBelow;

/** Whether an edit of an issue (created, deleted, moved or re-estimated) can change `effortBelow` above it. */
export const changesEffortAbove = (before: IssueFacts | undefined, after: IssueFacts | undefined): boolean =>
  before === undefined ||
  after === undefined ||
  before.parentId !== after.parentId ||
  carriesEffort(before.effort) !== carriesEffort(after.effort);
