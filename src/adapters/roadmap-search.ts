import { z } from 'zod';
import { PM_PROPERTY_KEY, pmPropertySchema } from '../contract/pm-property';
import type { SearchPageOptions } from '../ports/jira-gateway';
import type { ProjectVersion, RoadmapFixVersion, RoadmapItemPage, RoadmapItemRecord } from '../ports/roadmap-items';
import type { JiraFieldJson } from './jira-response-schemas';
import { statusCategoryOf } from './map-jira-issue';

/** Jira Cloud's own "Start date" field (the timeline's); its id differs per site. */
const START_DATE_NAME = 'start date';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The site's Start date field id: the date field of that name (Jira Software's is custom), else none. */
export function startDateFieldId(fields: readonly JiraFieldJson[]): string | undefined {
  return fields.find((f) => f.name.trim().toLowerCase() === START_DATE_NAME && f.schema?.type === 'date')?.id;
}

/** A Version as Jira embeds it in `fixVersions` and lists it per project (only what the roadmap reads). */
const versionSchema = z.object({
  id: z.string(),
  name: z.string(),
  released: z.boolean().optional(),
  archived: z.boolean().optional(),
  releaseDate: z.string().optional(),
});
export const projectVersionsSchema = z.array(versionSchema);

const fixVersionOf = (v: z.infer<typeof versionSchema>): RoadmapFixVersion => {
  const releaseDate = day(v.releaseDate);
  return { id: v.id, name: v.name, released: v.released === true, ...(releaseDate ? { releaseDate } : {}) };
};

/** A project's versions as the port gives them. */
export function projectVersionsOf(list: z.infer<typeof projectVersionsSchema>): ProjectVersion[] {
  return list.map((v) => ({ ...fixVersionOf(v), archived: v.archived === true }));
}

const status = z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).optional() });
const roadmapIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z
    .object({
      summary: z.string(),
      issuetype: z.object({ name: z.string() }),
      status,
      project: z.object({ key: z.string() }),
      duedate: z.string().nullish(),
      fixVersions: z.array(versionSchema).nullish(),
      parent: z
        .object({
          id: z.string(),
          key: z.string(),
          fields: z
            .object({ summary: z.string().optional(), issuetype: z.object({ name: z.string() }).optional() })
            .optional(),
        })
        .nullish(),
    })
    // The start date is a custom field read by id, leniently: a value of another type is "no date".
    .catchall(z.unknown()),
  properties: z.record(z.string(), z.unknown()).nullish(),
});
export const roadmapSearchPageSchema = z.object({
  issues: z.array(roadmapIssueSchema).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

/** The search body: the roadmap's fields only, and the PM document for its KPI links. */
export function roadmapSearchBody(
  jql: string,
  options: SearchPageOptions,
  startField: string | undefined,
): Record<string, unknown> {
  return {
    jql,
    fields: [
      'summary',
      'issuetype',
      'status',
      'project',
      'duedate',
      'fixVersions',
      'parent',
      ...(startField ? [startField] : []),
    ],
    properties: [PM_PROPERTY_KEY],
    maxResults: options.pageSize,
    ...(options.pageToken ? { nextPageToken: options.pageToken } : {}),
  };
}

const day = (value: unknown): string | undefined => (typeof value === 'string' && DAY.test(value) ? value : undefined);

export function roadmapPageOf(
  page: z.infer<typeof roadmapSearchPageSchema>,
  startField: string | undefined,
): RoadmapItemPage {
  const items = page.issues.map((json): RoadmapItemRecord => {
    const f = json.fields;
    const pm = pmPropertySchema.safeParse(json.properties?.[PM_PROPERTY_KEY]);
    const startDate = startField ? day(f[startField]) : undefined;
    const dueDate = day(f.duedate);
    return {
      id: json.id,
      key: json.key,
      summary: f.summary,
      issueType: f.issuetype.name,
      projectKey: f.project.key,
      status: f.status.name,
      statusCategory: statusCategoryOf(f.status.statusCategory?.key),
      ...(startDate ? { startDate } : {}),
      ...(dueDate ? { dueDate } : {}),
      ...(f.parent
        ? {
            parent: {
              id: f.parent.id,
              key: f.parent.key,
              summary: f.parent.fields?.summary ?? f.parent.key,
              issueType: f.parent.fields?.issuetype?.name ?? '',
            },
          }
        : {}),
      fixVersions: (f.fixVersions ?? []).map(fixVersionOf),
      kpiKeys: pm.success ? pm.data.kpiKeys : [],
    };
  });
  const nextPageToken = page.isLast === true ? undefined : (page.nextPageToken ?? undefined);
  return { items, ...(nextPageToken ? { nextPageToken } : {}) };
}
