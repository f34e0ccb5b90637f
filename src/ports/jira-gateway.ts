import type { PmIssue } from '../domain/issue/pm-issue';
import type { KpiProperty, PmProperty } from '../contract/pm-property';
import type { SiteIssueType, SiteLinkType, SiteStatus } from './site-metadata';
import type { ProjectVersion, RoadmapItemPage } from './roadmap-items';

/**
 * What the use cases need from Jira, in their terms. Implementations check
 * every response at the edge and map it to the domain issue shape.
 *
 * `as: 'user'` reads with the caller's own Jira permissions (everything shown
 * to a person); `as: 'app'` is for triggers and writes that the use case has
 * authorised itself (via `myPermissions`).
 */
export type Actor = 'user' | 'app';

export interface ActOptions {
  as: Actor;
}

/** One issue as read from Jira, with the raw PM documents needed to save. */
export interface JiraIssue {
  issue: PmIssue;
  parentKey?: string;
  projectId: string;
  /** The stored `pm-workflow.requirement` document (undefined when absent or unreadable). */
  requirement?: PmProperty;
  /** The stored `pm-workflow.kpi` document. */
  kpiDocument?: KpiProperty;
  /** Property keys whose stored value failed schema validation (kept, not shown). */
  invalidProperties: string[];
  /** Issues linked to this one, as Jira embeds them (summary and status only). */
  linkedIssues: LinkedIssueSummary[];
  /** Its sub-tasks the actor can see, as Jira embeds them; only when the read asked `withSubtasks`. */
  subtasks?: LinkedIssueSummary[];
}

export interface LinkedIssueSummary {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  status: string;
  statusCategory: PmIssue['statusCategory'];
}

export interface IssuePage {
  issues: JiraIssue[];
  /** True when Jira said this is the last page. */
  isLast: boolean;
}

export interface ProjectSummary {
  id: string;
  key: string;
  name: string;
}

export interface Account {
  accountId: string;
  displayName: string;
}

export type JiraPermission =
  'BROWSE_PROJECTS' | 'ADMINISTER' | 'ADMINISTER_PROJECTS' | 'EDIT_ISSUES' | 'SCHEDULE_ISSUES';

/** Jira Software ranks at most 50 issues a call. */
export const RANK_ISSUES_MAX = 50;

/** What a rank call moved; `failed` are the issues Jira did not move (a 207), keyed only when Jira named them. */
export interface RankResult {
  ranked: string[];
  failed: { key?: string; status: number }[];
}

export interface PermissionScope {
  projectKey?: string;
  issueKey?: string;
}

/** Issues a search page holds at most when it asks for fields (Jira's cap; ids only allow more). */
export const SEARCH_PAGE_ISSUES_MAX = 100;

/** Jira takes at most this many issue ids in a search's `reconcileIssues`. */
export const RECONCILE_ISSUES_MAX = 50;

/** Jira takes up to 100 issues (and 10 properties each) per `POST /issue/properties/multi`. */
export const BULK_PROPERTY_ISSUES_MAX = 100;

export interface BulkPropertyEntry {
  issueId: string;
  /** Property key -> value (each value at most 32,768 characters of JSON). */
  properties: Record<string, unknown>;
}

/** What one bulk write cost: Jira calls made (submits and task polls). */
export interface BulkPropertyResult {
  calls: number;
  /** Issues Jira's finished task reports it could not set (deleted meanwhile, not editable): not written. */
  failedIssueIds: string[];
}

export interface SearchOptions extends ActOptions {
  pageSize?: number;
  /** Also read each issue's embedded sub-tasks (`JiraIssue.subtasks`): one level more of a tree, no extra call. */
  withSubtasks?: boolean;
  /**
   * Issue ids (at most RECONCILE_ISSUES_MAX) just written by the app: Jira's search index
   * is eventually consistent, and these are answered read-after-write.
   */
  reconcileIssues?: string[];
}

export interface SearchPageOptions extends ActOptions {
  /** At most this many issues (Jira may answer fewer). */
  pageSize: number;
  /** Jira's `nextPageToken` of the previous page of the same JQL; absent for the first page. */
  pageToken?: string;
}

