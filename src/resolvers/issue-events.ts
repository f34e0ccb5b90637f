import { z } from 'zod';
import { applyIssueEvent, type IssueEventOutcome } from '../app/rollup/apply-issue-event';
import { composeDeps } from './shared/compose-deps';

/**
 * Forge product-event payload for `avi:jira:created|updated|deleted:issue`
 * (only the fields used; see Forge's Jira events reference).
 */
const issueEventSchema = z.object({
  eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue']),
  issue: z.object({
    id: z.string(),
    key: z.string().optional(),
    fields: z.object({ project: z.object({ key: z.string() }).partial().optional() }).passthrough().optional(),
  }),
  atlassianId: z.string().optional(),
});

const KINDS = {
  'avi:jira:created:issue': 'created',
  'avi:jira:updated:issue': 'updated',
  'avi:jira:deleted:issue': 'deleted',
} as const;

/**
 * Trigger handler (`pm-issue-events`): updates the cached roll-up of the
 * changed issue's project incrementally. Never throws - Forge does not retry
 * triggers, and a missed update is repaired by the daily full recompute.
 */
export async function handleIssueEvent(event: unknown): Promise<IssueEventOutcome | 'ignored' | 'failed'> {
  const deps = composeDeps();
  const parsed = issueEventSchema.safeParse(event);
  if (!parsed.success) {
    deps.logger.warn('ignored an issue event with an unexpected shape', { issues: parsed.error.issues.slice(0, 3) });
    return 'ignored';
  }
  const { eventType, issue } = parsed.data;
  const projectKey = issue.fields?.project?.key;
  try {
    return await applyIssueEvent(deps, { kind: KINDS[eventType], issueId: issue.id, ...(projectKey ? { projectKey } : {}) });
  } catch (error) {
    deps.logger.error('issue event handling failed', error, { eventType, issueId: issue.id });
    return 'failed';
  }
}
