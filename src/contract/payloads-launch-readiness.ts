import { z } from 'zod';

/** The project page's launches (project from the Forge context) with their go-to-market readiness. */
export const getLaunchReadinessPayload = z.strictObject({
  /** A release (fix version id) or an initiative (issue key) to show alone; absent: the Launch-phase issues. */
  launch: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('release'), id: z.string().regex(/^\d{1,18}$/) }),
      z.strictObject({
        kind: z.literal('initiative'),
        key: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}-\d+$/, 'must be an issue key like ABC-123'),
      }),
    ])
    .optional(),
});

export type LaunchPick = NonNullable<z.infer<typeof getLaunchReadinessPayload>['launch']>;
