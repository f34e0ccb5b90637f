import { z } from 'zod';
import type { DatasetIssue } from '../dataset/dataset-schema';
import type { RequestContext } from './context';
import { httpError, json, MESSAGES, noContent } from './errors';
import { parseFieldSelection, parsePropertySelection, tokens } from './fields-param';
import { applyFieldWrites, resolveCreateTarget, writeBodySchema } from './issue-edits';
import { IssueRenderer } from './issue-json';
import { API } from './jira-objects';
import { canAdministerProject, canEdit } from './permissions';

/** Bulk fetch takes at most this many ids or keys per request. */
export const BULK_FETCH_MAX = 100;

async function writeBody(ctx: RequestContext) {
  const parsed = writeBodySchema.safeParse((await ctx.body()) ?? {});
  if (!parsed.success)
    throw httpError(400, 'Invalid request payload. Refer to the REST API documentation and try again.');
  return parsed.data;
}

function visibleOr404(ctx: RequestContext): DatasetIssue {
  const issue = ctx.core.visibleIssue(ctx.principal, ctx.param('issueIdOrKey'));
  if (!issue) throw httpError(404, MESSAGES.issueNotFound);
  return issue;
}

/** GET /issue/{issueIdOrKey}?fields=&properties= (fields default *all). */
export function getIssue(ctx: RequestContext): Response {
  const issue = visibleOr404(ctx);
  const renderer = new IssueRenderer(ctx.core.state, ctx.origin, ctx.principal);
  ctx.cost = 2;
  return json(
    200,
    renderer.render(
      issue,
      parseFieldSelection(tokens(ctx.queryAll('fields')), ['*all']),
      parsePropertySelection(tokens(ctx.queryAll('properties'))),
    ),
  );
}

/** PUT /issue/{issueIdOrKey}: edits fields (204, or 200 with the issue when returnIssue=true). */
export async function editIssue(ctx: RequestContext): Promise<Response> {
  const issue = visibleOr404(ctx);
  if (!canEdit(ctx.principal, ctx.core.state.projectOf(issue))) throw httpError(403, MESSAGES.cannotEditIssues);
  const body = await writeBody(ctx);
  const draft: DatasetIssue = structuredClone(issue);
  applyFieldWrites(ctx.core, ctx.principal, draft, body);
  draft.fields.updated = ctx.core.now().toISOString();
  ctx.core.beforeWrite(issue.id, issue);
  ctx.core.state.put(draft);
  ctx.core.changed();
  ctx.core.emit(ctx.core.event('avi:jira:updated:issue', draft, ctx.principal));
  if (ctx.query('returnIssue') === 'true') {
    return json(
      200,
      new IssueRenderer(ctx.core.state, ctx.origin, ctx.principal).render(
        draft,
        parseFieldSelection(undefined, ['*all']),
      ),
    );
  }
  return noContent();
}

/** POST /issue: 201 {id, key, self}; starts in the first 'To Do' status. */
export async function createIssue(ctx: RequestContext): Promise<Response> {
  const body = await writeBody(ctx);
  const fields = body.fields ?? {};
  const { project, type } = resolveCreateTarget(ctx.core, ctx.principal, fields);
  const { state } = ctx.core;
  const status = state.statuses.find((s) => s.statusCategory === 'new') ?? state.statuses[0];
  if (!status) throw httpError(500, 'The dataset has no statuses.');
  const now = ctx.core.now().toISOString();
  const id = String(state.counters.nextIssueId);
  const number = state.counters.nextIssueNumber[project.key] ?? 1;
  const draft: DatasetIssue = {
    id,
    key: `${project.key}-${number}`,
    fields: {
      summary: String(fields['summary']),
      issuetype: { id: type.id },
      project: { id: project.id },
      status: { id: status.id },
      labels: [],
      components: [],
      assignee: null,
      reporter: ctx.principal.kind === 'user' ? { accountId: ctx.principal.user.accountId } : null,
      created: now,
      updated: now,
      resolutiondate: null,
      duedate: null,
      issuelinks: [],
    },
    properties: {},
  };
  applyFieldWrites(ctx.core, ctx.principal, draft, body, new Set(['project', 'issuetype']));
  state.counters.nextIssueId += 1;
  state.counters.nextIssueNumber[project.key] = number + 1;
  ctx.core.beforeWrite(draft.id, undefined);
  state.put(draft);
  ctx.core.changed();
  ctx.core.emit(ctx.core.event('avi:jira:created:issue', draft, ctx.principal));
  return json(201, { id: draft.id, key: draft.key, self: `${ctx.origin}${API}/issue/${draft.id}` });
}

