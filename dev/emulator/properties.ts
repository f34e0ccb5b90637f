import type { RequestContext } from './context';
import { httpError, json, MESSAGES, noContent } from './errors';
import { API } from './jira-objects';
import { canEdit } from './permissions';

/** Jira's limits: property keys up to 255 characters, values up to 32,768 characters of JSON. */
export const PROPERTY_KEY_MAX = 255;
export const PROPERTY_VALUE_MAX = 32_768;

/** 400 unless key and value fit Jira's limits. */
export function checkProperty(key: string, value: unknown): void {
  if (key.length === 0 || key.length > PROPERTY_KEY_MAX) {
    throw httpError(400, `The property key cannot be longer than ${PROPERTY_KEY_MAX} characters.`);
  }
  if (value === undefined) throw httpError(400, 'The property value cannot be empty.');
  if (JSON.stringify(value).length > PROPERTY_VALUE_MAX) {
    throw httpError(400, `The property value cannot be longer than ${PROPERTY_VALUE_MAX} characters.`);
  }
}

function visible(ctx: RequestContext) {
  const issue = ctx.core.visibleIssue(ctx.principal, ctx.param('issueIdOrKey'));
  if (!issue) throw httpError(404, MESSAGES.issueNotFound);
  return issue;
}

/** Writing a property needs Edit Issues as well as Browse (403 when only browsing). */
function editable(ctx: RequestContext) {
  const issue = visible(ctx);
  if (!canEdit(ctx.principal, ctx.core.state.projectOf(issue))) throw httpError(403, MESSAGES.cannotEditIssue);
  return issue;
}

function missing(key: string) {
  return httpError(404, `The property with key '${key}' does not exist.`);
}

/** GET /issue/{issueIdOrKey}/properties -> {keys: [{key, self}]} */
export function propertyKeys(ctx: RequestContext): Response {
  const issue = visible(ctx);
  const keys = Object.keys(issue.properties).map((key) => ({
    self: `${ctx.origin}${API}/issue/${issue.id}/properties/${encodeURIComponent(key)}`,
    key,
  }));
  ctx.cost = 1 + keys.length;
  return json(200, { keys });
}

/** GET /issue/{issueIdOrKey}/properties/{propertyKey} -> {key, value} */
export function getProperty(ctx: RequestContext): Response {
  const issue = visible(ctx);
  const key = ctx.param('propertyKey');
  if (!Object.prototype.hasOwnProperty.call(issue.properties, key)) throw missing(key);
  ctx.cost = 2;
  return json(200, { key, value: issue.properties[key] });
}

/** PUT /issue/{issueIdOrKey}/properties/{propertyKey}: 201 when created, 200 when replaced. */
export async function putProperty(ctx: RequestContext): Promise<Response> {
  const issue = editable(ctx);
  const key = ctx.param('propertyKey');
  const value = await ctx.body();
  checkProperty(key, value);
  const created = !Object.prototype.hasOwnProperty.call(issue.properties, key);
  ctx.core.beforeWrite(issue.id, issue);
  issue.properties = { ...issue.properties, [key]: value };
  ctx.core.changed();
  ctx.core.emit(ctx.core.event('avi:jira:updated:issue', issue, ctx.principal, key));
  return new Response(null, { status: created ? 201 : 200 });
}

/** DELETE /issue/{issueIdOrKey}/properties/{propertyKey}: 204, or 404 when there is no such property. */
export function deleteProperty(ctx: RequestContext): Response {
  const issue = editable(ctx);
  const key = ctx.param('propertyKey');
  if (!Object.prototype.hasOwnProperty.call(issue.properties, key)) throw missing(key);
  ctx.core.beforeWrite(issue.id, issue);
  const rest = { ...issue.properties };
  delete rest[key];
  issue.properties = rest;
  ctx.core.changed();
  ctx.core.emit(ctx.core.event('avi:jira:updated:issue', issue, ctx.principal, key));
  return noContent();
}
