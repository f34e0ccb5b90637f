import type { ScoreModel } from '../../contract/payloads';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { jqlString, readAllIssues, type IssueRead } from '../shared/read-all-issues';
import { resolveUpstream } from '../shared/upstream';
import { analyseIssues, type IssueAnalysis } from '../views/analyse-issues';

export interface ProductRead {
  project: ProjectSummary;
  read: IssueRead;
  analysis: IssueAnalysis;
}

/** One project's issues read as the caller and analysed (dashboard, backlog CSV). */
export async function readProduct(
  deps: AppDeps,
  project: ProjectSummary,
  options: { config: WorkflowConfig; model: ScoreModel; now: Date },
): Promise<ProductRead> {
  const read = await readAllIssues(deps.jira, `project = ${jqlString(project.key)} ORDER BY key ASC`, 'user');
  const byKey = new Map(read.issues.map((r) => [r.issue.key, r]));
  const { lookup, records } = await resolveUpstream(
    deps.jira,
    read.issues.map((r) => r.issue),
    byKey,
    'user',
  );
  const analysis = analyseIssues(read.issues, {
    ...options,
    lookup,
    extraKpis: [...records.values()].filter((r) => !byKey.has(r.issue.key)),
  });
  return { project, read, analysis };
}
