import type { RequestContext } from './context';
import type { EmulatorCore } from './core';
import { httpError, json } from './errors';
import { API } from './jira-objects';
import { canEdit } from './permissions';
import { checkProperty } from './properties';

/**
 * `POST /issue/properties/multi` (Bulk set issue properties by issue) and
 * `GET /task/{taskId}`, as Jira documents them: up to 100 issues a request,
 * up to 10 properties each; asynchronous (303 with the task's `Location`;
 * the task is ENQUEUED, then runs in the background and is COMPLETE);
 * not transactional: an issue the caller cannot browse and edit, or that does
 * not exist, is skipped and reported in the task's result. Writes go through
 * the same path as a single property write (search lag, save, an event that
 * names the property, which Forge's issue triggers ignore).
 */
export const BULK_ISSUES_MAX = 100;
export const BULK_PROPERTIES_PER_ISSUE_MAX = 10;

interface Task {
  id: string;
  status: 'ENQUEUED' | 'RUNNING' | 'COMPLETE' | 'FAILED';
  submitted: number;
  started?: number;
  finished?: number;
  lastUpdate: number;
  progress: number;
  message?: string;
  result?: unknown;
}

const tasksOf = new WeakMap<EmulatorCore, Map<string, Task>>();
let nextTaskId = 10_000;

interface Entry {
  issueID: number;
  properties: Record<string, unknown>;
}

function parseBody(body: unknown): Entry[] {
  const issues = (body as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues) || issues.length === 0) throw httpError(400, 'The request must list at least one issue.');
  if (issues.length > BULK_ISSUES_MAX)
    throw httpError(400, `The request can set properties on at most ${BULK_ISSUES_MAX} issues.`);
  return issues.map((raw: unknown) => {
    const entry = raw as Partial<Entry> | null;
    if (!entry || typeof entry.issueID !== 'number' || !Number.isInteger(entry.issueID))
      throw httpError(400, 'Every issue needs a numeric issueID.');
    const properties = entry.properties;
    if (
      !properties ||
      typeof properties !== 'object' ||
      Array.isArray(properties) ||
      Object.keys(properties).length === 0
    )
      throw httpError(400, 'Every issue needs at least one property.');
    if (Object.keys(properties).length > BULK_PROPERTIES_PER_ISSUE_MAX)
      throw httpError(400, `An issue can get at most ${BULK_PROPERTIES_PER_ISSUE_MAX} properties per request.`);
    for (const [key, value] of Object.entries(properties)) checkProperty(key, value);
    return { issueID: entry.issueID, properties };
  });
}

/** POST /issue/properties/multi -> 303, `Location: …/rest/api/3/task/{id}` */
export async function bulkSetPropertiesByIssue(ctx: RequestContext): Promise<Response> {
  const entries = parseBody(await ctx.body());
  const { core, principal } = ctx;
  const tasks = tasksOf.get(core) ?? new Map<string, Task>();
  tasksOf.set(core, tasks);
  const now = core.now().getTime();
  const task: Task = { id: String(nextTaskId++), status: 'ENQUEUED', submitted: now, lastUpdate: now, progress: 0 };
  tasks.set(task.id, task);
  ctx.cost = 1 + entries.length;
  // Jira runs the task in the background: the writes land after the answer.
  setTimeout(() => {
    const started = core.now().getTime();
    Object.assign(task, { status: 'RUNNING', started, lastUpdate: started });
    const failed: number[] = [];
    for (const entry of entries) {
      const issue = core.visibleIssue(principal, String(entry.issueID));
      if (!issue || !canEdit(principal, core.state.projectOf(issue))) {
        failed.push(entry.issueID);
        continue;
      }
      core.beforeWrite(issue.id, issue);
      issue.properties = { ...issue.properties, ...structuredClone(entry.properties) };
      core.changed();
      for (const key of Object.keys(entry.properties))
        core.emit(core.event('avi:jira:updated:issue', issue, principal, key));
    }
    const finished = core.now().getTime();
    Object.assign(task, {
      status: 'COMPLETE',
      finished,
      lastUpdate: finished,
      progress: 100,
      message: `${entries.length - failed.length} of ${entries.length} issues updated`,
      result: { updated: entries.length - failed.length, failedIssueIds: failed },
    });
  }, 0);
  return new Response(null, { status: 303, headers: { location: `${ctx.origin}${API}/task/${task.id}` } });
}

/** GET /task/{taskId} -> TaskProgressObject; 404 for a task this site does not know. */
export function getTask(ctx: RequestContext): Response {
  const task = tasksOf.get(ctx.core)?.get(ctx.param('taskId'));
  if (!task) throw httpError(404, 'The task was not found.');
  return json(200, {
    self: `${ctx.origin}${API}/task/${task.id}`,
    id: task.id,
    description: 'Bulk set issue properties by issue',
    status: task.status,
    ...(task.message !== undefined ? { message: task.message } : {}),
    ...(task.result !== undefined ? { result: task.result } : {}),
    submittedBy: 10000,
    progress: task.progress,
    elapsedRuntime: (task.finished ?? ctx.core.now().getTime()) - (task.started ?? task.submitted),
    submitted: task.submitted,
    ...(task.started !== undefined ? { started: task.started } : {}),
    ...(task.finished !== undefined ? { finished: task.finished } : {}),
    lastUpdate: task.lastUpdate,
  });
}
