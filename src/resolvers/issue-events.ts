import { z } from 'zod';
import type { IssueChangeTask } from '../ports/job-queue';
import { composeDeps } from './shared/compose-deps';

/**
 * Forge product-event payloads for `avi:jira:created|updated|deleted:issue`
 * and `avi:jira:created|deleted:issuelink` (only the fields used; see Forge's
 * Jira events reference). Unknown extra fields are Forge's to add.
 */
const issueEventSchema = z
  .object({
    eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue']),
    issue: z
      .object({
        id: z.string().regex(/^\d+$/),
        key: z.string().optional(),
        fields: z.object({ project: z.object({ key: z.string().min(1) }).partial().loose().optional() }).loose().optional(),
      })
      .loose(),
    atlassianId: z.string().optional(),
  })
  .loose();

const issueLinkEventSchema = z
  .object({
    eventType: z.enum(['avi:jira:created:issuelink', 'avi:jira:deleted:issuelink']),
    id: z.string(),
    sourceIssueId: z.string().regex(/^\d+$/),
    destinationIssueId: z.string().regex(/^\d+$/),
  })
  .loose();

/**
 * Trigger handler (`pm-issue-events`): turns the event into roll-up tasks on
 * the queue, which applies them one at a time per project (Forge runs
 * triggers concurrently, so applying here would race on the cached roll-up)
 * and retries them. A link changes both linked issues (a configured parent
 * link moves one under the other), so both are queued. Unusable events are
 * ignored; when Jira or the queue fails, the handler throws so Forge delivers
 * the event again (every task is idempotent).
 */
export async function handleIssueEvent(event: unknown): Promise<{ queued: number } | 'ignored'> {
  const deps = composeDeps();
  const issueEvent = issueEventSchema.safeParse(event);
  const linkEvent = issueEvent.success ? undefined : issueLinkEventSchema.safeParse(event);
  let tasks: IssueChangeTask[];
  if (issueEvent.success) {
    const data = issueEvent.data;
    const issueId = data.issue.id;
    const projectKey = data.issue.fields?.project?.key ?? (await deps.jira.getIssue(issueId, { as: 'app' }))?.issue.projectKey;
    if (!projectKey) {
      deps.logger.warn('issue event without a project', { eventType: data.eventType, issueId });
      return 'ignored';
    }
    tasks = [{ projectKey, issueId, change: data.eventType === 'avi:jira:deleted:issue' ? 'delete' : 'upsert' }];
  } else if (linkEvent?.success) {
    const linked = await deps.jira.bulkFetch([linkEvent.data.sourceIssueId, linkEvent.data.destinationIssueId], { as: 'app' });
    tasks = linked.map((r) => ({ projectKey: r.issue.projectKey, issueId: r.issue.id, change: 'upsert' as const }));
  } else {
    deps.logger.warn('ignored an issue event with an unexpected shape', { issues: (linkEvent?.error?.issues ?? []).slice(0, 3) });
    return 'ignored';
  }
  if (tasks.length > 0) await deps.queue.enqueueIssueChanges(tasks);
  return { queued: tasks.length };
}
