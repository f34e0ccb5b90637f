import { z } from 'zod';

/**
 * Zod schemas for the parts of Jira REST v3 responses the app reads - only
 * the fields it uses, everything else passes through unchecked. A response
 * that breaks these is reported with the path of the bad value.
 */

/**
 * The system fields every issue read asks for; the site's story-point fields are
 * added per request (see story-point-fields.ts), since their ids differ per site
 * and per project.
 */
export const ISSUE_FIELDS = [
  'summary',
  'issuetype',
  'status',
  'parent',
  'labels',
  'components',
  'updated',
  'issuelinks',
  'project',
] as const;

/** Asked for on reads that walk one level of a tree further (SearchOptions.withSubtasks). */
export const SUBTASKS_FIELD = 'subtasks';

const statusSchema = z.object({
  name: z.string(),
  statusCategory: z.object({ key: z.string() }).optional(),
});

const issueTypeSchema = z.object({ id: z.string().optional(), name: z.string() });

const linkedIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z
    .object({
      summary: z.string().optional(),
      status: statusSchema.optional(),
      issuetype: issueTypeSchema.optional(),
    })
    .optional(),
});

const issueLinkSchema = z.object({
  type: z.object({ name: z.string() }),
  inwardIssue: linkedIssueSchema.optional(),
  outwardIssue: linkedIssueSchema.optional(),
});

export const jiraIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z
    .object({
      summary: z.string(),
      issuetype: issueTypeSchema,
      status: statusSchema,
      project: z.object({ id: z.string(), key: z.string() }),
      parent: z.object({ id: z.string(), key: z.string() }).nullish(),
      labels: z.array(z.string()).nullish(),
      components: z.array(z.object({ name: z.string() })).nullish(),
      updated: z.string(),
      issuelinks: z.array(issueLinkSchema).nullish(),
      /** Only present when asked for (`subtasks` in the field list). */
      subtasks: z.array(linkedIssueSchema).nullish(),
    })
    // Custom fields (story points) are read leniently by id: a value of an unexpected type
    // means "no effort" for that issue, never a failed search.
    .catchall(z.unknown()),
  /** Entity properties requested with `properties=[...]`. */
  properties: z.record(z.string(), z.unknown()).nullish(),
});
export type JiraIssueJson = z.infer<typeof jiraIssueSchema>;

export const searchPageSchema = z.object({
  issues: z.array(jiraIssueSchema).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export const bulkFetchSchema = z.object({
  issues: z.array(jiraIssueSchema).default([]),
});

export const entityPropertySchema = z.object({ key: z.string(), value: z.unknown() });

export const projectSchema = z.object({ id: z.string(), key: z.string(), name: z.string() });

export const projectSearchPageSchema = z.object({
  values: z.array(projectSchema).default([]),
  isLast: z.boolean().optional(),
  total: z.number().optional(),
});

export const myPermissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

/** `GET /rest/api/3/field`: what story-point discovery reads of each field. */
export const fieldListSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    custom: z.boolean().optional(),
    schema: z.object({ type: z.string().optional(), custom: z.string().optional() }).nullish(),
  }),
);
export type JiraFieldJson = z.infer<typeof fieldListSchema>[number];

/** `GET /rest/api/3/serverInfo`: only the site's default time zone is read (the rest is Jira's business). */
export const serverInfoSchema = z.object({ serverTimeZone: z.string().max(100).optional() });

export const myselfSchema = z.object({ accountId: z.string(), displayName: z.string().default('') });

/** Jira's error body: `{errorMessages, errors}`. */
export const jiraErrorBodySchema = z.object({
  errorMessages: z.array(z.string()).default([]),
  errors: z.record(z.string(), z.string()).default({}),
});
