import { z } from 'zod';
import { AppError } from '../../app/shared/app-error';

/**
 * The parts of the Forge resolver context the app trusts for identity and
 * selection (DESIGN.md s.3): the account from the platform, and the project /
 * issue of the module the user opened. Payloads never carry these.
 */
const forgeContextSchema = z.object({
  accountId: z.string().min(1).optional(),
  extension: z
    .object({
      type: z.string().optional(),
      project: z.object({ id: z.string().optional(), key: z.string().min(1) }).optional(),
      issue: z.object({ id: z.string().optional(), key: z.string().min(1) }).optional(),
      /** A dashboard gadget's saved settings (what its edit view submitted); the use case parses it. */
      gadgetConfiguration: z.unknown().optional(),
    })
    .passthrough()
    .optional(),
});

export interface TrustedContext {
  accountId: string;
  projectKey?: string;
  issueKey?: string;
  /** Set on a `jira:dashboardGadget` (Jira keeps it per gadget); not parsed here. */
  gadgetConfiguration?: unknown;
}

export function trustedContext(raw: unknown): TrustedContext {
  const parsed = forgeContextSchema.safeParse(raw ?? {});
  if (!parsed.success || !parsed.data.accountId) {
    throw new AppError('forbidden', 'This function needs a signed-in Jira user.');
  }
  const { accountId, extension } = parsed.data;
  return {
    accountId,
    ...(extension?.project ? { projectKey: extension.project.key } : {}),
    ...(extension?.issue ? { issueKey: extension.issue.key } : {}),
    ...(extension?.gadgetConfiguration !== undefined ? { gadgetConfiguration: extension.gadgetConfiguration } : {}),
  };
}

export function requireProject(context: TrustedContext): string {
  if (!context.projectKey) throw new AppError('forbidden', 'This function only works on a project page.');
  return context.projectKey;
}

export function requireIssue(context: TrustedContext): string {
  if (!context.issueKey) throw new AppError('forbidden', 'This function only works on an issue.');
  return context.issueKey;
}
