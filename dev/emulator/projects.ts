import type { DatasetProject } from '../dataset/dataset-schema';
import { intParam, type RequestContext } from './context';
import { httpError, json } from './errors';
import { tokens } from './fields-param';
import { issueTypeJson, projectRefJson, userJson, versionJson } from './jira-objects';
import type { Principal } from './auth';
import { canAdministerProject, canBrowse, canEdit, canView } from './permissions';

/** project/search pages: default 50, at most 100 per page (Jira's documented values). */
export const PROJECT_SEARCH_DEFAULT = 50;
export const PROJECT_SEARCH_MAX = 100;

function projectJson(ctx: RequestContext, p: DatasetProject, full: boolean): Record<string, unknown> {
  const lead = p.lead ? ctx.core.state.usersById.get(p.lead.accountId) : undefined;
  const base = {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectRefJson(ctx.origin, p),
    style: p.style,
    isPrivate: false,
    properties: {},
  };
  if (!full) return base;
  return {
    ...base,
    description: p.description,
    ...(lead ? { lead: userJson(ctx.origin, lead) } : {}),
    components: [],
    issueTypes: ctx.core.state.issueTypes.map((t) => issueTypeJson(ctx.origin, t)),
    assigneeType: 'UNASSIGNED',
    versions: versionsJson(ctx, p),
    roles: {},
  };
}

const ORDER: Record<string, (a: DatasetProject, b: DatasetProject) => number> = {
  key: (a, b) => a.key.localeCompare(b.key),
  name: (a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key),
  id: (a, b) => Number(a.id) - Number(b.id),
};

/**
 * `action` of project/search, as Jira documents it: `view` (the default) = browse or
 * administer the project (so it lists projects a user only administers), `browse` =
 * Browse Projects, `edit` = administer the project, `create` = Create Issues.
 */
const ACTIONS: Record<string, (p: Principal, project: DatasetProject) => boolean> = {
  view: canView,
  browse: canBrowse,
  edit: canAdministerProject,
  create: canEdit,
};

/** GET /project/search?startAt&maxResults&keys&id&query&typeKey&orderBy&action - only projects the caller may `action`. */
export function searchProjects(ctx: RequestContext): Response {
  const startAt = intParam('startAt', ctx.query('startAt'), 0, 0);
  const maxResults = Math.min(
    intParam('maxResults', ctx.query('maxResults'), PROJECT_SEARCH_DEFAULT, 1),
    PROJECT_SEARCH_MAX,
  );
  const keys = tokens(ctx.queryAll('keys'))?.map((k) => k.toUpperCase());
  const ids = tokens(ctx.queryAll('id'));
  const types = tokens(ctx.queryAll('typeKey'));
  const query = ctx.query('query')?.toLowerCase();
  const orderBy = ctx.query('orderBy') ?? 'key';
  const desc = orderBy.startsWith('-');
  const compare = ORDER[orderBy.replace(/^[-+]/, '')];
  if (!compare) throw httpError(400, `The orderBy value '${orderBy}' is not supported.`);
  const action = ctx.query('action') ?? 'view';
  const allowed = ACTIONS[action];
  if (!allowed)
    throw httpError(
      400,
      `The action value '${action}' is not supported. Valid values are: view, browse, edit, create.`,
    );

  const matching = ctx.core.state.projects
    .filter((p) => allowed(ctx.principal, p))
    .filter((p) => !keys || keys.includes(p.key))
    .filter((p) => !ids || ids.includes(p.id))
    .filter((p) => !types || types.includes(p.projectTypeKey))
    .filter((p) => !query || p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query))
    .sort((a, b) => (desc ? -compare(a, b) : compare(a, b)));
  const values = matching.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= matching.length;
  ctx.cost = 1 + values.length;

  const pageUrl = (start: number): string => {
    const u = new URL(ctx.url);
    u.searchParams.set('startAt', String(start));
    u.searchParams.set('maxResults', String(maxResults));
    return u.toString();
  };
  return json(200, {
    self: pageUrl(startAt),
    ...(isLast ? {} : { nextPage: pageUrl(startAt + values.length) }),
    maxResults,
    startAt,
    total: matching.length,
    isLast,
    values: values.map((p) => projectJson(ctx, p, false)),
  });
}

/** GET /project/{projectIdOrKey}: 404 (Jira's message) when unknown or the caller can neither browse nor administer it. */
export function getProject(ctx: RequestContext): Response {
  const ref = ctx.param('projectIdOrKey');
  const project = ctx.core.state.project(ref);
  if (!project || !canView(ctx.principal, project))
    throw httpError(404, `No project could be found with key '${ref}'.`);
  ctx.cost = 2;
  return json(200, projectJson(ctx, project, true));
}

function versionsJson(ctx: RequestContext, p: DatasetProject): unknown[] {
  const today = ctx.core.now().toISOString().slice(0, 10);
  return ctx.core.state.versionsOf(p.id).map((v) => versionJson(ctx.origin, v, { today }));
}

/**
 * GET /project/{projectIdOrKey}/versions: every version of the project (released, unreleased
 * and archived), unpaged, in the project's order. Needs Browse Projects (Jira answers 404 with
 * its project message otherwise); costs 1 + one per version, like other lists.
 */
export function getProjectVersions(ctx: RequestContext): Response {
  const ref = ctx.param('projectIdOrKey');
  const project = ctx.core.state.project(ref);
  if (!project || !canBrowse(ctx.principal, project))
    throw httpError(404, `No project could be found with key '${ref}'.`);
  const versions = versionsJson(ctx, project);
  ctx.cost = 1 + versions.length;
  return json(200, versions);
}
