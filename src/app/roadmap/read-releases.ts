import type { RoadmapRelease } from '../../contract/roadmap';
import { JiraRateLimitedError, JiraUnavailableError } from '../../ports/jira-errors';
import type { AppDeps } from '../shared/app-deps';

/** The portfolio reads the versions of at most this many projects (one Jira call each), those with items first. */
export const ROADMAP_MAX_RELEASE_PROJECTS = 20;

export interface ReleasesRead {
  releases: RoadmapRelease[];
  /** Why some projects' releases are missing (too many projects, or Jira did not answer). */
  note?: string;
}

/**
 * The timeline's release markers: each project's versions as the caller may list them (only
 * projects they browse reach here), the dated and unarchived ones, by release date. A project
 * Jira will not answer for is left out with a note; the roadmap itself still shows.
 */
export async function readReleases(deps: AppDeps, projectKeys: readonly string[]): Promise<ReleasesRead> {
  const keys = [...new Set(projectKeys)];
  const read = keys.slice(0, ROADMAP_MAX_RELEASE_PROJECTS);
  let failed = 0;
  const lists = await Promise.all(
    read.map(async (projectKey) => {
      try {
        const versions = await deps.jira.listProjectVersions(projectKey, { as: 'user' });
        return versions.flatMap((v): RoadmapRelease[] =>
          v.releaseDate && !v.archived
            ? [{ projectKey, name: v.name, releaseDate: v.releaseDate, released: v.released }]
            : [],
        );
      } catch (error) {
        if (!(error instanceof JiraRateLimitedError || error instanceof JiraUnavailableError)) throw error;
        failed += 1;
        return [];
      }
    }),
  );
  const releases = lists
    .flat()
    .sort(
      (a, b) =>
        a.releaseDate.localeCompare(b.releaseDate) ||
        a.projectKey.localeCompare(b.projectKey) ||
        a.name.localeCompare(b.name),
    );
  const notes = [
    ...(keys.length > read.length
      ? [`Releases are shown for the first ${read.length} of ${keys.length} projects.`]
      : []),
    ...(failed ? [`Jira did not list the releases of ${failed === 1 ? '1 project' : `${failed} projects`}.`] : []),
  ];
  return { releases, ...(notes.length ? { note: notes.join(' ') } : {}) };
}
