import { DEFAULT_ROADMAP_LEVEL, type RoadmapItem, type RoadmapLevel, type RoadmapView } from '../../contract/roadmap';
import { DEFAULT_HORIZON_RULE, HORIZONS, horizonOf } from '../../domain/roadmap/horizon';
import { dueOf } from '../../domain/roadmap/release-due';
import { dayInZone } from '../../domain/roadmap/today-in-zone';
import type { ProjectSummary } from '../../ports/jira-gateway';
import type { RoadmapItemRecord } from '../../ports/roadmap-items';
import { loadConfig } from '../config/config-repository';
import { refusedProjectSearch } from '../dashboard/refused-project-search';
import type { AppDeps } from '../shared/app-deps';
import { notFound } from '../shared/app-error';
import { completeOrIncomplete, coverageOf, type ReadOutcome } from '../shared/read-all-issues';
import { siteTimeZone } from '../shared/site-time-zone';
import { itemKpiStatuses } from './item-kpi-status';
import { readReleases } from './read-releases';
import { readRoadmapItems } from './read-roadmap-items';
import { roadmapIssueTypes, roadmapJql } from './roadmap-jql';
import { storedChildProgress } from './stored-child-progress';

export interface GetRoadmapInput {
  /** The project page's project (from the Forge context); absent = every project the caller can browse (the portfolio). */
  projectKey?: string;
  level?: RoadmapLevel;
  nextWithinDays?: number;
}

/**
 * The now / next / later roadmap and timeline of one project or of the
 * caller's portfolio. Items are read as the caller by JQL (only what they
 * may browse, only the fields a roadmap needs, paged); delivery progress
 * comes from the projects' stored state within a read budget, or says why
 * it is not there; KPI status from the linked KPIs they can see. A read cut
 * short answers `incomplete` with what was read.
 */
export async function getRoadmap(deps: AppDeps, input: GetRoadmapInput): Promise<RoadmapView> {
  const { view, outcome } = await buildRoadmap(deps, input);
  return completeOrIncomplete(view, outcome);
}

/** The roadmap and how its read went (the CSV export answers `incomplete` with its own partial). */
export async function buildRoadmap(
  deps: AppDeps,
  input: GetRoadmapInput,
): Promise<{ view: RoadmapView; outcome: ReadOutcome }> {
  const level = input.level ?? DEFAULT_ROADMAP_LEVEL;
  const rule = input.nextWithinDays === undefined ? DEFAULT_HORIZON_RULE : { nextWithinDays: input.nextWithinDays };
  const [{ config }, timeZone] = await Promise.all([loadConfig(deps.store, deps.logger), siteTimeZone(deps)]);
  const now = deps.clock.now();
  const today = dayInZone(now.getTime(), timeZone);
  // Only projects the caller may browse: the project page's is checked, the portfolio's are Jira's list for them.
  const projects = input.projectKey
    ? [await browsableProject(deps, input.projectKey)]
    : await deps.jira.listProjects({ as: 'user' });
  const jql = roadmapJql(
    projects.map((p) => p.key),
    roadmapIssueTypes(level, config),
  );
  const read = jql ? await readRoadmapItems(deps, jql) : { items: [], complete: true };

  // An item with no due date of its own is due by its release (release-due.ts).
  const placed = read.items.map((record) => {
    const due = dueOf(record);
    return { record, due, ...horizonOf({ ...record, ...due }, today, rule) };
  });
  // The board's order: now before next before later before done, then by date, then key.
  const order = (h: string) => HORIZONS.indexOf(h as (typeof HORIZONS)[number]);
  placed.sort(
    (a, b) =>
      order(a.horizon) - order(b.horizon) ||
      (a.record.startDate ?? a.due.dueDate ?? '9999').localeCompare(b.record.startDate ?? b.due.dueDate ?? '9999') ||
      a.record.key.localeCompare(b.record.key, 'en', { numeric: true }),
  );
  // Releases of the projects with items first (the portfolio's read is bounded), then the scope's others.
  const releaseProjects = [...read.items.map((i) => i.projectKey), ...projects.map((p) => p.key)];
  const [progress, kpis, releases] = await Promise.all([
    storedChildProgress(
      deps,
      placed.map((p) => ({ id: p.record.id, projectKey: p.record.projectKey })),
    ),
    itemKpiStatuses(deps, read.items, config, now, timeZone),
    readReleases(deps, releaseProjects),
  ]);
  const items: RoadmapItem[] = placed.map(({ record, due, horizon, overdue, reason }) => ({
    key: record.key,
    summary: record.summary,
    issueType: record.issueType,
    projectKey: record.projectKey,
    status: record.status,
    statusCategory: record.statusCategory,
    ...(record.startDate ? { startDate: record.startDate } : {}),
    ...(due.dueDate ? { dueDate: due.dueDate } : {}),
    ...(due.release ? { dueByRelease: due.release } : {}),
    horizon,
    horizonReason: reason,
    overdue,
    ...themeOf(record, level),
    progress: progress.get(record.id) ?? { state: 'unavailable', reason: 'Not read.' },
    kpiStatus: kpis.statuses.get(record.key) ?? 'no-data',
  }));
  const kpiOutcome = kpis.complete
    ? read
    : {
        ...read,
        complete: false,
        note:
          read.note ?? 'Too many linked KPIs to read at once; some KPI statuses leave out KPIs beyond the first 200.',
      };
  // Missing release markers leave the items whole: said beside the timeline, not as an incomplete roadmap.
  const outcome = kpiOutcome;
  const view: RoadmapView = {
    scope: input.projectKey
      ? { kind: 'project', key: input.projectKey, name: (projects[0] as ProjectSummary).name }
      : { kind: 'portfolio', projects: projects.map(({ key, name }) => ({ key, name })) },
    level,
    nextWithinDays: rule.nextWithinDays,
    today,
    items,
    releases: releases.releases,
    ...(releases.note ? { releasesNote: releases.note } : {}),
    jql: jql ?? '',
    coverage: coverageOf(outcome, read.items.length),
    generatedAt: now.toISOString(),
  };
  return { view, outcome };
}

async function browsableProject(deps: AppDeps, key: string): Promise<ProjectSummary> {
  const project = await deps.jira.getBrowsableProject(key, { as: 'user' });
  if (project) return project;
  // Unknown, hidden (not-found) or only administered (forbidden): say which, naming nothing of it.
  throw (await refusedProjectSearch(deps, key)) ?? notFound('This project does not exist or you cannot browse it.');
}

/** For an epic its parent (an initiative, as the caller sees it); an initiative is its own theme. */
function themeOf(record: RoadmapItemRecord, level: RoadmapLevel): Pick<RoadmapItem, 'theme'> {
  if (level === 'initiative') return { theme: { key: record.key, summary: record.summary } };
  return record.parent ? { theme: { key: record.parent.key, summary: record.parent.summary } } : {};
}
