import type { StatusCategory } from '../domain/issue/pm-issue';

/**
 * A roadmap item as a roadmap search reads it: only the fields a roadmap
 * needs (no links, no sub-tasks, no story points), so a page of initiatives
 * or epics stays one small Jira call whatever the project's size.
 */
export interface RoadmapItemRecord {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  projectKey: string;
  status: string;
  statusCategory: StatusCategory;
  /** YYYY-MM-DD from the site's "Start date" field, when the site has one and it is set. */
  startDate?: string;
  /** YYYY-MM-DD (Jira's `duedate`). */
  dueDate?: string;
  /** The parent as Jira embeds it for this actor (absent when none or not visible to them). */
  parent?: { id: string; key: string; summary: string; issueType: string };
  /** Its Fix versions as Jira embeds them (name, released, release day when set); empty when none. */
  fixVersions: RoadmapFixVersion[];
  /** KPI keys its PM document links (empty when it has none or it is unreadable). */
  kpiKeys: string[];
}

export interface RoadmapItemPage {
  items: RoadmapItemRecord[];
  /** Absent on the last page. */
  nextPageToken?: string;
}

/** A version (release) as the roadmap uses it: an item's fix version, or a project's release for the timeline's markers. */
export interface RoadmapFixVersion {
  id: string;
  name: string;
  released: boolean;
  /** YYYY-MM-DD, when the version has a release date. */
  releaseDate?: string;
}

/** A project's version (`GET /project/{key}/versions`). */
export interface ProjectVersion extends RoadmapFixVersion {
  archived: boolean;
}
