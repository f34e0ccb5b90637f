import { z } from 'zod';
import { MOSCOW_CATEGORIES } from '../domain/issue/moscow-categories';
import { ALL_SCORE_MODELS } from './score-models';

/**
 * The per-issue PM data document, stored in the Jira issue entity property
 * `PM_PROPERTY_KEY` so it moves with the issue and other tools can read it.
 * Numbers are stored as entered; range checks belong to the domain scorers,
 * which answer "not scored" with reasons instead of rejecting the document.
 */
export const PM_PROPERTY_KEY = 'pm-workflow.requirement';
export const PM_PROPERTY_SCHEMA_VERSION = 1;

const optionalNumber = z.number().finite().nullable().optional();

export const moscowSchema = z.enum(MOSCOW_CATEGORIES);
export const kanoAnswerSchema = z.enum(['like', 'expect', 'neutral', 'tolerate', 'dislike']);

/**
 * Strict at every depth: the payloads that carry scoring inputs (saveRequirement,
 * previewScore) reject an unknown field instead of silently dropping it, and the app
 * never stores a field it did not accept.
 */
export const scoringInputsSchema = z.strictObject({
  rice: z
    .strictObject({ reach: optionalNumber, impact: optionalNumber, confidence: optionalNumber, effort: optionalNumber })
    .optional(),
  wsjf: z
    .strictObject({
      userBusinessValue: optionalNumber,
      timeCriticality: optionalNumber,
      riskReduction: optionalNumber,
      jobSize: optionalNumber,
    })
    .optional(),
  ice: z.strictObject({ impact: optionalNumber, confidence: optionalNumber, ease: optionalNumber }).optional(),
  valueEffort: z.strictObject({ value: optionalNumber, effort: optionalNumber }).optional(),
  /** criterion id -> rating; criteria and weights come from configuration. */
  weighted: z.record(z.string(), z.number().finite()).optional(),
  moscow: moscowSchema.optional(),
  kano: z.strictObject({ functional: kanoAnswerSchema, dysfunctional: kanoAnswerSchema }).optional(),
  /** Kano from many respondents: one answer pair each (200 fit the 32 KB issue property with room to spare). */
  kanoSurvey: z
    .strictObject({
      responses: z
        .array(
          z.strictObject({
            functional: kanoAnswerSchema,
            dysfunctional: kanoAnswerSchema,
            respondent: z.string().trim().min(1).max(80).optional(),
          }),
        )
        .min(1)
        .max(200),
    })
    .optional(),
});

/** Values copied into the document so `jira:entityProperty` can index them for JQL. */
export const indexedValuesSchema = z.object({
  phase: z.string().optional(),
  /** The persona issue's key (pmPersona), so the backlog filters by persona in JQL. */
  persona: z.string().optional(),
  score: z.number().finite().optional(),
  readiness: z.number().int().min(0).max(100).optional(),
  /**
   * Written as the string "true" / "false": manifest.yml indexes it as a
   * `string` (Jira's entity-property index types have no boolean), so
   * `pmStale = "true"` works in JQL. Documents written before accept a boolean.
   */
  stale: z.union([z.enum(['true', 'false']), z.boolean()]).optional(),
  /**
   * Each model's rank value (score-views.ts `rankValue`: the number, or MoSCoW / Kano order),
   * absent when not scored by that model; indexed per model (score-index.ts) so Jira orders pages.
   */
  scores: z.partialRecord(z.enum(ALL_SCORE_MODELS), z.number().finite()).optional(),
});

export const pmPropertySchema = z.object({
  schemaVersion: z.literal(PM_PROPERTY_SCHEMA_VERSION),
  /** Optimistic-concurrency counter: a save must name the version it read. */
  version: z.number().int().min(0),
  /** Phase id override; otherwise the phase comes from the issue type mapping. */
  phase: z.string().optional(),
  problemKey: z.string().optional(),
  personaKey: z.string().optional(),
  scenarioKey: z.string().optional(),
  kpiKeys: z.array(z.string()).default([]),
  scores: scoringInputsSchema.default({}),
  /** When the scoring inputs last changed (ISO 8601); drives staleness. */
  scoredAt: z.string().datetime({ offset: true }).optional(),
  updatedAt: z.string().datetime({ offset: true }).optional(),
  updatedBy: z.string().optional(),
  index: indexedValuesSchema.default({}),
});

export type PmProperty = z.infer<typeof pmPropertySchema>;
export type ScoringInputs = z.infer<typeof scoringInputsSchema>;

/**
 * A KPI lives on its own issue (the workflow's "Check: KPIs" item) in the
 * entity property `KPI_PROPERTY_KEY`, so requirements link to it by issue key
 * and readiness can see whether it exists and is done.
 */
export const KPI_PROPERTY_KEY = 'pm-workflow.kpi';

export const kpiActualSchema = z.strictObject({ date: z.string().date(), value: z.number().finite() });

export const kpiPropertySchema = z.object({
  schemaVersion: z.literal(1),
  version: z.number().int().min(0),
  name: z.string().min(1),
  unit: z.string(),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  baseline: z.number().finite(),
  target: z.number().finite(),
  periodStart: z.string().date(),
  dueDate: z.string().date(),
  /** Share of expected progress (0..1) below which the KPI is at risk / off track. */
  thresholds: z.object({ atRisk: z.number().min(0).max(1), offTrack: z.number().min(0).max(1) }),
  actuals: z.array(kpiActualSchema).default([]),
});

export type KpiProperty = z.infer<typeof kpiPropertySchema>;
