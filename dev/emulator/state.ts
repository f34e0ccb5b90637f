import type { Dataset, DatasetIssue, DatasetProject, DatasetUser, DatasetVersion } from '../dataset/dataset-schema';

type IssueType = Dataset['issueTypes'][number];
type Status = Dataset['statuses'][number];
type Field = Dataset['fields'][number];
type LinkType = Dataset['issueLinkTypes'][number];

/** Counters that must survive a restart so new issues never reuse an id or key. */
export interface Counters {
  nextIssueId: number;
  /** Project key -> next issue number (PROJ-n). */
  nextIssueNumber: Record<string, number>;
}

/** An inward link as seen from the issue it points to. */
export interface InwardLink {
  linkId: string;
  typeId: string;
  fromIssueId: string;
}

/**
 * The emulator's in-memory Jira: the dataset plus lookup indexes. Reference data
 * (projects, types, statuses, fields, users) is fixed; issues and their properties
 * change. Every change bumps `version`, which derived caches key on.
 */
export class EmulatorState {
  readonly projectsById: Map<string, DatasetProject>;
  readonly projectsByKey: Map<string, DatasetProject>;
  readonly typesById: Map<string, IssueType>;
  readonly statusesById: Map<string, Status>;
  readonly fieldsById: Map<string, Field>;
  readonly linkTypesById: Map<string, LinkType>;
  readonly usersById: Map<string, DatasetUser>;
  readonly versionsById: Map<string, DatasetVersion>;
  readonly issues = new Map<string, DatasetIssue>();
  private readonly keyToId = new Map<string, string>();
  version = 0;
  private derivedVersion = -1;
  private inward = new Map<string, InwardLink[]>();
  private children = new Map<string, string[]>();

  constructor(
    private readonly base: Dataset,
    readonly counters: Counters,
  ) {
    this.projectsById = new Map(base.projects.map((p) => [p.id, p]));
    this.projectsByKey = new Map(base.projects.map((p) => [p.key, p]));
    this.typesById = new Map(base.issueTypes.map((t) => [t.id, t]));
    this.statusesById = new Map(base.statuses.map((s) => [s.id, s]));
    this.fieldsById = new Map(base.fields.map((f) => [f.id, f]));
    this.linkTypesById = new Map(base.issueLinkTypes.map((t) => [t.id, t]));
    this.usersById = new Map(base.users.map((u) => [u.accountId, u]));
    this.versionsById = new Map(base.versions.map((v) => [v.id, v]));
    for (const issue of base.issues) {
      this.issues.set(issue.id, issue);
      this.keyToId.set(issue.key, issue.id);
    }
  }

  /** Counters derived from a dataset (max id + 1, max number per project + 1). */
  static countersFor(ds: Dataset): Counters {
    let maxId = 10000;
    const next: Record<string, number> = {};
    for (const p of ds.projects) next[p.key] = 1;
    for (const issue of ds.issues) {
      maxId = Math.max(maxId, Number(issue.id));
      const dash = issue.key.lastIndexOf('-');
      const project = issue.key.slice(0, dash);
      const n = Number(issue.key.slice(dash + 1));
      next[project] = Math.max(next[project] ?? 1, n + 1);
    }
    return { nextIssueId: maxId + 1, nextIssueNumber: next };
  }

  get dataset(): Dataset {
    return { ...this.base, issues: [...this.issues.values()] };
  }

  get users(): DatasetUser[] {
    return this.base.users;
  }

  get appAccount(): Dataset['appAccount'] {
    return this.base.appAccount;
  }

  get projects(): DatasetProject[] {
    return this.base.projects;
  }

  get issueTypes(): IssueType[] {
    return this.base.issueTypes;
  }

  get statuses(): Status[] {
    return this.base.statuses;
  }

  get fields(): Field[] {
    return this.base.fields;
  }

  /** A project's versions in Jira's order (the project's version sequence: here, dataset order). */
  versionsOf(projectId: string): DatasetVersion[] {
    return this.base.versions.filter((v) => v.projectId === projectId);
  }

  /** By numeric id or by key (keys are matched case-insensitively, as Jira does). */
  issue(idOrKey: string): DatasetIssue | undefined {
    if (/^\d+$/.test(idOrKey)) return this.issues.get(idOrKey);
    const id = this.keyToId.get(idOrKey.toUpperCase());
    return id === undefined ? undefined : this.issues.get(id);
  }

  project(idOrKey: string): DatasetProject | undefined {
    return this.projectsById.get(idOrKey) ?? this.projectsByKey.get(idOrKey.toUpperCase());
  }

  /** Whether a custom field is on the screens of the issue's project (`projects[].customFields`). */
  fieldOnProject(issue: DatasetIssue, fieldId: string): boolean {
    const allowed = this.projectsById.get(issue.fields.project.id)?.customFields;
    return !allowed || allowed.includes(fieldId);
  }

  projectOf(issue: DatasetIssue): DatasetProject {
    const project = this.projectsById.get(issue.fields.project.id);
    if (!project) throw new Error(`issue ${issue.key} has no project`);
    return project;
  }

  touch(): void {
    this.version += 1;
  }

  put(issue: DatasetIssue): void {
    this.issues.set(issue.id, issue);
    this.keyToId.set(issue.key, issue.id);
    this.touch();
  }

  remove(id: string): DatasetIssue | undefined {
    const issue = this.issues.get(id);
    if (!issue) return undefined;
    this.issues.delete(id);
    this.keyToId.delete(issue.key);
    this.touch();
    return issue;
  }

  private derive(): void {
    if (this.derivedVersion === this.version) return;
    this.inward = new Map();
    this.children = new Map();
    for (const issue of this.issues.values()) {
      for (const link of issue.fields.issuelinks) {
        const list = this.inward.get(link.outwardIssue.id) ?? [];
        list.push({ linkId: link.id, typeId: link.type.id, fromIssueId: issue.id });
        this.inward.set(link.outwardIssue.id, list);
      }
      const parentId = issue.fields.parent?.id;
      if (parentId) {
        const list = this.children.get(parentId) ?? [];
        list.push(issue.id);
        this.children.set(parentId, list);
      }
    }
    this.derivedVersion = this.version;
  }

  inwardLinks(issueId: string): InwardLink[] {
    this.derive();
    return this.inward.get(issueId) ?? [];
  }

  childIds(issueId: string): string[] {
    this.derive();
    return this.children.get(issueId) ?? [];
  }
}
