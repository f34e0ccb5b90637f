/**
 * Fills each requirement document's `index` with what the app itself would write on a save
 * (src/app/requirement/index-values.ts, the same function, so seeded JQL values such as
 * `pmScore` and `pmRiceScore` equal the app's): phase, primary score, readiness as the app
 * account sees the linked items, staleness and every model's rank value. Run on a finished
 * dataset (the demo generator, and the bench after trimming its site), since readiness depends
 * on the linked issues as they are in it.
 */
import type { DatasetInput } from '../dataset/dataset-schema';
import { indexValues } from '../../src/app/requirement/index-values';
import { kpiDefinitionOf, pmDataOf } from '../../src/app/shared/pm-documents';
import { KPI_PROPERTY_KEY, PM_PROPERTY_KEY, kpiPropertySchema, pmPropertySchema } from '../../src/contract/pm-property';
import type { PmIssue } from '../../src/domain/issue/pm-issue';
import { defaultWorkflowConfig } from '../../src/domain/workflow/default-workflow';
import type { WorkflowConfig } from '../../src/domain/workflow/workflow-config-schema';

type InputIssue = DatasetInput['issues'][number];

export function indexRequirements(
  dataset: DatasetInput,
  now: Date,
  config: WorkflowConfig = defaultWorkflowConfig,
): DatasetInput {
  const typeName = new Map(dataset.issueTypes.map((t) => [t.id, t.name]));
  const statusOf = new Map(dataset.statuses.map((s) => [s.id, s]));
  const projectKey = new Map(dataset.projects.map((p) => [p.id, p.key]));
  const grant = dataset.appAccount?.browseProjects ?? '*';
  const appSees = (key: string) => grant === '*' || grant.includes(key);

  const toPm = (raw: InputIssue): PmIssue => {
    const f = raw.fields;
    const status = statusOf.get(f.status.id);
    const req = pmPropertySchema.safeParse(raw.properties?.[PM_PROPERTY_KEY]);
    const kpi = kpiPropertySchema.safeParse(raw.properties?.[KPI_PROPERTY_KEY]);
    return {
      id: raw.id,
      key: raw.key,
      projectKey: projectKey.get(f.project.id) ?? '',
      issueType: typeName.get(f.issuetype.id) ?? '',
      summary: f.summary,
      status: status?.name ?? '',
      statusCategory: status?.statusCategory ?? 'new',
      ...(f.parent ? { parentId: f.parent.id } : {}),
      links: [],
      labels: f.labels ?? [],
      components: (f.components ?? []).map((c) => c.name),
      updated: f.updated,
      ...(req.success ? { pm: pmDataOf(req.data) } : {}),
      ...(kpi.success ? { kpi: kpiDefinitionOf(kpi.data) } : {}),
    };
  };

  const mapped = dataset.issues.map(toPm);
  const byKey = new Map<string, PmIssue>();
  for (const issue of mapped) if (appSees(issue.projectKey)) byKey.set(issue.key, issue);
  const lookup = (key: string) => byKey.get(key);
  const issues = dataset.issues.map((raw, i) => {
    const issue = mapped[i] as PmIssue;
    if (!issue.pm) return raw;
    const index = indexValues(issue, config, lookup, now);
    return {
      ...raw,
      properties: { ...raw.properties, [PM_PROPERTY_KEY]: { ...(raw.properties?.[PM_PROPERTY_KEY] as object), index } },
    };
  });
  return { ...dataset, issues };
}
