import type { IssueLink, PmIssue, StatusCategory } from '../domain/issue/pm-issue';
import { kpiDefinitionOf, pmDataOf } from '../app/shared/pm-documents';
import { KPI_PROPERTY_KEY, PM_PROPERTY_KEY, kpiPropertySchema, pmPropertySchema } from '../contract/pm-property';
import type { JiraIssue, LinkedIssueSummary } from '../ports/jira-gateway';
import type { JiraIssueJson } from './jira-response-schemas';

type LinkedIssueJson = NonNullable<JiraIssueJson['fields']['subtasks']>[number];
import { storyPointsOf } from './story-point-fields';

/**
 * Maps a schema-checked Jira issue to the domain shape plus its stored PM documents.
 * `storyPointFields` are the site's candidate fields (story-point-fields.ts).
 */
export function mapJiraIssue(json: JiraIssueJson, storyPointFields: readonly string[]): JiraIssue {
  const f = json.fields;
  const invalidProperties: string[] = [];

  const requirementParse = parseProperty(json.properties?.[PM_PROPERTY_KEY], pmPropertySchema);
  if (requirementParse === 'invalid') invalidProperties.push(PM_PROPERTY_KEY);
  const requirement = requirementParse === 'invalid' ? undefined : requirementParse;

  const kpiParse = parseProperty(json.properties?.[KPI_PROPERTY_KEY], kpiPropertySchema);
  if (kpiParse === 'invalid') invalidProperties.push(KPI_PROPERTY_KEY);
  const kpiDocument = kpiParse === 'invalid' ? undefined : kpiParse;

  const links: IssueLink[] = [];
  const linkedIssues: LinkedIssueSummary[] = [];
  for (const link of f.issuelinks ?? []) {
    const other = link.outwardIssue ?? link.inwardIssue;
    if (!other) continue;
    links.push({ type: link.type.name, direction: link.outwardIssue ? 'outward' : 'inward', issueId: other.id });
    linkedIssues.push(summaryOf(other));
  }

  const pm = requirement ? pmDataOf(requirement) : undefined;

  const storyPoints = storyPointsOf(f, storyPointFields);
  const issue: PmIssue = {
    id: json.id,
    key: json.key,
    projectKey: f.project.key,
    issueType: f.issuetype.name,
    summary: f.summary,
    status: f.status.name,
    statusCategory: statusCategoryOf(f.status.statusCategory?.key),
    ...(f.parent ? { parentId: f.parent.id } : {}),
    links,
    labels: f.labels ?? [],
    components: (f.components ?? []).map((c) => c.name),
    updated: f.updated,
    ...(storyPoints !== undefined ? { effort: storyPoints } : {}),
    ...(pm ? { pm } : {}),
    ...(kpiDocument ? { kpi: kpiDefinitionOf(kpiDocument) } : {}),
  };

  return {
    issue,
    projectId: f.project.id,
    ...(f.parent ? { parentKey: f.parent.key } : {}),
    ...(requirement ? { requirement } : {}),
    ...(kpiDocument ? { kpiDocument } : {}),
    invalidProperties,
    linkedIssues,
    ...(f.subtasks ? { subtasks: f.subtasks.map(summaryOf) } : {}),
  };
}

function summaryOf(other: LinkedIssueJson): LinkedIssueSummary {
  return {
    id: other.id,
    key: other.key,
    summary: other.fields?.summary ?? other.key,
    issueType: other.fields?.issuetype?.name ?? '',
    status: other.fields?.status?.name ?? '',
    statusCategory: statusCategoryOf(other.fields?.status?.statusCategory?.key),
  };
}

/** Jira's category keys; anything else (Jira's "undefined" category) counts as not started. */
export function statusCategoryOf(key: string | undefined): StatusCategory {
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}

function parseProperty<T>(
  value: unknown,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
): T | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : 'invalid';
}
