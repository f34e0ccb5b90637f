import { z } from 'zod';

/**
 * Bodies of the async events on `pm-rollup-queue` (pushed by
 * src/adapters/forge-events-job-queue.ts, parsed by the consumer). Each body
 * names its type; a chunk body without one is from before the types existed.
 */
export const ROLLUP_EVENT_TYPES = {
  chunk: 'rollup-chunk',
  catchUp: 'project-catch-up',
  snapshot: 'project-snapshot',
  rollupProperties: 'rollup-properties',
} as const;

const projectKey = z.string().min(1).max(255);

export const rollupChunkBodySchema = z
  .object({
    type: z.literal(ROLLUP_EVENT_TYPES.chunk).optional(),
    jobId: z.string().min(1),
    chunk: z.number().int().min(0),
    projectKeys: z.array(projectKey),
    accountId: z.string().min(1),
    carried: z
      .object({
        processed: z.number().int().min(0),
        failed: z.array(projectKey),
        notReadable: z.array(projectKey),
      })
      .strict()
      .optional(),
  })
  .strict();

/** One coalesced catch-up run of a project's stored state (app/project-events/catch-up-project.ts). */
export const catchUpBodySchema = z
  .object({
    type: z.literal(ROLLUP_EVENT_TYPES.catchUp),
    projectKey,
    settle: z.boolean(),
  })
  .strict();

export const snapshotBodySchema = z
  .object({
    type: z.literal(ROLLUP_EVENT_TYPES.snapshot),
    projectKey,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .strict();

/** One coalesced write-back of a project's roll-up values to its parents' properties (app/rollup-property). */
export const rollupPropertiesBodySchema = z
  .object({
    type: z.literal(ROLLUP_EVENT_TYPES.rollupProperties),
    projectKey,
  })
  .strict();

export const rollupEventBodySchema = z.union([
  catchUpBodySchema,
  snapshotBodySchema,
  rollupPropertiesBodySchema,
  rollupChunkBodySchema,
]);
export type RollupEventBody = z.infer<typeof rollupEventBodySchema>;

/** Forge's v2 `AsyncEvent` as the `function:` consumer receives it (@forge/events 3.x). */
export const asyncEventSchema = z
  .object({
    queueName: z.string().optional(),
    body: z.unknown(),
    jobId: z.string().min(1),
    eventId: z.string().min(1),
    delayInSeconds: z.number().optional(),
    concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
    retryContext: z
      .object({ retryCount: z.number().int(), retryReason: z.string(), retryData: z.unknown().optional() })
      .loose()
      .optional(),
  })
  .strict();
