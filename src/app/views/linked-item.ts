import type { LinkedItem } from '../../contract/views';
import type { PmIssue } from '../../domain/issue/pm-issue';

export function linkedItemOf(issue: PmIssue): LinkedItem {
  return { key: issue.key, summary: issue.summary, issueType: issue.issueType, statusCategory: issue.statusCategory, status: issue.status };
}
