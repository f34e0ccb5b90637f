import { z } from 'zod';
import { READINESS_STATES } from '../domain/readiness/readiness-states';
import { ALL_SCORE_MODELS } from './score-models';
import { kanoAnswerSchema, kpiActualSchema, moscowSchema, scoringInputsSchema } from './pm-property';
import { PORTFOLIO_PAGE_SIZE } from './portfolio-page-size';

/**
 * One zod schema per resolver payload, strict at every depth (an unknown field
 * anywhere is a `validation` error, never silently dropped). Resolvers parse with these and answer a
 * `validation` error naming the bad path; nothing here carries identity or
 * issue / project selection for pages that have a context (the Forge context
 * decides those).
 */
export const scoreModelSchema = z.enum(ALL_SCORE_MODELS);
export type ScoreModel = z.infer<typeof scoreModelSchema>;

const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]{1,9}-\d+$/, 'must be an issue key like ABC-123');

export const getDashboardPayload = z.strictObject({
  /** The model used as the main score (ranking, JQL index); defaults to the configured one. */
  model: scoreModelSchema.optional(),
});

/** `open` leaves out issues in a Done status category (`statusCategory != Done`). */
export const backlogStatusFilterSchema = z.enum(['open', 'all']);
export type BacklogStatusFilter = z.infer<typeof backlogStatusFilterSchema>;

/**
 * The backlog's filters, each one a JQL clause on the server (app/dashboard/backlog-jql.ts), so
 * Jira pages the filtered backlog and the CSV export reads the same issues. Open work by default.
 */
export const backlogFilterSchema = z.strictObject({
  status: backlogStatusFilterSchema.default('open'),
  statusCategory: z.enum(['new', 'indeterminate', 'done']).optional(),
  /** A phase id of the configuration (indexed as pmPhase). */
  phase: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a phase id')
    .optional(),
  moscow: moscowSchema.optional(),
  readiness: z.enum(READINESS_STATES).optional(),
  /** The epic (any parent) whose children to show. */
  epic: issueKey.optional(),
  /** The persona issue the requirements name (indexed as pmPersona). */
  persona: issueKey.optional(),
});
export type BacklogFilter = z.infer<typeof backlogFilterSchema>;

export const exportBacklogCsvPayload = z.strictObject({
  model: scoreModelSchema.optional(),
  /** The backlog's filter as shown: the export reads exactly the issues of its JQL. */
  filter: backlogFilterSchema.default({ status: 'open' }),
});

/** One page of the project's ranked backlog, ordered by Jira on the model's indexed score. */
export const getBacklogPagePayload = z.strictObject({
  /** Defaults to the configured primary model. */
  model: scoreModelSchema.optional(),
  pageSize: z.number().int().min(1).max(50).default(20),
  /** The `nextPageToken` of the previous page, as it was answered (opaque). */
  pageToken: z.string().min(1).max(4000).optional(),
  filter: backlogFilterSchema.default({ status: 'open' }),
});

export const getRequirementContextPayload = z.strictObject({});

/** The upstream links of a requirement, as `pm.hiddenLinks` and `changes.removeHiddenLinks` name them. */
export const linkFieldSchema = z.enum(['problem', 'persona', 'scenario', 'kpi']);
export type LinkField = z.infer<typeof linkFieldSchema>;

export const requirementChangesSchema = z.strictObject({
  phase: z.string().min(1).nullable().optional(),
  problemKey: issueKey.nullable().optional(),
  personaKey: issueKey.nullable().optional(),
  scenarioKey: issueKey.nullable().optional(),
  /** The KPIs the caller can see; linked KPIs they cannot see are kept unless `removeHiddenLinks` has 'kpi'. */
  kpiKeys: z.array(issueKey).max(20).optional(),
  scores: scoringInputsSchema.optional(),
  /**
   * Links to items the caller cannot see are never changed by a save (not by
   * `null`, not by a new key) unless named here: the one explicit way to
   * remove "an item you cannot see" (and, for a single link, to replace it).
   */
  removeHiddenLinks: z.array(linkFieldSchema).max(4).optional(),
});

export const saveRequirementPayload = z.strictObject({
  /** The version the client read; a newer stored version answers `conflict`. */
  version: z.number().int().min(0),
  changes: requirementChangesSchema,
});

export const previewScorePayload = z.strictObject({ scores: scoringInputsSchema });

/** A target equal to the baseline is a "maintain" KPI (keep a level); it has a status too. */
export const kpiDefinitionInput = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    unit: z.string().max(20),
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    baseline: z.number().finite(),
    target: z.number().finite(),
    periodStart: z.string().date(),
    dueDate: z.string().date(),
    thresholds: z.strictObject({ atRisk: z.number().min(0).max(1), offTrack: z.number().min(0).max(1) }),
  })
  .refine((k) => k.dueDate > k.periodStart, { message: 'dueDate must be after periodStart', path: ['dueDate'] })
  .refine((k) => k.thresholds.offTrack <= k.thresholds.atRisk, {
    message: 'offTrack threshold must not exceed atRisk threshold',
    path: ['thresholds', 'offTrack'],
  });

export const defineKpiPayload = z.strictObject({ version: z.number().int().min(0), definition: kpiDefinitionInput });

export const recordKpiActualPayload = z.strictObject({ version: z.number().int().min(0), actual: kpiActualSchema });

export const getConfigPayload = z.strictObject({});

/** The config body is validated by the domain's versioned config schema. */
export const saveConfigPayload = z.strictObject({
  version: z.number().int().min(0),
  config: z.unknown(),
  projectKey: z.string().optional(),
});

export const getSiteOptionsPayload = z.strictObject({});

/** One mapping rule as the admin page edits it; the domain's config schema still checks the saved whole. */
const mappingRuleInput = z.strictObject({
  phaseId: z.string().min(1).max(64),
  issueType: z.string().trim().min(1).max(255),
  labels: z.array(z.string().min(1).max(255)).min(1).max(50).optional(),
  components: z.array(z.string().min(1).max(255)).min(1).max(50).optional(),
});

export const previewMappingPayload = z
  .strictObject({
    /** The site-wide rules as edited (the draft, not what is saved): precedence depends on the others. */
    rules: z.array(mappingRuleInput).min(1).max(500),
    /** Which of `rules` to count. */
    index: z.number().int().min(0),
  })
  .refine((p) => p.index < p.rules.length, { message: 'must point at one of the rules', path: ['index'] });

export const getPortfolioPayload = z.strictObject({
  cursor: z.string().max(200).optional(),
  pageSize: z.number().int().min(1).max(50).default(PORTFOLIO_PAGE_SIZE),
  model: scoreModelSchema.optional(),
});

export const exportPortfolioCsvPayload = z.strictObject({ model: scoreModelSchema.optional() });

export const startRollupPayload = z.strictObject({});

export const getRollupProgressPayload = z.strictObject({ jobId: z.string().min(1).max(100) });

export { kanoAnswerSchema, moscowSchema };
