import type { PmIssue } from '../issue/pm-issue';
import { rollUpPortfolio } from '../rollup/roll-up-portfolio';
import type { WorkflowConfig } from '../workflow/workflow-config-schema';

/**
 * The delivery effort of an issue's subtree as the roll-up counts it (each
 * piece of work once: a story's own estimate only when its sub-tasks have
 * none), and how many units of work (issues without children) carry no
 * estimate, neither their own nor one of an ancestor below the root (a
 * sub-task of an estimated story is covered) - those are left out of the
 * investment, and the case says so.
 * `issues` holds the root and its descendants; anything else is ignored by
 * the root's figures.
 *
 * @example
 * subtreeEffort('1', [initiative, epic, storyWith5, storyWithout], config, now)
 * // { total: 5, unestimated: 1, issues: 3 }
 */
export interface SubtreeEffort {
  total: number;
  unestimated: number;
  /** Descendants counted (the root not included). */
  issues: number;
}

export function subtreeEffort(
  rootId: string,
  issues: readonly PmIssue[],
  config: WorkflowConfig,
  now: Date,
  timeZone?: string,
): SubtreeEffort {
  const rollup = rollUpPortfolio(issues, config, now, timeZone);
  const root = rollup.nodes[rootId];
  if (!root) return { total: 0, unestimated: 0, issues: 0 };
  const byId = new Map(issues.map((i) => [i.id, i]));
  const hasChildren = new Set(issues.map((i) => i.parentId).filter((id): id is string => id !== undefined));
  const estimated = (i: PmIssue) => typeof i.effort === 'number' && Number.isFinite(i.effort) && i.effort > 0;
  const covered = (leaf: PmIssue): boolean => {
    const seen = new Set<string>();
    for (
      let at: PmIssue | undefined = leaf;
      at && at.id !== rootId && !seen.has(at.id);
      at = at.parentId ? byId.get(at.parentId) : undefined
    ) {
      if (estimated(at)) return true;
      seen.add(at.id);
    }
    return false;
  };
  const unestimated = issues.filter((i) => i.id !== rootId && !hasChildren.has(i.id) && !covered(i)).length;
  return { total: root.agg.effortTotal, unestimated, issues: Math.max(0, root.agg.issues - 1) };
}
