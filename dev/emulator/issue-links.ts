import { z } from 'zod';
import type { DatasetIssue } from '../dataset/dataset-schema';
import type { RequestContext } from './context';
import { httpError, MESSAGES, noContent } from './errors';
import type { IssueEvent } from './types';
import { canEdit } from './permissions';

/**
 * `POST /issueLink` and `DELETE /issueLink/{linkId}`, emitting Forge's
 * `avi:jira:created|deleted:issuelink` (one event per link; the issues
 * themselves get no update event, as in Jira). The link is stored on the
 * `inwardIssue` of the request, pointing at its `outwardIssue` (the dataset's
 * `issuelinks[].outwardIssue`); that issue is the event's source.
 * Needs Browse on both issues and Edit (Jira's Link Issues) on the source.
 */
const issueRef = z
  .object({ id: z.string().min(1).optional(), key: z.string().min(1).optional() })
  .loose()
  .refine((ref) => ref.id !== undefined || ref.key !== undefined);
const createLinkSchema = z
  .object({
    type: z
      .object({ id: z.string().min(1).optional(), name: z.string().min(1).optional() })
      .loose()
      .refine((t) => t.id !== undefined || t.name !== undefined),
    inwardIssue: issueRef,
    outwardIssue: issueRef,
    comment: z.unknown().optional(),
  })
  .strict();

function refOf(ref: z.infer<typeof issueRef>): string {
  return ref.id ?? ref.key ?? '';
}

function visible(ctx: RequestContext, idOrKey: string): DatasetIssue {
  const issue = ctx.core.visibleIssue(ctx.principal, idOrKey);
  if (!issue) throw httpError(404, MESSAGES.issueNotFound);
  return issue;
}

function linkEvent(
  ctx: RequestContext,
  type: 'avi:jira:created:issuelink' | 'avi:jira:deleted:issuelink',
  linkId: string,
  source: DatasetIssue,
  destination: DatasetIssue,
  typeId: string,
): IssueEvent {
  const linkType = ctx.core.state.linkTypesById.get(typeId);
  return {
    ...ctx.core.event('avi:jira:updated:issue', source, ctx.principal),
    type,
    link: {
      id: linkId,
      sourceIssueId: source.id,
      destinationIssueId: destination.id,
      issueLinkType: {
        id: typeId,
        name: linkType?.name ?? '',
        inward: linkType?.inward ?? '',
        outward: linkType?.outward ?? '',
      },
    },
  };
}

/** POST /issueLink: 201 with no body (as Jira). */
export async function createIssueLink(ctx: RequestContext): Promise<Response> {
  const parsed = createLinkSchema.safeParse((await ctx.body()) ?? {});
  if (!parsed.success)
    throw httpError(400, 'Invalid request payload. Refer to the REST API documentation and try again.');
  const { state } = ctx.core;
  const { id: typeId, name: typeName } = parsed.data.type;
  const type =
    typeId !== undefined
      ? state.linkTypesById.get(typeId)
      : [...state.linkTypesById.values()].find((t) => t.name.toLowerCase() === typeName?.toLowerCase());
  if (!type) throw httpError(404, 'No issue link type with name or id found.');
  const source = visible(ctx, refOf(parsed.data.inwardIssue));
  const destination = visible(ctx, refOf(parsed.data.outwardIssue));
  if (!canEdit(ctx.principal, state.projectOf(source)))
    throw httpError(403, 'You do not have the permission to link issues.');
  let maxId = 10_000;
  for (const issue of state.issues.values())
    for (const link of issue.fields.issuelinks) maxId = Math.max(maxId, Number(link.id) || 0);
  const linkId = String(maxId + 1);
  const draft: DatasetIssue = structuredClone(source);
  draft.fields.issuelinks = [
    ...draft.fields.issuelinks,
    { id: linkId, type: { id: type.id }, outwardIssue: { id: destination.id } },
  ];
  state.put(draft);
  ctx.core.changed();
  ctx.core.emit(linkEvent(ctx, 'avi:jira:created:issuelink', linkId, draft, destination, type.id));
  return new Response(null, { status: 201 });
}

/** DELETE /issueLink/{linkId}: 204; 404 when no visible issue holds the link. */
export function deleteIssueLink(ctx: RequestContext): Response {
  const linkId = ctx.param('linkId');
  const { state } = ctx.core;
  const holder = [...state.issues.values()].find((issue) => issue.fields.issuelinks.some((l) => l.id === linkId));
  const link = holder?.fields.issuelinks.find((l) => l.id === linkId);
  const destination = link ? state.issues.get(link.outwardIssue.id) : undefined;
  if (
    !holder ||
    !link ||
    !destination ||
    !ctx.core.visibleIssue(ctx.principal, holder.id) ||
    !ctx.core.visibleIssue(ctx.principal, destination.id)
  ) {
    throw httpError(404, 'No issue link with the given ID exists.');
  }
  if (!canEdit(ctx.principal, state.projectOf(holder)))
    throw httpError(403, 'You do not have the permission to delete links.');
  const draft: DatasetIssue = structuredClone(holder);
  draft.fields.issuelinks = draft.fields.issuelinks.filter((l) => l.id !== linkId);
  state.put(draft);
  ctx.core.changed();
  ctx.core.emit(linkEvent(ctx, 'avi:jira:deleted:issuelink', linkId, draft, destination, link.type.id));
  return noContent();
}
