import type { RequestContext } from './context';
import { httpError, json } from './errors';
import { API, userJson } from './jira-objects';
import { canView, PERMISSIONS } from './permissions';

/** The app's own user, as Jira shows an app account. */
const APP_USER = { accountId: 'emulator-app', displayName: 'PM Workflow for Jira (app)' };

/** GET /myself */
export function myself(ctx: RequestContext): Response {
  if (ctx.principal.kind === 'app') {
    return json(200, {
      self: `${ctx.origin}${API}/user?accountId=${APP_USER.accountId}`,
      accountId: APP_USER.accountId,
      accountType: 'app',
      displayName: APP_USER.displayName,
      active: true,
      timeZone: 'Etc/UTC',
      locale: 'en_US',
    });
  }
  return json(200, userJson(ctx.origin, ctx.principal.user));
}

/**
 * GET /mypermissions?permissions=A,B[&projectKey=|projectId=|issueKey=|issueId=]
 * -> {permissions: {KEY: {id, key, name, type, description, havePermission}}}.
 * `permissions` is required; unknown keys, and projects the caller can neither browse
 * nor administer, or issues they cannot browse, answer 400 / 404 as Jira does. Without a project, a project permission is
 * held when held in at least one project.
 */
export function myPermissions(ctx: RequestContext): Response {
  const wanted = (ctx.query('permissions') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (wanted.length === 0) throw httpError(400, 'The permissions parameter is required.');
  const { state } = ctx.core;
  let project;
  const projectRef = ctx.query('projectKey') ?? ctx.query('projectId');
  const issueRef = ctx.query('issueKey') ?? ctx.query('issueId');
  if (projectRef !== undefined) {
    project = state.project(projectRef);
    if (!project || !canView(ctx.principal, project)) {
      throw httpError(404, `No project could be found with key '${projectRef}'.`);
    }
  } else if (issueRef !== undefined) {
    const issue = ctx.core.visibleIssue(ctx.principal, issueRef);
    if (!issue) throw httpError(404, 'Issue does not exist or you do not have permission to see it.');
    project = state.projectOf(issue);
  }
  const out: Record<string, unknown> = {};
  for (const key of wanted) {
    const info = PERMISSIONS.find((p) => p.key === key);
    if (!info) throw httpError(400, `Permission key '${key}' is not valid.`);
    out[key] = {
      id: info.id,
      key: info.key,
      name: info.name,
      type: info.type,
      description: info.description,
      havePermission: info.check(ctx.principal, project, state.projects),
    };
  }
  return json(200, { permissions: out });
}
