/**
 * What "lift to its dependant's rank" means in Jira's rank (the board order; the app's backlog
 * ranks by score, which a lift does not change): the blocker goes just above whichever of its
 * waiting dependants Jira ranks first, so it comes before every one of them. `rankOrder` lists
 * the blocker and its dependants as Jira ranks them, top first (those the caller can see).
 * Undefined when no dependant is in it.
 *
 * @example
 * liftTarget('A-9', ['A-2', 'A-5'], ['A-5', 'A-2', 'A-9']) // { before: 'A-5', alreadyAbove: false }
 * liftTarget('A-9', ['A-2'], ['A-9', 'A-2'])               // { before: 'A-2', alreadyAbove: true }
 */
export function liftTarget(
  blockerKey: string,
  dependantKeys: readonly string[],
  rankOrder: readonly string[],
): { before: string; alreadyAbove: boolean } | undefined {
  const waiting = new Set(dependantKeys);
  const top = rankOrder.findIndex((k) => waiting.has(k));
  if (top < 0) return undefined;
  const blocker = rankOrder.indexOf(blockerKey);
  return { before: rankOrder[top]!, alreadyAbove: blocker >= 0 && blocker < top };
}
