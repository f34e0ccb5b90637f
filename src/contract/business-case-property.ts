import { z } from 'zod';

/**
 * The business case and the Build / Buy / Partner decision of an initiative (or
 * the Consolidation item), stored on that issue in the entity property
 * `BUSINESS_CASE_PROPERTY_KEY` and versioned like the requirement document: a
 * save names the version it read. Only inputs are stored; every figure (effort,
 * investment, benefit, NPV, payback, the weighted result) is computed when read,
 * so it follows delivery effort and KPI actuals.
 */
export const BUSINESS_CASE_PROPERTY_KEY = 'pm-workflow.business-case';

export const businessCaseIssueKeySchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,9}-\d+$/, 'must be an issue key like ABC-123');
const money = z.number().finite().min(0).max(1e12);
const label = z.string().trim().min(1).max(80);
const optionId = z.string().regex(/^[a-z0-9-]{1,32}$/, 'must be a short id (a-z, 0-9, -)');

export const caseCostSchema = z.strictObject({ label, amount: money, kind: z.enum(['one-off', 'per-period']) });

/** One KPI's benefit: money per period for each unit the KPI improves over its baseline. */
export const caseBenefitSchema = z.strictObject({
  kpiKey: businessCaseIssueKeySchema,
  valuePerUnit: z.number().finite().min(-1e9).max(1e9),
});

/** What a product manager enters; absent money settings use the site's (admin page). */
export const businessCaseInputSchema = z.strictObject({
  costPerEffortUnit: money.optional(),
  yearlyDiscountRate: z.number().finite().gt(-1).max(10).optional(),
  periodMonths: z.union([z.literal(1), z.literal(3), z.literal(12)]).optional(),
  horizonPeriods: z.number().int().min(1).max(240).optional(),
  costs: z.array(caseCostSchema).max(30),
  benefits: z.array(caseBenefitSchema).max(20),
  /** The assumptions written down, one per entry. */
  assumptions: z.array(z.string().trim().min(1).max(500)).max(30),
});

export const decisionOptionSchema = z.strictObject({ id: optionId, name: label });
export const decisionCriterionSchema = z.strictObject({
  id: optionId,
  name: label,
  weight: z.number().finite().min(0).max(100),
});

export const decisionInputSchema = z
  .strictObject({
    options: z.array(decisionOptionSchema).min(1).max(8),
    criteria: z.array(decisionCriterionSchema).min(1).max(15),
    /** option id -> criterion id -> rating 0..10. */
    ratings: z.record(optionId, z.record(optionId, z.number().finite().min(0).max(10))),
    /** The option chosen; absent while the decision is open. */
    choice: optionId.optional(),
    rationale: z.string().trim().max(2000).optional(),
  })
  .refine((d) => new Set(d.options.map((o) => o.id)).size === d.options.length, {
    message: 'option ids must be unique',
    path: ['options'],
  })
  .refine((d) => new Set(d.criteria.map((c) => c.id)).size === d.criteria.length, {
    message: 'criterion ids must be unique',
    path: ['criteria'],
  })
  .refine((d) => d.choice === undefined || d.options.some((o) => o.id === d.choice), {
    message: 'must be one of the options',
    path: ['choice'],
  });

const who = z.strictObject({ accountId: z.string().min(1).max(128), displayName: z.string().max(255) });
const when = z.string().datetime({ offset: true });

export const businessCasePropertySchema = z.strictObject({
  schemaVersion: z.literal(1),
  version: z.number().int().min(0),
  case: businessCaseInputSchema.extend({ updatedAt: when, updatedBy: who }).optional(),
  /** `decidedBy` / `decidedAt` are set by the server (Forge context) when a choice is recorded. */
  decision: z
    .strictObject({
      input: decisionInputSchema,
      updatedAt: when,
      updatedBy: who,
      decidedBy: who.optional(),
      decidedAt: when.optional(),
    })
    .optional(),
});

export type BusinessCaseInput = z.infer<typeof businessCaseInputSchema>;
export type DecisionInput = z.infer<typeof decisionInputSchema>;
export type BusinessCaseProperty = z.infer<typeof businessCasePropertySchema>;
