import type { DatasetIssue } from '../dataset/dataset-schema';
import type { JqlIssueView } from './jql';
import type { EmulatorState } from './state';
import { rankOf } from './rank-order';

const CATEGORY_NAME = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' } as const;

/**
 * The flat view of an issue the JQL engine matches and sorts on. Built once per
 * issue and cached until the state changes (any write bumps state.version; the
 * cache is then dropped wholesale, which is cheap next to a search).
 */
export class IssueViews {
  private cache = new Map<string, JqlIssueView>();
  private version = -1;

  constructor(private readonly state: EmulatorState) {}

  get(issue: DatasetIssue): JqlIssueView {
    if (this.version !== this.state.version) {
      this.cache = new Map();
      this.version = this.state.version;
    }
    let view = this.cache.get(issue.id);
    if (!view) {
      view = buildIssueView(this.state, issue);
      this.cache.set(issue.id, view);
    }
    return view;
  }
}

export function buildIssueView(state: EmulatorState, issue: DatasetIssue): JqlIssueView {
  const f = issue.fields;
  const project = state.projectOf(issue);
  const type = state.typesById.get(f.issuetype.id);
  const status = state.statusesById.get(f.status.id);
  const parent = f.parent ? state.issues.get(f.parent.id) : undefined;
  const category = status?.statusCategory ?? 'new';
  return {
    id: issue.id,
    key: issue.key,
    projectId: project.id,
    projectKey: project.key,
    projectName: project.name,
    issueTypeId: f.issuetype.id,
    issueTypeName: type?.name ?? '',
    statusId: f.status.id,
    statusName: status?.name ?? '',
    statusCategoryKey: category,
    statusCategoryName: CATEGORY_NAME[category],
    ...(parent ? { parentId: parent.id, parentKey: parent.key } : {}),
    summary: f.summary,
    labels: f.labels,
    components: f.components.map((c) => c.name),
    fixVersions: (f.fixVersions ?? []).flatMap((ref) => {
      const version = state.versionsById.get(ref.id);
      return version ? [{ id: version.id, name: version.name }] : [];
    }),
    ...(f.assignee ? { assigneeAccountId: f.assignee.accountId } : {}),
    ...(f.reporter ? { reporterAccountId: f.reporter.accountId } : {}),
    created: f.created,
    updated: f.updated,
    ...(f.duedate ? { duedate: f.duedate } : {}),
    ...(f.resolutiondate ? { resolved: f.resolutiondate } : {}),
    rank: rankOf(issue),
    properties: issue.properties,
  };
}
