/**
 * What a Jira site has, as the admin page offers it in pickers (issue types,
 * statuses, link types). Names are what the workflow configuration stores.
 */
export interface SiteIssueType {
  id: string;
  name: string;
  subtask: boolean;
  /** Jira's hierarchy level (sub-task -1, standard 0, epic 1 ...), when it says. */
  hierarchyLevel?: number;
}

export interface SiteStatus {
  id: string;
  name: string;
  category: 'new' | 'indeterminate' | 'done';
}

export interface SiteLinkType {
  id: string;
  name: string;
  inward: string;
  outward: string;
}
