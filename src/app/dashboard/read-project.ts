import { siteTimeZone } from '../shared/site-time-zone';
import type { ScoreModel } from '../../contract/payloads';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import { forbidden, notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { readProjectIssues, type IssueRead } from '../shared/read-all-issues';
import { resolveModel } from '../shared/resolve-model';
import { resolveUpstream } from '../shared/upstream';
import { analyseIssues, type IssueAnalysis } from '../views/analyse-issues';

export interface ProjectRead {
  project: ProjectSummary;
  config: WorkflowConfig;
  model: ScoreModel;
  now: Date;
  /** The site's time zone the KPI statuses were computed in (siteTimeZone). */
  timeZone: string;
  read: IssueRead;
  analysis: IssueAnalysis;
}

/**
 * One project (of the Forge context) read as the caller and analysed - the
 * dashboard and the backlog CSV show the same rows. A project the caller
 * cannot see is `not-found`, told apart from a missing one by nothing; one they
 * only administer is `forbidden`.
 */
export async function readProject(
  deps: AppDeps,
  input: { projectKey: string; model?: ScoreModel },
): Promise<ProjectRead> {
  const project = await deps.jira.getProject(input.projectKey, { as: 'user' });
  if (!project) throw notFound('This project does not exist or you cannot browse it.');
  // Jira shows a project to those who only administer it, but searching its issues needs Browse.
  const [{ config }, permissions] = await Promise.all([
    loadConfig(deps.store, deps.logger),
    deps.jira.myPermissions(['BROWSE_PROJECTS'], { projectKey: project.key }),
  ]);
  if (!permissions.BROWSE_PROJECTS)
    throw forbidden(
      'You administer this project but Jira does not let you browse its issues (Browse Projects permission).',
    );
  const model = resolveModel(input.model, config);
  const now = deps.clock.now();
  const [read, timeZone] = await Promise.all([readProjectIssues(deps.jira, project.key, 'user'), siteTimeZone(deps)]);
  const byKey = new Map(read.issues.map((r) => [r.issue.key, r]));
  // Parents outside the project are shown only once the caller is known to see them.
  const outsideParents = read.issues
    .map((r) => r.parentKey)
    .filter((k): k is string => k !== undefined && !byKey.has(k));
  const { lookup, records } = await resolveUpstream(
    deps.jira,
    read.issues.map((r) => r.issue),
    byKey,
    'user',
    outsideParents,
  );
  const analysis = analyseIssues(read.issues, {
    config,
    model,
    now,
    timeZone,
    lookup,
    extraKpis: [...records.values()].filter((r) => !byKey.has(r.issue.key)),
  });
  return { project, config, model, now, timeZone, read, analysis };
}
