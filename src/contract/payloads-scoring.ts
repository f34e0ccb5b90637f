import { z } from 'zod';
import { scoreModelSchema } from './payloads';
import { scoringInputsSchema } from './pm-property';

/**
 * Payloads of the product owner's scoring aids: where a score ranks in the project (issue
 * panel; the issue and project come from the Forge context) and inline scoring in the backlog
 * (project page; the project comes from the context, the row's issue key from the payload and
 * is read as the caller, who needs Browse and Edit for it, and must be in that project).
 */
const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]{1,9}-\d+$/, 'must be an issue key like ABC-123');

export const getScoreRanksPayload = z.strictObject({
  /** Each model's score to rank: the saved one and the one being typed (at most two per model). */
  scores: z
    .array(z.strictObject({ model: scoreModelSchema, value: z.number().finite() }))
    .min(1)
    .max(14),
});

export const getBacklogScoringPayload = z.strictObject({ issueKey });

export const saveBacklogScoringPayload = z.strictObject({
  issueKey,
  /** The version the row's editor read; a newer stored version answers `conflict` with the current value. */
  version: z.number().int().min(0),
  scores: scoringInputsSchema,
});

/** "Lift to its dependant's rank" on a backlog row (the row's issue, read as the caller; the model the backlog ranks by). */
export const liftBlockerPayload = z.strictObject({ issueKey, model: scoreModelSchema.optional() });
