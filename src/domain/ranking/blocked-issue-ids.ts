import type { PmIssue } from '../issue/pm-issue';
import type { WorkflowConfig } from '../workflow/workflow-config-schema';

/** A link type that says "this issue blocks that one", and on the blocker's link where the blocked issue lies. */
export interface DependencyLinkType {
  type: string;
  blockedDirection: 'inward' | 'outward';
}

/** Jira's own "Blocks" type: on the blocker, the blocked issue is the outward one ("A blocks B"). */
export const DEFAULT_DEPENDENCY_LINKS: readonly DependencyLinkType[] = [
  { type: 'Blocks', blockedDirection: 'outward' },
];

/** The dependency link types in force: the configured ones, else Jira's "Blocks". */
export function dependencyLinkTypes(config: Pick<WorkflowConfig, 'dependencies'>): readonly DependencyLinkType[] {
  return config.dependencies?.links ?? DEFAULT_DEPENDENCY_LINKS;
}

/**
 * Ids of the issues `issue` blocks, by the given link types (names compared without case, as
 * Jira shows them). Each id once, in link order.
 *
 * @example
 * blockedIssueIds({ links: [{ type: 'Blocks', direction: 'outward', issueId: '7' }, { type: 'Blocks', direction: 'inward', issueId: '8' }] }, DEFAULT_DEPENDENCY_LINKS)
 * // ['7'] (issue 8 blocks this one)
 */
export function blockedIssueIds(issue: Pick<PmIssue, 'links'>, types: readonly DependencyLinkType[]): string[] {
  const wanted = types.map((t) => ({ type: t.type.toLowerCase(), direction: t.blockedDirection }));
  const ids = issue.links
    .filter((l) => wanted.some((w) => w.type === l.type.toLowerCase() && w.direction === l.direction))
    .map((l) => l.issueId);
  return [...new Set(ids)];
}
