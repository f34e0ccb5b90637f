import { z } from 'zod';
import { issueSchema, summaryProblem, type DatasetIssue } from '../dataset/dataset-schema';
import type { Principal } from './auth';
import type { EmulatorCore } from './core';
import { fieldErrors } from './errors';
import { canBrowse, canEdit } from './permissions';
import { checkProperty } from './properties';

/**
 * Field writes shared by create (POST /issue) and edit (PUT /issue/{id}): `fields`
 * (set) and `update` (add/remove/set operations) for summary, labels, components,
 * duedate, assignee, parent and declared custom fields. Anything else is refused
 * the way Jira does: 400 with `errors[field]`.
 */

const opSchema = z
  .object({ add: z.unknown().optional(), remove: z.unknown().optional(), set: z.unknown().optional() })
  .loose();

export const writeBodySchema = z
  .object({
    fields: z.record(z.string(), z.unknown()).optional(),
    update: z.record(z.string(), z.array(opSchema)).optional(),
    properties: z.array(z.object({ key: z.string(), value: z.unknown() })).optional(),
  })
  .loose();
export type WriteBody = z.infer<typeof writeBodySchema>;

const CANNOT_SET = (field: string) =>
  `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;

/** `{id: "1"}` / `{key: "A-1"}` / `{name: "Bug"}` -> the first of `props` that holds a string. */
function refValue(value: unknown, props: readonly string[]): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const p of props) {
    const v = (value as Record<string, unknown>)[p];
    if (typeof v === 'string') return v;
  }
  return undefined;
}
const accountRefSchema = z.object({ accountId: z.string() }).loose().nullable();
const componentSchema = z.object({ name: z.string().min(1) }).loose();

export function applyFieldWrites(
  core: EmulatorCore,
  principal: Principal,
  issue: DatasetIssue,
  body: WriteBody,
  ignore: ReadonlySet<string> = new Set(),
): void {
  const errors: Record<string, string> = {};
  const f = issue.fields;
  const fields = body.fields ?? {};

  const setField = (name: string, value: unknown): void => {
    switch (name) {
      case 'summary': {
        const problem = summaryProblem(value);
        if (problem) errors['summary'] = problem;
        else f.summary = value as string;
        return;
      }
      case 'labels':
        if (!Array.isArray(value) || !value.every((l) => typeof l === 'string' && /^\S+$/.test(l)))
          errors['labels'] = 'Labels must be strings without spaces.';
        else f.labels = [...new Set(value as string[])];
        return;
      case 'components': {
        const parsed = z.array(componentSchema).safeParse(value);
        if (!parsed.success) errors['components'] = 'Components must be given as [{"name": "..."}].';
        else f.components = parsed.data.map((c) => ({ name: c.name }));
        return;
      }
      case 'duedate':
        if (value !== null && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)))
          errors['duedate'] = 'Error parsing date string: ' + String(value);
        else f.duedate = value as string | null;
        return;
      case 'assignee':
      case 'reporter': {
        const parsed = accountRefSchema.safeParse(value);
        if (!parsed.success || (parsed.data && !core.state.usersById.has(parsed.data.accountId)))
          errors[name] = `Specified user does not exist or you do not have required permissions`;
        else f[name] = parsed.data ? { accountId: parsed.data.accountId } : null;
        return;
      }
      case 'parent': {
        if (value === null) {
          delete f.parent;
          return;
        }
        const ref = refValue(value, ['id', 'key']);
        const parent = ref === undefined ? undefined : core.visibleIssue(principal, ref);
        if (!parent || parent.id === issue.id) {
          errors['parent'] = 'Could not find issue by id or key.';
          return;
        }
        const level = core.state.typesById.get(f.issuetype.id)?.hierarchyLevel ?? 0;
        const parentLevel = core.state.typesById.get(parent.fields.issuetype.id)?.hierarchyLevel ?? 0;
        if (parentLevel !== level + 1)
          errors['parent'] = 'Given parent work item does not belong to appropriate hierarchy.';
        else f.parent = { id: parent.id };
        return;
      }
      default:
        if (
          name.startsWith('customfield_') &&
          core.state.fieldsById.get(name)?.custom &&
          core.state.fieldOnProject(issue, name)
        )
          f[name] = value;
        else errors[name] = CANNOT_SET(name);
    }
  };

  for (const [name, value] of Object.entries(fields)) if (!ignore.has(name)) setField(name, value);

  for (const [name, ops] of Object.entries(body.update ?? {})) {
    for (const op of ops) {
      if (op.set !== undefined) setField(name, op.set);
      else if (name === 'labels' && (op.add !== undefined || op.remove !== undefined)) {
        const labels = new Set(f.labels);
        if (typeof op.add === 'string') labels.add(op.add);
        if (typeof op.remove === 'string') labels.delete(op.remove);
        setField('labels', [...labels]);
      } else if (name === 'components' && (op.add !== undefined || op.remove !== undefined)) {
        const names = new Set(f.components.map((c) => c.name));
        const add = componentSchema.safeParse(op.add);
        const remove = componentSchema.safeParse(op.remove);
        if (add.success) names.add(add.data.name);
        if (remove.success) names.delete(remove.data.name);
        setField(
          'components',
          [...names].map((n) => ({ name: n })),
        );
      } else errors[name] = CANNOT_SET(name);
    }
  }

  if (Object.keys(errors).length > 0) throw fieldErrors(errors);

  for (const prop of body.properties ?? []) {
    checkProperty(prop.key, prop.value);
    issue.properties = { ...issue.properties, [prop.key]: prop.value };
  }

  const valid = issueSchema.safeParse(issue);
  if (!valid.success) {
    const out: Record<string, string> = {};
    for (const i of valid.error.issues) out[String(i.path[1] ?? i.path[0] ?? 'issue')] = i.message;
    throw fieldErrors(out);
  }
}

/** The project and issue type named in a create request (by id or key / id or name). */
export function resolveCreateTarget(core: EmulatorCore, principal: Principal, fields: Record<string, unknown>) {
  const errors: Record<string, string> = {};
  const projectRef = refValue(fields['project'], ['id', 'key']);
  const project = projectRef === undefined ? undefined : core.state.project(projectRef);
  if (!project || !canBrowse(principal, project)) errors['project'] = 'Specify a valid project ID or key';
  else if (!canEdit(principal, project))
    errors['project'] = 'You do not have permission to create issues in this project.';

  const typeId = refValue(fields['issuetype'], ['id']);
  const typeName = refValue(fields['issuetype'], ['name'])?.toLowerCase();
  const type =
    typeId !== undefined
      ? core.state.typesById.get(typeId)
      : core.state.issueTypes.find((t) => t.name.toLowerCase() === typeName);
  if (!type) errors['issuetype'] = 'Specify an issue type';
  const summary = summaryProblem(fields['summary']);
  if (summary) errors['summary'] = summary;
  if (type?.subtask && fields['parent'] === undefined) errors['parent'] = 'Sub-tasks must be created with a parent.';
  if (Object.keys(errors).length > 0 || !project || !type) throw fieldErrors(errors);
  return { project, type };
}
