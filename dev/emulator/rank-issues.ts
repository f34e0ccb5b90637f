import { z } from 'zod';
import type { DatasetIssue } from '../dataset/dataset-schema';
import type { RequestContext } from './context';
import { httpError, MESSAGES, noContent } from './errors';
import { canEdit } from './permissions';
import { RANK_FIELD_CUSTOM_ID, RANK_FIELD_ID, rankBetween, rankOf } from './rank-order';

/** Jira Software's documented limit: at most 50 issues ranked at once. */
export const MAX_RANKED_ISSUES = 50;

const rankSchema = z
  .object({
    issues: z.array(z.string().min(1)).min(1),
    rankBeforeIssue: z.string().min(1).optional(),
    rankAfterIssue: z.string().min(1).optional(),
    rankCustomFieldId: z.number().int().optional(),
  })
  .strict();

interface Entry {
  issueId?: number;
  issueKey?: string;
  status: number;
  errors?: string[];
}

/**
 * `PUT /rest/agile/1.0/issue/rank`: moves `issues` (in the order given) just before
 * `rankBeforeIssue` or just after `rankAfterIssue`. 204 when every issue moved; 207 with an
 * entry per issue (its status, errors for those that did not) when some did not; 400 for more
 * than 50 issues, both or neither anchor, another rank field, or an anchor the caller cannot see.
 * Ranking needs Edit Issues and Schedule Issues on each issue's project (Jira Software; the
 * dataset has no separate Schedule grant, so both follow the edit grant). Jira sends no issue
 * event for a rank change here: none is emitted (not checked against Jira).
 */
export async function rankIssues(ctx: RequestContext): Promise<Response> {
  const parsed = rankSchema.safeParse((await ctx.body()) ?? {});
  if (!parsed.success)
    throw httpError(400, 'Invalid request payload. Refer to the REST API documentation and try again.');
  const { issues, rankBeforeIssue, rankAfterIssue, rankCustomFieldId } = parsed.data;
  if (issues.length > MAX_RANKED_ISSUES)
    throw httpError(400, `At most ${MAX_RANKED_ISSUES} issues may be ranked at once.`);
  if ((rankBeforeIssue === undefined) === (rankAfterIssue === undefined))
    throw httpError(400, 'Give exactly one of rankBeforeIssue and rankAfterIssue.');
  if (rankCustomFieldId !== undefined && rankCustomFieldId !== RANK_FIELD_CUSTOM_ID)
    throw httpError(400, `The field ${rankCustomFieldId} is not a rank field.`);
  const { core } = ctx;
  const anchor = core.visibleIssue(ctx.principal, (rankBeforeIssue ?? rankAfterIssue)!);
  if (!anchor) throw httpError(400, MESSAGES.issueNotFound);

  const entries: Entry[] = [];
  const movable: DatasetIssue[] = [];
  for (const ref of issues) {
    const issue = core.visibleIssue(ctx.principal, ref);
    if (!issue) entries.push({ status: 404, errors: [MESSAGES.issueNotFound] });
    else if (!canEdit(ctx.principal, core.state.projectOf(issue)))
      entries.push({ ...refOf(issue), status: 403, errors: [MESSAGES.cannotEditIssue] });
    else if (issue.id === anchor.id)
      entries.push({ ...refOf(issue), status: 400, errors: ['An issue cannot be ranked relative to itself.'] });
    else if (!movable.some((m) => m.id === issue.id)) {
      movable.push(issue);
      entries.push({ ...refOf(issue), status: 200 });
    }
  }
  placeRanks(ctx, movable, anchor, rankBeforeIssue !== undefined);
  if (entries.every((e) => e.status === 200)) return noContent();
  return new Response(JSON.stringify({ entries }), { status: 207, headers: { 'content-type': 'application/json' } });
}

const refOf = (issue: DatasetIssue) => ({ issueId: Number(issue.id), issueKey: issue.key });

/** New rank strings for `moving`, in order, in the gap next to `anchor` (before or after it). */
function placeRanks(ctx: RequestContext, moving: readonly DatasetIssue[], anchor: DatasetIssue, before: boolean): void {
  if (moving.length === 0) return;
  const { state } = ctx.core;
  const movingIds = new Set(moving.map((m) => m.id));
  const anchorRank = rankOf(anchor);
  // The anchor's neighbour on that side among the issues that stay put (the whole site, as Jira's rank is).
  let neighbour: string | undefined;
  for (const issue of state.issues.values()) {
    if (movingIds.has(issue.id) || issue.id === anchor.id) continue;
    const r = rankOf(issue);
    if (
      before
        ? r < anchorRank && (neighbour === undefined || r > neighbour)
        : r > anchorRank && (neighbour === undefined || r < neighbour)
    )
      neighbour = r;
  }
  let low = before ? (neighbour ?? '') : anchorRank;
  const high = before ? anchorRank : neighbour;
  for (const issue of moving) {
    const rank = rankBetween(low, high);
    const draft: DatasetIssue = structuredClone(issue);
    (draft.fields as Record<string, unknown>)[RANK_FIELD_ID] = rank;
    state.put(draft);
    low = rank;
  }
  ctx.core.changed();
}
