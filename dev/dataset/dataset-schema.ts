import { z } from 'zod';

/**
 * The dataset file format the local runtime loads (`npm start -- --dataset FILE`)
 * and the demo generator produces. Shapes follow Jira REST v3 (the objects the
 * API returns), trimmed to what the emulator needs, plus the emulator-only user
 * fields (API token, site admin, browsable projects). References between
 * objects use ids (`{id}`), as Jira's own payloads do.
 */

const id = z.string().regex(/^\d+$/, 'must be a numeric string id, as Jira uses');
const isoDateTime = z.string().datetime({ offset: true });
const ref = z.object({ id });

export const projectSchema = z.object({
  id,
  key: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a Jira project key (2-10 upper-case letters or digits)'),
  name: z.string().min(1),
  projectTypeKey: z.enum(['software', 'business', 'service_desk', 'product_discovery']).default('software'),
  description: z.string().default(''),
  lead: z.object({ accountId: z.string() }).optional(),
});

export const issueTypeSchema = z.object({
  id,
  name: z.string().min(1),
  description: z.string().default(''),
  subtask: z.boolean(),
  /** -1 sub-task, 0 standard, 1 epic, 2 and up above epic (e.g. Initiative). */
  hierarchyLevel: z.number().int().min(-1).max(5),
});

export const statusCategoryKeySchema = z.enum(['new', 'indeterminate', 'done']);

export const statusSchema = z.object({
  id,
  name: z.string().min(1),
  statusCategory: statusCategoryKeySchema,
});

export const fieldSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  custom: z.boolean(),
  /** Jira's field schema, e.g. {type:'number', custom:'...float', customId: 10016}. */
  schema: z
    .object({
      type: z.string(),
      items: z.string().optional(),
      system: z.string().optional(),
      custom: z.string().optional(),
      customId: z.number().int().optional(),
    })
    .optional(),
});

export const userSchema = z.object({
  accountId: z.string().min(1),
  displayName: z.string().min(1),
  emailAddress: z.string().email(),
  /** Emulator only: the API token for basic auth (`email:token`). */
  apiToken: z.string().min(1),
  /** Emulator only: Jira administrator (ADMINISTER) - sees every project. */
  siteAdmin: z.boolean().default(false),
  /** Emulator only: project keys this user may browse, or '*' for all. */
  browseProjects: z.union([z.literal('*'), z.array(z.string())]).default('*'),
  /** Emulator only: project keys this user administers. */
  adminProjects: z.array(z.string()).default([]),
});

export const issueLinkTypeSchema = z.object({
  id,
  name: z.string().min(1),
  inward: z.string().min(1),
  outward: z.string().min(1),
});

export const issueLinkSchema = z.object({
  id,
  type: ref,
  outwardIssue: ref,
});

export const issueFieldsSchema = z
  .object({
    summary: z.string().min(1),
    issuetype: ref,
    project: ref,
    status: ref,
    parent: ref.optional(),
    labels: z.array(z.string().regex(/^\S+$/, 'labels cannot contain spaces')).default([]),
    components: z.array(z.object({ name: z.string().min(1) })).default([]),
    assignee: z.object({ accountId: z.string() }).nullable().default(null),
    reporter: z.object({ accountId: z.string() }).nullable().default(null),
    created: isoDateTime,
    updated: isoDateTime,
    resolutiondate: isoDateTime.nullable().default(null),
    duedate: z.string().date().nullable().default(null),
    /** Outward links only; the emulator derives the inward side. */
    issuelinks: z.array(issueLinkSchema).default([]),
  })
  // Custom field values (customfield_NNNNN) are kept as given.
  .catchall(z.unknown());

export const issueSchema = z.object({
  id,
  key: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}-\d+$/, 'must be an issue key like ABC-123'),
  fields: issueFieldsSchema,
  /** Issue entity properties: property key -> JSON value. */
  properties: z.record(z.string(), z.unknown()).default({}),
});

export const datasetSchema = z.object({
  /** Format version of this file. */
  format: z.literal('pm-workflow-dataset/1'),
  projects: z.array(projectSchema).min(1),
  issueTypes: z.array(issueTypeSchema).min(1),
  statuses: z.array(statusSchema).min(1),
  fields: z.array(fieldSchema).default([]),
  issueLinkTypes: z.array(issueLinkTypeSchema).default([]),
  users: z.array(userSchema).min(1),
  issues: z.array(issueSchema),
  /** Optional seed for the app's key-value storage (@forge/kvs): key -> JSON value. */
  appStorage: z.record(z.string(), z.unknown()).default({}),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type DatasetIssue = z.infer<typeof issueSchema>;
export type DatasetUser = z.infer<typeof userSchema>;
export type DatasetProject = z.infer<typeof projectSchema>;
