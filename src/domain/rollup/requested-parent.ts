import type { PmIssue } from '../issue/pm-issue';
import { compareIds } from '../ranking/compare-issue-keys';
import type { WorkflowConfig } from '../workflow/workflow-config-schema';

/**
 * The parent an issue asks for: Jira's `parent` field when set, otherwise a
 * link of a configured "parent" link type (config order first; among several
 * links of that type, the lowest issue id, so link order never matters).
 *
 * @example
 * requestedParentId({ ...issue, links: [{ type: 'Parent-Child', direction: 'inward', issueId: '7' }] },
 *   { ...config, hierarchy: { ...config.hierarchy, parentLinks: [{ type: 'Parent-Child', parentDirection: 'inward' }] } }) // '7'
 */
export function requestedParentId(issue: Pick<PmIssue, 'parentId' | 'links'>, config: WorkflowConfig): string | null {
  if (issue.parentId !== undefined && issue.parentId !== '') return issue.parentId;
  const rules = config.hierarchy.parentLinks;
  if (rules.length === 0 || issue.links.length === 0) return null;
  for (const rule of rules) {
    let best: string | null = null;
    for (const link of issue.links) {
      if (
        link.type === rule.type &&
        link.direction === rule.parentDirection &&
        (best === null || compareIds(link.issueId, best) < 0)
      )
        best = link.issueId;
    }
    if (best !== null) return best;
  }
  return null;
}
