import { z } from 'zod';
import { evidenceIssueKeySchema, evidenceRatingShape } from './evidence-property';

/** The evidence of the issue in the Forge context (the issue panel's Evidence tab). */
export const getEvidencePayload = z.strictObject({});

/**
 * One change to the issue's evidence, under the version the client read (a newer
 * stored version answers `conflict`):
 * - `link`: link an evidence issue the caller can see, or re-rate one already linked;
 * - `unlink`: remove the link to an evidence issue the caller can see;
 * - `removeHidden`: remove every link to evidence the caller cannot see (the one explicit
 *   way; other changes never touch those links).
 */
export const evidenceChangeSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('link'), key: evidenceIssueKeySchema, ...evidenceRatingShape }),
  z.strictObject({ action: z.literal('unlink'), key: evidenceIssueKeySchema }),
  z.strictObject({ action: z.literal('removeHidden') }),
]);

export const saveEvidencePayload = z.strictObject({
  version: z.number().int().min(0),
  change: evidenceChangeSchema,
});

export type EvidenceChange = z.infer<typeof evidenceChangeSchema>;
