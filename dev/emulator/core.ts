import type { DatasetIssue } from '../dataset/dataset-schema';
import type { Principal } from './auth';
import { IssueViews } from './issue-view';
import type { JqlContext } from './jql';
import { canBrowse } from './permissions';
import { SearchLag } from './search-lag';
import type { EmulatorState } from './state';
import type { EntityPropertyIndex, IssueEvent } from './types';

/** What every handler shares: the state, caches, clock, events and the save hook. */
export class EmulatorCore {
  readonly views: IssueViews;
  /** Search's view of recent writes (eventual consistency); lag 0 = always current. */
  readonly searchLag: SearchLag;
  private readonly listeners = new Set<(e: IssueEvent) => void>();

  constructor(
    readonly state: EmulatorState,
    readonly entityProperties: readonly EntityPropertyIndex[],
    readonly now: () => Date,
    private readonly onChange: () => void,
    searchLagMs = 0,
  ) {
    this.views = new IssueViews(state);
    this.searchLag = new SearchLag(searchLagMs, () => now().getTime());
  }

  /**
   * Call before changing an issue in any way (fields, links, properties, delete), or before
   * creating one (`before` undefined): search keeps seeing the old version for the lag.
   */
  beforeWrite(issueId: string, before: DatasetIssue | undefined): void {
    this.searchLag.recordWrite(issueId, before);
  }

  /** Call after every write: bumps the state version and schedules a save. */
  changed(): void {
    this.state.touch();
    this.onChange();
  }

  onIssueEvent(listener: (e: IssueEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: IssueEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        const result: unknown = listener(event);
        if (result instanceof Promise)
          result.catch((err: unknown) => console.error('[jira-emulator] issue event listener failed:', err));
      } catch (err) {
        console.error('[jira-emulator] issue event listener failed:', err);
      }
    }
  }

  event(type: IssueEvent['type'], issue: DatasetIssue, principal: Principal, changedPropertyKey?: string): IssueEvent {
    return {
      type,
      issueId: issue.id,
      issueKey: issue.key,
      projectKey: this.state.projectOf(issue).key,
      ...(principal.kind === 'user' ? { atlassianId: principal.user.accountId } : {}),
      ...(changedPropertyKey !== undefined ? { changedPropertyKey } : {}),
    };
  }

  /** The issue when it exists and the principal may browse its project. */
  visibleIssue(principal: Principal, idOrKey: string): DatasetIssue | undefined {
    const issue = this.state.issue(idOrKey);
    return issue && canBrowse(principal, this.state.projectOf(issue)) ? issue : undefined;
  }

  jqlContext(principal: Principal): JqlContext {
    return {
      ...(principal.kind === 'user' ? { currentAccountId: principal.user.accountId } : {}),
      aliases: this.entityProperties
        .filter((p): p is EntityPropertyIndex & { searchAlias: string } => !!p.searchAlias)
        .map((p) => ({ alias: p.searchAlias, propertyKey: p.propertyKey, path: p.path, type: p.type })),
      now: this.now(),
      resolveIssueId: (keyOrId) => this.state.issue(keyOrId)?.id,
      projectExists: (ref) => {
        const project =
          this.state.project(ref) ?? this.state.projects.find((p) => p.name.toLowerCase() === ref.toLowerCase());
        return !!project && canBrowse(principal, project);
      },
      valueExists: (field, value) => {
        const v = value.toLowerCase();
        const { state } = this;
        switch (field) {
          case 'issuetype':
            return state.issueTypes.some((t) => t.id === value || t.name.toLowerCase() === v);
          case 'status':
            return state.statuses.some((s) => s.id === value || s.name.toLowerCase() === v);
          case 'component':
            return this.componentNames().has(v);
          case 'assignee':
          case 'reporter':
            return state.usersById.has(value);
        }
      },
    };
  }

  private components = { version: -1, names: new Set<string>() };

  /** Lower-cased component names in use (Jira components live on projects; the dataset only has them on issues). */
  private componentNames(): Set<string> {
    if (this.components.version !== this.state.version) {
      const names = new Set<string>();
      for (const issue of this.state.issues.values())
        for (const c of issue.fields.components) names.add(c.name.toLowerCase());
      this.components = { version: this.state.version, names };
    }
    return this.components.names;
  }
}
