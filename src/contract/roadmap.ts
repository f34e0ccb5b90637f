import { z } from 'zod';
import { HORIZONS, type Horizon } from '../domain/roadmap/horizon';
import type { StatusCategory } from '../domain/issue/pm-issue';
import type { Coverage, KpiStatus } from './views';

/**
 * The roadmap's contract: payload schemas (strict), the view, and the one
 * filter rule the page and the CSV export share (so the export is what is on
 * screen). Imported by static/ for the filter and the types.
 */

/** Which issues are the roadmap's items: initiatives (hierarchy level 2) or epics (level 1), by the workflow's hierarchy. */
export const ROADMAP_LEVELS = ['epic', 'initiative'] as const;
export type RoadmapLevel = (typeof ROADMAP_LEVELS)[number];
export const DEFAULT_ROADMAP_LEVEL: RoadmapLevel = 'epic';
export const roadmapLevelSchema = z.enum(ROADMAP_LEVELS);

export const horizonSchema = z.enum(HORIZONS);
const statusCategorySchema = z.enum(['new', 'indeterminate', 'done']);

/** What the page shows; every field empty or absent = everything. */
export const roadmapFilterSchema = z.strictObject({
  /** Theme keys (the initiative an item belongs to); `''` stands for "no theme". */
  themes: z.array(z.string().max(40)).max(100).optional(),
  statuses: z.array(statusCategorySchema).max(3).optional(),
  horizons: z.array(horizonSchema).max(4).optional(),
});
export type RoadmapFilter = z.infer<typeof roadmapFilterSchema>;

const roadmapOptions = {
  level: roadmapLevelSchema.optional(),
  /** Days ahead that count as "next" (default 90). */
  nextWithinDays: z.number().int().min(0).max(730).optional(),
};

export const getRoadmapPayload = z.strictObject(roadmapOptions);
export const exportRoadmapCsvPayload = z.strictObject({ ...roadmapOptions, filter: roadmapFilterSchema.default({}) });

export type RoadmapProgress =
  | { state: 'available'; done: number; total: number; percent: number }
  | { state: 'no-children' }
  /** Why not, in words: no stored project state yet, or the page's read budget was spent. */
  | { state: 'unavailable'; reason: string };

export interface RoadmapItem {
  key: string;
  summary: string;
  issueType: string;
  projectKey: string;
  status: string;
  statusCategory: StatusCategory;
  /** YYYY-MM-DD (Jira's Start date field), when set. */
  startDate?: string;
  /** YYYY-MM-DD: Jira's Due date, or (none set) the release date of its earliest fix version. */
  dueDate?: string;
  /** The fix version `dueDate` comes from ("due by release 2.4"); absent when the item has its own due date. */
  dueByRelease?: string;
  horizon: Horizon;
  horizonReason: string;
  overdue: boolean;
  /** The initiative it belongs to (its parent for an epic, itself for an initiative); absent = no theme or one the viewer cannot see. */
  theme?: { key: string; summary: string };
  progress: RoadmapProgress;
  /** Worst status of its linked KPIs the viewer can see; 'no-data' when none is linked. */
  kpiStatus: KpiStatus;
}

/** A version with a release date of a project on the roadmap: a marker on the timeline. */
export interface RoadmapRelease {
  projectKey: string;
  name: string;
  /** YYYY-MM-DD. */
  releaseDate: string;
  released: boolean;
}

export interface RoadmapView {
  scope:
    { kind: 'project'; key: string; name: string } | { kind: 'portfolio'; projects: { key: string; name: string }[] };
  level: RoadmapLevel;
  nextWithinDays: number;
  /** The site's today (YYYY-MM-DD) the horizons were computed for. */
  today: string;
  items: RoadmapItem[];
  /** The roadmap's projects' dated, unarchived versions, by release date (the timeline's markers). */
  releases: RoadmapRelease[];
  /** Why some projects' release markers are missing (too many projects, or Jira did not answer); the items are whole. */
  releasesNote?: string;
  /** The JQL the items came from (for a "view in Jira" link). */
  jql: string;
  coverage: Coverage;
  generatedAt: string;
}

export type { Horizon };