/**
 * DELETE /issue/{issueIdOrKey}[?deleteSubtasks=true]: needs ADMINISTER or
 * ADMINISTER_PROJECTS (403 otherwise). Sub-tasks go with it (400 unless
 * deleteSubtasks=true); other children lose their parent; links to it are removed.
 */
export function deleteIssue(ctx: RequestContext): Response {
  const issue = visibleOr404(ctx);
  const { state } = ctx.core;
  const project = state.projectOf(issue);
  if (!canAdministerProject(ctx.principal, project))
    throw httpError(403, 'You do not have permission to delete issues in this project.');
  const children = state
    .childIds(issue.id)
    .map((id) => state.issues.get(id))
    .filter((c): c is DatasetIssue => !!c);
  const subtasks = children.filter((c) => state.typesById.get(c.fields.issuetype.id)?.subtask);
  if (subtasks.length > 0 && ctx.query('deleteSubtasks') !== 'true') {
    throw httpError(400, 'The issue has subtasks. To delete, you must also delete its subtasks.');
  }
  const gone = [issue, ...subtasks];
  const goneIds = new Set(gone.map((i) => i.id));
  for (const child of children) {
    if (goneIds.has(child.id)) continue;
    ctx.core.beforeWrite(child.id, child);
    delete child.fields.parent;
  }
  for (const other of state.issues.values()) {
    if (other.fields.issuelinks.some((l) => goneIds.has(l.outwardIssue.id))) {
      ctx.core.beforeWrite(other.id, other);
      other.fields.issuelinks = other.fields.issuelinks.filter((l) => !goneIds.has(l.outwardIssue.id));
    }
  }
  for (const g of gone) {
    ctx.core.beforeWrite(g.id, g);
    state.remove(g.id);
  }
  ctx.core.changed();
  // One event for the deleted issue only: Jira sends none for the sub-tasks deleted with it
  // nor for the children that lost their parent (apps refresh the subtree themselves).
  ctx.core.emit({ ...ctx.core.event('avi:jira:deleted:issue', issue, ctx.principal), projectKey: project.key });
  return noContent();
}

const bulkBodySchema = z
  .object({
    issueIdsOrKeys: z.array(z.string()),
    fields: z.union([z.array(z.string()), z.string()]).optional(),
    properties: z.union([z.array(z.string()), z.string()]).optional(),
    expand: z.array(z.string()).optional(),
    fieldsByKeys: z.boolean().optional(),
  })
  .loose();

/** POST /issue/bulkfetch: up to 100 ids/keys -> {issues, issueErrors}; fields default *navigable. */
export async function bulkFetch(ctx: RequestContext): Promise<Response> {
  const parsed = bulkBodySchema.safeParse((await ctx.body()) ?? {});
  if (!parsed.success) throw httpError(400, 'issueIdsOrKeys: must be given as an array of issue ids or keys.');
  const body = parsed.data;
  if (body.issueIdsOrKeys.length === 0 || body.issueIdsOrKeys.length > BULK_FETCH_MAX) {
    throw httpError(400, `issueIdsOrKeys: must contain between 1 and ${BULK_FETCH_MAX} issue ids or keys.`);
  }
  const fields = parseFieldSelection(tokens(body.fields), ['*navigable']);
  const properties = parsePropertySelection(tokens(body.properties));
  const renderer = new IssueRenderer(ctx.core.state, ctx.origin, ctx.principal);
  const issues: unknown[] = [];
  const issueErrors: { id: string; errorMessage: string }[] = [];
  const seen = new Set<string>();
  for (const ref of body.issueIdsOrKeys) {
    const issue = ctx.core.visibleIssue(ctx.principal, ref);
    if (!issue) issueErrors.push({ id: ref, errorMessage: MESSAGES.issueNotFound });
    else if (!seen.has(issue.id)) {
      seen.add(issue.id);
      issues.push(renderer.render(issue, fields, properties));
    }
  }
  ctx.cost = 1 + issues.length;
  return json(200, { issues, issueErrors });
}
