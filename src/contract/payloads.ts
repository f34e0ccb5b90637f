import { z } from 'zod';
import { kanoAnswerSchema, kpiActualSchema, moscowSchema, scoringInputsSchema } from './pm-property';

/**
 * One zod schema per resolver payload. Resolvers parse with these and answer a
 * `validation` error naming the bad path; nothing here carries identity or
 * issue / project selection for pages that have a context (the Forge context
 * decides those).
 */
export const scoreModelSchema = z.enum(['rice', 'wsjf', 'ice', 'valueEffort', 'weighted', 'moscow', 'kano']);
export type ScoreModel = z.infer<typeof scoreModelSchema>;

const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]{1,9}-\d+$/, 'must be an issue key like ABC-123');

export const getDashboardPayload = z
  .object({
    /** The model used as the main score (ranking, JQL index); defaults to the configured one. */
    model: scoreModelSchema.optional(),
  })
  .strict();

export const exportBacklogCsvPayload = z.object({ model: scoreModelSchema.optional() }).strict();

export const getRequirementContextPayload = z.object({}).strict();

export const requirementChangesSchema = z
  .object({
    phase: z.string().min(1).nullable().optional(),
    problemKey: issueKey.nullable().optional(),
    personaKey: issueKey.nullable().optional(),
    scenarioKey: issueKey.nullable().optional(),
    kpiKeys: z.array(issueKey).max(20).optional(),
    scores: scoringInputsSchema.optional(),
  })
  .strict();

export const saveRequirementPayload = z
  .object({
    /** The version the client read; a newer stored version answers `conflict`. */
    version: z.number().int().min(0),
    changes: requirementChangesSchema,
  })
  .strict();

export const previewScorePayload = z.object({ scores: scoringInputsSchema }).strict();

export const kpiDefinitionInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    unit: z.string().max(20),
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    baseline: z.number().finite(),
    target: z.number().finite(),
    periodStart: z.string().date(),
    dueDate: z.string().date(),
    thresholds: z.object({ atRisk: z.number().min(0).max(1), offTrack: z.number().min(0).max(1) }),
  })
  .strict()
  .refine((k) => k.target !== k.baseline, { message: 'target must differ from baseline', path: ['target'] })
  .refine((k) => k.dueDate > k.periodStart, { message: 'dueDate must be after periodStart', path: ['dueDate'] })
  .refine((k) => k.thresholds.offTrack <= k.thresholds.atRisk, {
    message: 'offTrack threshold must not exceed atRisk threshold',
    path: ['thresholds', 'offTrack'],
  });

export const defineKpiPayload = z.object({ version: z.number().int().min(0), definition: kpiDefinitionInput }).strict();

export const recordKpiActualPayload = z.object({ version: z.number().int().min(0), actual: kpiActualSchema }).strict();

export const getConfigPayload = z.object({}).strict();

/** The config body is validated by the domain's versioned config schema. */
export const saveConfigPayload = z
  .object({ version: z.number().int().min(0), config: z.unknown(), projectKey: z.string().optional() })
  .strict();

export const getPortfolioPayload = z
  .object({
    cursor: z.string().max(200).optional(),
    pageSize: z.number().int().min(1).max(50).default(20),
    model: scoreModelSchema.optional(),
  })
  .strict();

export const exportPortfolioCsvPayload = z.object({ model: scoreModelSchema.optional() }).strict();

export const startRollupPayload = z.object({}).strict();

export const getRollupProgressPayload = z.object({ jobId: z.string().min(1).max(100) }).strict();

export { kanoAnswerSchema, moscowSchema };
