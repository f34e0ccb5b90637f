/** Result shapes of the admin page's picker and preview functions (inside the envelope). */

export interface SiteOptionsView {
  /** Issue types by name (the configuration maps names), sorted. */
  issueTypes: { name: string; subtask: boolean; hierarchyLevel?: number }[];
  statuses: { name: string; category: 'new' | 'indeterminate' | 'done' }[];
  linkTypes: { name: string; inward: string; outward: string }[];
  /** Projects the caller may browse (for rules of one project), sorted by key. */
  projects: { key: string; name: string }[];
}

export interface MappingPreview {
  /** The JQL the rule implies (what the count counted), to open in Jira's search. */
  jql: string;
  /** Issues the caller can see that the rule maps (Jira's approximate count). */
  count: number;
  /** Of those, the ones not done (status category other than Done). */
  open: number;
  /** Set when an earlier plain rule for the same issue type takes every issue (this one maps none). */
  shadowedBy?: number;
}
