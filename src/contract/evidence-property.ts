import { z } from 'zod';

/**
 * The customer evidence linked to a problem or requirement, stored on that issue
 * in the entity property `EVIDENCE_PROPERTY_KEY` (so it moves with the issue) and
 * versioned like the requirement document: a save names the version it read.
 * Each entry names an evidence issue (of a phase configured as evidence, see
 * domain/workflow/evidence-settings.ts) with its strength and source.
 */
export const EVIDENCE_PROPERTY_KEY = 'pm-workflow.evidence';

/** At most this many evidence entries per issue (about 300 characters each: far under Jira's 32,768). */
export const EVIDENCE_MAX_ENTRIES = 60;

export const evidenceIssueKeySchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,9}-\d+$/, 'must be an issue key like ABC-123');
export const evidenceStrengthSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export const evidenceSourceKindSchema = z.enum(['customer', 'segment']);

/** What a product owner says about one evidence item; shared by the stored entry and the save payload. */
export const evidenceRatingShape = {
  strength: evidenceStrengthSchema,
  sourceKind: evidenceSourceKindSchema,
  /** The customer's or segment's name. */
  source: z.string().trim().min(1).max(80),
  /** The day it was heard (YYYY-MM-DD). */
  observedOn: z.string().date(),
  note: z.string().trim().max(280).optional(),
};

export const evidenceEntrySchema = z.strictObject({
  key: evidenceIssueKeySchema,
  ...evidenceRatingShape,
  linkedBy: z.string().min(1).max(128),
  linkedAt: z.string().datetime({ offset: true }),
});

export const evidencePropertySchema = z.strictObject({
  schemaVersion: z.literal(1),
  version: z.number().int().min(0),
  entries: z.array(evidenceEntrySchema).max(EVIDENCE_MAX_ENTRIES),
});

export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;
export type EvidenceProperty = z.infer<typeof evidencePropertySchema>;
