import type { RequestContext } from './context';
import { httpError, json } from './errors';
import {
  fieldJson,
  issueTypeJson,
  linkTypeJson,
  statusCategoryJson,
  statusJson,
  STATUS_CATEGORIES,
  SYSTEM_FIELDS,
} from './jira-objects';

/** GET /issuetype - every issue type (the emulator does not scope types to projects). */
export function listIssueTypes(ctx: RequestContext): Response {
  const types = ctx.core.state.issueTypes;
  ctx.cost = 1 + types.length;
  return json(
    200,
    types.map((t) => issueTypeJson(ctx.origin, t)),
  );
}

export function getIssueType(ctx: RequestContext): Response {
  const type = ctx.core.state.typesById.get(ctx.param('id'));
  if (!type) throw httpError(404, 'The issue type with ID ' + ctx.param('id') + ' does not exist.');
  return json(200, issueTypeJson(ctx.origin, type));
}

/** GET /field - the system fields the emulator renders plus the dataset's fields (dataset wins on id). */
export function listFields(ctx: RequestContext): Response {
  const own = new Map(ctx.core.state.fields.map((f) => [f.id, f]));
  const all = [...SYSTEM_FIELDS.filter((f) => !own.has(f.id)), ...own.values()];
  ctx.cost = 1 + all.length;
  return json(200, all.map(fieldJson));
}

export function listStatuses(ctx: RequestContext): Response {
  const statuses = ctx.core.state.statuses;
  ctx.cost = 1 + statuses.length;
  return json(
    200,
    statuses.map((s) => statusJson(ctx.origin, s)),
  );
}

/** GET /issueLinkType - Jira wraps the list: `{issueLinkTypes: [...]}`. */
export function listIssueLinkTypes(ctx: RequestContext): Response {
  const types = [...ctx.core.state.linkTypesById.values()];
  ctx.cost = 1 + types.length;
  return json(200, { issueLinkTypes: types.map((t) => linkTypeJson(ctx.origin, t)) });
}

export function getIssueLinkType(ctx: RequestContext): Response {
  const type = ctx.core.state.linkTypesById.get(ctx.param('id'));
  if (!type) throw httpError(404, `No issue link type with id '${ctx.param('id')}' found.`);
  return json(200, linkTypeJson(ctx.origin, type));
}

export function listStatusCategories(ctx: RequestContext): Response {
  return json(
    200,
    STATUS_CATEGORIES.map((c) => statusCategoryJson(ctx.origin, c.key)),
  );
}

const COLORS = ['#0052CC', '#36B37E', '#FF5630', '#6554C0', '#FFAB00', '#00B8D9'];

/** Icons (issue types, projects, users): a coloured square with an initial; served without credentials. */
export function avatar(ctx: RequestContext): Response {
  const id = ctx.param('id');
  let hash = 0;
  for (const ch of `${ctx.param('type')}:${id}`) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const color = COLORS[hash % COLORS.length] ?? '#0052CC';
  const letter = (id.match(/[A-Za-z0-9]/)?.[0] ?? '?').toUpperCase();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="${color}"/><text x="8" y="12" font-family="sans-serif" font-size="10" fill="#fff" text-anchor="middle">${letter}</text></svg>`;
  return new Response(svg, {
    status: 200,
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' },
  });
}
