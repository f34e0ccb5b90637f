import type { HiddenItem, LinkedItem } from '../../contract/views';
import type { PmIssue } from '../../domain/issue/pm-issue';

export function linkedItemOf(issue: PmIssue): LinkedItem {
  return {
    key: issue.key,
    summary: issue.summary,
    issueType: issue.issueType,
    statusCategory: issue.statusCategory,
    status: issue.status,
  };
}

/** A link the caller cannot see: nothing about the issue, only that there is one. */
export const HIDDEN_ITEM: HiddenItem = Object.freeze({ hidden: true as const });
