import { z } from 'zod';
import { scoreModelSchema } from './payloads';

/**
 * The dashboard gadget's payloads and its configuration. The configuration is what the
 * gadget's edit view submits (`view.submit`); Jira keeps it per gadget and hands it back in
 * the Forge context (`extension.gadgetConfiguration`), which is where the resolver reads it:
 * the payload selects nothing.
 */
export const gadgetConfigurationSchema = z.strictObject({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'must be a project key like ABC'),
  /** Absent: the site's configured primary model (it follows a later admin change). */
  model: scoreModelSchema.optional(),
  /** Jira's own auto-refresh interval in minutes (the edit view may submit it; Jira reads it). */
  refresh: z.number().int().min(1).max(1440).optional(),
});
export type GadgetConfiguration = z.infer<typeof gadgetConfigurationSchema>;

/** How many requirements the gadget lists (its frame is small). */
export const GADGET_TOP_DEFAULT = 5;

export const getGadgetPayload = z.strictObject({
  top: z.number().int().min(1).max(10).default(GADGET_TOP_DEFAULT),
});

export const getGadgetOptionsPayload = z.strictObject({});
