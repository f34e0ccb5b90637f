import type { DatasetIssue } from '../dataset/dataset-schema';
import type { FieldSelection, PropertySelection } from './fields-param';
import {
  API,
  issueTypeJson,
  jiraDateTime,
  linkTypeJson,
  projectRefJson,
  statusJson,
  userJson,
  versionJson,
} from './jira-objects';
import type { Principal } from './auth';
import { canBrowse } from './permissions';
import type { EmulatorState } from './state';

/**
 * Renders an issue the way Jira REST v3 does: `{expand, id, self, key, fields}`
 * with expanded issuetype/status/project/user objects, `parent` and linked issues
 * as small refs (`{id, key, self, fields: {summary, status, issuetype}}`), links in
 * both directions, and `properties` when asked. Ids-only selections give `{id}`.
 * Related issues the viewer cannot browse are left out of `parent`, `subtasks` and
 * `issuelinks`, as Jira does; custom fields off the project's screens are not rendered.
 */
export class IssueRenderer {
  constructor(
    private readonly state: EmulatorState,
    private readonly origin: string,
    private readonly viewer: Principal,
  ) {}

  /** The related issue when it exists and the viewer may browse it. */
  private related(id: string): DatasetIssue | undefined {
    const issue = this.state.issues.get(id);
    return issue && canBrowse(this.viewer, this.state.projectOf(issue)) ? issue : undefined;
  }

  render(issue: DatasetIssue, fields: FieldSelection, properties?: PropertySelection): Record<string, unknown> {
    const props = properties ? this.properties(issue, properties) : undefined;
    if (fields.idsOnly) return props ? { id: issue.id, properties: props } : { id: issue.id };
    const out: Record<string, unknown> = {
      expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
      id: issue.id,
      self: `${this.origin}${API}/issue/${issue.id}`,
      key: issue.key,
    };
    if (props) out['properties'] = props;
    out['fields'] = this.fields(issue, fields);
    return out;
  }

  private properties(issue: DatasetIssue, sel: PropertySelection): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(issue.properties)) if (sel.include(key)) out[key] = value;
    return out;
  }

  /** The small issue object Jira nests in parent, issuelinks and subtasks. */
  ref(issue: DatasetIssue): Record<string, unknown> {
    const type = this.state.typesById.get(issue.fields.issuetype.id);
    const status = this.state.statusesById.get(issue.fields.status.id);
    return {
      id: issue.id,
      key: issue.key,
      self: `${this.origin}${API}/issue/${issue.id}`,
      fields: {
        summary: issue.fields.summary,
        ...(status ? { status: statusJson(this.origin, status) } : {}),
        ...(type ? { issuetype: issueTypeJson(this.origin, type) } : {}),
      },
    };
  }

  private user(ref: { accountId: string } | null): unknown {
    if (!ref) return null;
    const user = this.state.usersById.get(ref.accountId);
    return user ? userJson(this.origin, user) : { accountId: ref.accountId, active: false };
  }

  private fields(issue: DatasetIssue, sel: FieldSelection): Record<string, unknown> {
    const f = issue.fields;
    const o = this.origin;
    const out: Record<string, unknown> = {};
    const put = (id: string, value: () => unknown): void => {
      if (sel.include(id)) out[id] = value();
    };
    put('summary', () => f.summary);
    put('issuetype', () => {
      const t = this.state.typesById.get(f.issuetype.id);
      return t ? issueTypeJson(o, t) : null;
    });
    put('project', () => projectRefJson(o, this.state.projectOf(issue)));
    put('status', () => {
      const s = this.state.statusesById.get(f.status.id);
      return s ? statusJson(o, s) : null;
    });
    if (f.parent) {
      const parent = this.related(f.parent.id);
      if (parent) put('parent', () => this.ref(parent));
    }
    put('labels', () => [...f.labels]);
    put('components', () => f.components.map((c) => ({ name: c.name })));
    put('assignee', () => this.user(f.assignee));
    put('reporter', () => this.user(f.reporter));
    put('created', () => jiraDateTime(f.created));
    put('updated', () => jiraDateTime(f.updated));
    put('resolution', () =>
      f.resolutiondate
        ? {
            self: `${o}${API}/resolution/10000`,
            id: '10000',
            description: 'Work has been completed on this issue.',
            name: 'Done',
          }
        : null,
    );
    put('resolutiondate', () => (f.resolutiondate ? jiraDateTime(f.resolutiondate) : null));
    put('duedate', () => f.duedate);
    put('fixVersions', () =>
      (f.fixVersions ?? []).flatMap((ref) => {
        const version = this.state.versionsById.get(ref.id);
        return version ? [versionJson(o, version)] : [];
      }),
    );
    put('issuelinks', () => this.links(issue));
    put('subtasks', () =>
      this.state
        .childIds(issue.id)
        .map((id) => this.related(id))
        .filter((c): c is DatasetIssue => !!c && !!this.state.typesById.get(c.fields.issuetype.id)?.subtask)
        .map((c) => this.ref(c)),
    );
    for (const field of this.state.fields) {
      if (field.custom && this.state.fieldOnProject(issue, field.id)) put(field.id, () => f[field.id] ?? null);
    }
    return out;
  }

  private links(issue: DatasetIssue): unknown[] {
    const o = this.origin;
    const out: unknown[] = [];
    for (const link of issue.fields.issuelinks) {
      const type = this.state.linkTypesById.get(link.type.id);
      const other = this.related(link.outwardIssue.id);
      if (!type || !other) continue;
      out.push({
        id: link.id,
        self: `${o}${API}/issueLink/${link.id}`,
        type: linkTypeJson(o, type),
        outwardIssue: this.ref(other),
      });
    }
    for (const link of this.state.inwardLinks(issue.id)) {
      const type = this.state.linkTypesById.get(link.typeId);
      const other = this.related(link.fromIssueId);
      if (!type || !other) continue;
      out.push({
        id: link.linkId,
        self: `${o}${API}/issueLink/${link.linkId}`,
        type: linkTypeJson(o, type),
        inwardIssue: this.ref(other),
      });
    }
    return out;
  }
}
