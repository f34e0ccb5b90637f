/**
 * Effort is counted once (issue 12): an issue's own effort counts only when nothing below it
 * (children, their children, ...) carries effort, so effort entered on both a story and its
 * sub-tasks counts the sub-tasks' (the finer estimate), and a story whose sub-tasks are not
 * estimated keeps its own. The tree roll-up (`addOwnEffort`) and the stored project state
 * (`addFacts`) both decide with these two functions.
 */

/** Whether an issue's effort makes its parent's own effort not count: an estimate above 0. */
export const carriesEffort = (effort: number | null): boolean => effort !== null && effort > 0;

/**
 * Whether an issue's own effort counts, given whether anything below it carries effort.
 *
 * @example
 * countsOwnEffort(5, true) // false: story 5 with sub-tasks 2 and 3 counts 5 once, from the sub-tasks
 * countsOwnEffort(5, false) // true: its sub-tasks have no estimate (or it has none)
 */
export const countsOwnEffort = (effort: number | null, effortBelow: boolean): effort is number =>
  effort !== null && !effortBelow;
