import type { RoadmapLevel } from '../../contract/roadmap';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import { jqlString } from '../shared/read-all-issues';

/** Hierarchy level of each roadmap level (Jira's: initiative 2, epic 1). */
const LEVEL_NUMBER: Record<RoadmapLevel, number> = { initiative: 2, epic: 1 };

/** The issue types that are roadmap items at `level`, from the workflow's hierarchy (the admin's mapping), sorted. */
export function roadmapIssueTypes(level: RoadmapLevel, config: WorkflowConfig): string[] {
  return Object.entries(config.hierarchy.levels)
    .filter(([, n]) => n === LEVEL_NUMBER[level])
    .map(([name]) => name)
    .sort();
}

/** The bounded JQL of the roadmap's items in these projects (undefined when the level has no issue type). */
export function roadmapJql(projectKeys: readonly string[], issueTypes: readonly string[]): string | undefined {
  if (projectKeys.length === 0 || issueTypes.length === 0) return undefined;
  const projects =
    projectKeys.length === 1
      ? `project = ${jqlString(projectKeys[0] as string)}`
      : `project in (${projectKeys.map(jqlString).join(', ')})`;
  return `${projects} AND issuetype in (${issueTypes.map(jqlString).join(', ')}) ORDER BY key ASC`;
}