export interface SearchPageResult {
  issues: JiraIssue[];
  /** Absent on the last page. */
  nextPageToken?: string;
}

export interface JiraGateway {
  /** Every page of a bounded JQL search, following `nextPageToken` to the end. */
  searchIssues(jql: string, options: SearchOptions): AsyncIterable<IssuePage>;
  /**
   * One page of a bounded JQL search (one Jira call), for paging driven by the caller. A page
   * token Jira no longer accepts (expired, or of another JQL) throws JiraBadRequestError, as does
   * a JQL Jira refuses (e.g. a project the actor cannot browse).
   */
  searchPage(jql: string, options: SearchPageOptions): Promise<SearchPageResult>;
  /** One page of roadmap items (initiatives / epics) with only the fields a roadmap needs (dates, parent, KPI keys); errors as searchPage. */
  searchRoadmapItems(jql: string, options: SearchPageOptions): Promise<RoadmapItemPage>;
  /** undefined when the issue does not exist or the actor cannot see it. */
  getIssue(idOrKey: string, options: ActOptions): Promise<JiraIssue | undefined>;
  /** Issues the actor can see, in no particular order; unknown ones are left out. */
  bulkFetch(idsOrKeys: string[], options: ActOptions): Promise<JiraIssue[]>;
  getIssueProperty(idOrKey: string, propertyKey: string, options: ActOptions): Promise<unknown | undefined>;
  setIssueProperty(idOrKey: string, propertyKey: string, value: unknown, options: ActOptions): Promise<void>;
  /**
   * Sets properties on many issues (`POST /issue/properties/multi`, at most
   * BULK_PROPERTY_ISSUES_MAX issues a call; asynchronous: the adapter waits for Jira's task).
   * Not transactional: an issue the actor may not edit is skipped by Jira. Throws when the task
   * failed or did not finish in time.
   */
  setIssuePropertiesBulk(entries: readonly BulkPropertyEntry[], options: ActOptions): Promise<BulkPropertyResult>;
  /**
   * Moves `keys` (at most RANK_ISSUES_MAX, in this order) just before `beforeKey` in Jira's rank,
   * the board order (`PUT /rest/agile/1.0/issue/rank`). Ranking needs Edit and Schedule Issues;
   * an anchor Jira refuses throws JiraBadRequestError.
   */
  rankIssuesBefore(keys: readonly string[], beforeKey: string, options: ActOptions): Promise<RankResult>;
  /** Projects the actor can browse (not those they only administer). */
  listProjects(options: ActOptions): Promise<ProjectSummary[]>;
  /** undefined when unknown or the actor can neither browse nor administer it (Jira's "view"). */
  getProject(idOrKey: string, options: ActOptions): Promise<ProjectSummary | undefined>;
  /** The project when the actor may browse (search) its issues, else undefined; "view" is not enough. */
  getBrowsableProject(key: string, options: ActOptions): Promise<ProjectSummary | undefined>;
  /** Every version of a project the actor may browse (released, unreleased, archived); empty when it cannot. */
  listProjectVersions(projectKey: string, options: ActOptions): Promise<ProjectVersion[]>;
  /** The caller's permissions (always as the user). */
  myPermissions(permissions: JiraPermission[], scope?: PermissionScope): Promise<Record<JiraPermission, boolean>>;
  myself(): Promise<Account>;
  /** Issue types, statuses and link types of the site, as the actor may list them (for pickers). */
  listIssueTypes(options: ActOptions): Promise<SiteIssueType[]>;
  listStatuses(options: ActOptions): Promise<SiteStatus[]>;
  listIssueLinkTypes(options: ActOptions): Promise<SiteLinkType[]>;
  /** Jira's approximate count of a bounded JQL's matches the actor can see (`search/approximate-count`). */
  countIssues(jql: string, options: ActOptions): Promise<number>;
  /**
   * The site's default time zone as Jira gives it (`serverTimeZone` of `GET /serverInfo`, an IANA
   * name, not checked here: see app/shared/site-time-zone.ts), undefined when the answer has none.
   * Adapters may keep it for a while (it is a rarely changed system setting).
   */
  serverTimeZone(): Promise<string | undefined>;
}
