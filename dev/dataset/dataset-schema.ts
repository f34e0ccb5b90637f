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
  /** Company-managed (`classic`, the default) or team-managed (`next-gen`, Jira's `simplified: true`). */
  style: z.enum(['classic', 'next-gen']).default('classic'),
  /**
   * Custom field ids on this project's screens (Jira's field configuration); absent = every
   * dataset field. Others are not rendered for its issues and cannot be set on them.
   */
  customFields: z.array(z.string()).optional(),
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

const projectGrant = z.union([z.literal('*'), z.array(z.string())]);

export const userSchema = z.object({
  accountId: z.string().min(1),
  displayName: z.string().min(1),
  emailAddress: z.string().email(),
  /** Emulator only: the API token for basic auth (`email:token`). */
  apiToken: z.string().min(1),
  /** Emulator only: Jira administrator (ADMINISTER global permission); browsing still needs `browseProjects`. */
  siteAdmin: z.boolean().default(false),
  /** Emulator only: BROWSE_PROJECTS - project keys this user may browse, or '*' for all. */
  browseProjects: projectGrant.default('*'),
  /**
   * Emulator only: EDIT_ISSUES (and CREATE_ISSUES) - project keys, or '*'; absent = the same as
   * `browseProjects` (older datasets). Editing also needs browsing, as in Jira.
   */
  editProjects: projectGrant.optional(),
  /** Emulator only: ADMINISTER_PROJECTS - project keys; administering does not grant browsing. */
  adminProjects: z.array(z.string()).default([]),
});

/** The app's own Jira user (what asApp acts as): bound by permission schemes like any user. */
export const appAccountSchema = z.object({
  browseProjects: projectGrant.default('*'),
  /** Absent = the same as `browseProjects`. */
  editProjects: projectGrant.optional(),
});

/**
 * Jira's limit on a summary: at most 255 characters (Jira's message says "less than 255"
 * though 255 itself is accepted), on a single line. Messages are Jira's own.
 */
export const SUMMARY_MAX = 255;
export const SUMMARY_MESSAGES = {
  tooLong: 'Summary must be less than 255 characters.',
  newline: 'The summary is invalid because it contains newline characters.',
  missing: 'You must specify a summary of the issue.',
} as const;

/** Jira's complaint about a summary, or undefined when it is acceptable. */
export function summaryProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return SUMMARY_MESSAGES.missing;
  if (value.length > SUMMARY_MAX) return SUMMARY_MESSAGES.tooLong;
  if (/[\r\n]/.test(value)) return SUMMARY_MESSAGES.newline;
  return undefined;
}

export const summarySchema = z.string().superRefine((value, ctx) => {
  const problem = summaryProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const issueLinkTypeSchema = z.object({
  id,
  name: z.string().min(1),
  inward: z.string().min(1),
  outward: z.string().min(1),
});

/**
 * A project version (Jira's Version: a release), as `GET /project/{key}/versions` lists it;
 * issues name theirs in `fixVersions`. Dates are calendar days (yyyy-mm-dd).
 */
export const versionSchema = z.object({
  id,
  projectId: id,
  name: z.string().min(1).max(255),
  description: z.string().default(''),
  released: z.boolean().default(false),
  archived: z.boolean().default(false),
  startDate: z.string().date().optional(),
  releaseDate: z.string().date().optional(),
});

export const issueLinkSchema = z.object({
  id,
  type: ref,
  outwardIssue: ref,
});

export const issueFieldsSchema = z
  .object({
    summary: summarySchema,
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
    /** Versions of the issue's own project (`versions[]` ids), as Jira's Fix versions field; absent = none. */
    fixVersions: z.array(ref).optional(),
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
  /** Project versions (releases); absent = none. */
  versions: z.array(versionSchema).default([]),
  users: z.array(userSchema).min(1),
  /** The app account's grants; absent = it may browse and edit every project. */
  appAccount: appAccountSchema.default({ browseProjects: '*' }),
  issues: z.array(issueSchema),
  /** Optional seed for the app's key-value storage (@forge/kvs): key -> JSON value. */
  appStorage: z.record(z.string(), z.unknown()).default({}),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type DatasetIssue = z.infer<typeof issueSchema>;
export type DatasetUser = z.infer<typeof userSchema>;
export type DatasetProject = z.infer<typeof projectSchema>;
export type DatasetVersion = z.infer<typeof versionSchema>;
export type DatasetAppAccount = z.infer<typeof appAccountSchema>;
