import { z } from 'zod';
import { noteIssueEvent, type IssueEventNote } from '../app/project-events/note-issue-event';
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
        fields: z
          .object({
            project: z
              .object({ key: z.string().min(1) })
              .partial()
              .loose()
              .optional(),
          })
          .loose()
          .optional(),
      })
      .loose(),
    atlassianId: z.string().optional(),
    changelog: z.unknown().optional(),
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

/** Forge's changelog on `avi:jira:updated:issue` (only the items used). */
const changelogSchema = z
  .object({
    items: z.array(
      z
        .object({ field: z.string().optional(), fieldId: z.string().optional(), fromString: z.string().nullish() })
        .loose(),
    ),
  })
  .loose();

/** The project an issue was moved out of: a move changes the issue key, `OLD-12` -> `NEW-3`. */
function movedFromProjectKey(changelog: unknown): string | undefined {
  const parsed = changelogSchema.safeParse(changelog);
  if (!parsed.success) return undefined;
  const keyItem = parsed.data.items.find((item) => item.fieldId === 'issuekey' || item.field === 'Key');
  return /^([A-Za-z][A-Za-z0-9_]*)-\d+$/.exec(keyItem?.fromString ?? '')?.[1]?.toUpperCase();
}

/**
 * Trigger handler (`pm-issue-events`): tells the changed projects, cheaply
 * and coalesced, that their stored state must catch up
 * (app/project-events/note-issue-event.ts); a queued run per project then
 * takes in everything that changed, one run at a time per project (Forge runs
 * triggers concurrently, so applying here would race). Unusable events are
 * ignored; when Jira, KVS or the queue fails, the handler throws so Forge
 * delivers the event again (noting twice is harmless).
 */
export async function handleIssueEvent(event: unknown): Promise<{ projects: Record<string, string> } | 'ignored'> {
  // One catch-up run per burst, held to a few Jira calls: the story-point fields come from app storage.
  const deps = composeDeps({ cacheStoryPointFields: true });
  const issueEvent = issueEventSchema.safeParse(event);
  const linkEvent = issueEvent.success ? undefined : issueLinkEventSchema.safeParse(event);
  let note: IssueEventNote;
  if (issueEvent.success) {
    const data = issueEvent.data;
    const projectKey = data.issue.fields?.project?.key;
    const movedFrom = data.eventType === 'avi:jira:updated:issue' ? movedFromProjectKey(data.changelog) : undefined;
    note = {
      kind: 'issue',
      change:
        data.eventType === 'avi:jira:created:issue'
          ? 'created'
          : data.eventType === 'avi:jira:deleted:issue'
            ? 'deleted'
            : 'updated',
      issueId: data.issue.id,
      ...(projectKey ? { projectKey } : {}),
      ...(movedFrom ? { movedFromProjectKey: movedFrom } : {}),
    };
  } else if (linkEvent?.success) {
    note = { kind: 'link', issueIds: [linkEvent.data.sourceIssueId, linkEvent.data.destinationIssueId] };
  } else {
    deps.logger.warn('ignored an issue event with an unexpected shape', {
      issues: (linkEvent?.error?.issues ?? []).slice(0, 3),
    });
    return 'ignored';
  }
  return { projects: await noteIssueEvent(deps, note) };
}
