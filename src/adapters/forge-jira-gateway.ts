import api, { route, type Route } from '@forge/api';
import type { z } from 'zod';
import { KPI_PROPERTY_KEY, PM_PROPERTY_KEY } from '../contract/pm-property';
import type { Clock } from '../ports/clock';
import {
  JiraBadRequestError,
  JiraForbiddenError,
  JiraResponseShapeError,
  JiraUnavailableError,
} from '../ports/jira-errors';
import type {
  Account,
  ActOptions,
  Actor,
  BulkPropertyEntry,
  BulkPropertyResult,
  IssuePage,
  JiraGateway,
  JiraIssue,
  JiraPermission,
  PermissionScope,
  ProjectSummary,
  RankResult,
  SearchOptions,
  SearchPageOptions,
  SearchPageResult,
} from '../ports/jira-gateway';
import {
  BULK_PROPERTY_ISSUES_MAX,
  RANK_ISSUES_MAX,
  RECONCILE_ISSUES_MAX,
  SEARCH_PAGE_ISSUES_MAX,
} from '../ports/jira-gateway';
import type { ProjectVersion, RoadmapItemPage } from '../ports/roadmap-items';
import type { SiteIssueType, SiteLinkType, SiteStatus } from '../ports/site-metadata';
import {
  TASK_PATIENCE_MS,
  failedIssueIdsOf,
  taskFinished,
  taskIdOf,
  taskProgressSchema,
  type TaskProgress,
} from './bulk-property-task';
import { RetryBudget, sendWithRetry } from './http-retry';
import {
  ISSUE_FIELDS,
  SUBTASKS_FIELD,
  bulkFetchSchema,
  entityPropertySchema,
  fieldListSchema,
  jiraErrorBodySchema,
  myPermissionsSchema,
  myselfSchema,
  projectSchema,
  projectSearchPageSchema,
  searchPageSchema,
  serverInfoSchema,
} from './jira-response-schemas';
import { mapJiraIssue } from './map-jira-issue';
import { rankEntriesSchema, rankResultOf } from './rank-issues-response';
import {
  projectVersionsOf,
  projectVersionsSchema,
  roadmapPageOf,
  roadmapSearchBody,
  roadmapSearchPageSchema,
  startDateFieldId,
} from './roadmap-search';
import {
  approximateCountSchema,
  issueLinkTypeListSchema,
  issueTypeListSchema,
  statusCategoryOf,
  statusListSchema,
} from './site-metadata-schemas';
import type { ServerTimeZoneCache } from './server-time-zone-cache';
import type { StoryPointFieldCache } from './story-point-field-cache';
import { FALLBACK_STORY_POINT_FIELDS, storyPointFieldIds } from './story-point-fields';

/** The fetch Response subset the gateway reads (Forge's `APIResponse`). */
export interface JiraResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}

export interface JiraRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Sends one request to Jira as the user or as the app. */
export type JiraRequester = (actor: Actor, path: Route, init?: JiraRequestInit) => Promise<JiraResponse>;

/**
 * The Forge way of calling Jira: `asUser()` respects the caller's Jira
 * permissions; `asApp()` is only used where a use case asked for it after
 * checking permissions itself. Locally the dev runtime's `__forge_fetch__`
 * answers these calls (emulator or real site); on Forge the platform does.
 */
export const forgeRequester: JiraRequester = (actor, path, init) =>
  (actor === 'user' ? api.asUser() : api.asApp()).requestJira(path, init);

const PROPERTIES = [PM_PROPERTY_KEY, KPI_PROPERTY_KEY];
/** Jira caps pages with fields; its cap is what it serves for our small field list. */
const DEFAULT_PAGE_SIZE = SEARCH_PAGE_ISSUES_MAX;
const BULK_FETCH_MAX = 100;
/** `project/search` answers at most 100 projects a page (Jira's documented maximum; default 50). */
const PROJECT_SEARCH_MAX = 100;
/** Project list pages requested at once once Jira said the total: modest, for the rate limit. */
const PROJECT_PAGES_AT_ONCE = 4;
/** Restarts of one search walk after expired page tokens before it gives up (and the read says incomplete). */
const MAX_SEARCH_RESTARTS = 3;
const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

export interface ForgeJiraGatewayOptions {
  clock: Clock;
  /** Shared by every request of the invocation (see RetryBudget). */
  budget?: RetryBudget;
  request?: JiraRequester;
  /** Where the site's story-point field ids are kept between invocations; absent = ask `GET /field` once per gateway. */
  storyPointFieldCache?: StoryPointFieldCache;
  /** Where the site's time zone is kept between invocations; absent = ask `GET /serverInfo` once per gateway. */
  serverTimeZoneCache?: ServerTimeZoneCache;
}

export class ForgeJiraGateway implements JiraGateway {
  private readonly clock: Clock;
  private readonly budget: RetryBudget;
  private readonly request: JiraRequester;
  private readonly fieldCache: StoryPointFieldCache | undefined;
  /** The site's story-point fields, read once per gateway (one invocation). */
  private storyPointFields: Promise<readonly string[]> | undefined;
  private readonly zoneCache: ServerTimeZoneCache | undefined;
  /** The site's time zone, read once per gateway (one invocation). */
  private timeZone: Promise<string | undefined> | undefined;
  /** The site's Start date field id, read once per gateway (one invocation). */
  private startField: Promise<string | undefined> | undefined;

  constructor(options: ForgeJiraGatewayOptions) {
    this.clock = options.clock;
    this.budget = options.budget ?? new RetryBudget();
    this.request = options.request ?? forgeRequester;
    this.fieldCache = options.storyPointFieldCache;
    this.zoneCache = options.serverTimeZoneCache;
  }

  async *searchIssues(jql: string, options: SearchOptions): AsyncIterable<IssuePage> {
    const reconcile = options.reconcileIssues ?? [];
    if (reconcile.length > RECONCILE_ISSUES_MAX)
      throw new RangeError(`reconcileIssues takes at most ${RECONCILE_ISSUES_MAX} issue ids, got ${reconcile.length}`);
    const pointFields = await this.pointFields();
    // Ids already handed out: a walk restarted after an expired page token skips them, so no issue counts twice.
    const yielded = new Set<string>();
    let restarts = 0;
    let nextPageToken: string | undefined;
    for (;;) {
      let page: z.infer<typeof searchPageSchema>;
      try {
        // Jira wants the same reconcile list on every page of the walk.
        page = await this.searchRequest(jql, options, pointFields, nextPageToken);
      } catch (error) {
        // Jira answers 400 for a page token that expired mid-walk (the JQL itself passed on page one):
        // start the walk again, within the retry budget, rather than fail or stop short.
        if (!(error instanceof JiraBadRequestError) || !nextPageToken) throw error;
        restarts += 1;
        if (restarts > MAX_SEARCH_RESTARTS || !this.budget.take(0)) {
          throw new JiraUnavailableError(`the issue search's page token kept expiring (${restarts} restarts)`);
        }
        nextPageToken = undefined;
        continue;
      }
      nextPageToken = page.nextPageToken ?? undefined;
      // Jira says isLast; an absent token also ends the walk (never loop on a missing token).
      const isLast = page.isLast ?? !nextPageToken;
      const fresh = page.issues.filter((issue) => !yielded.has(issue.id));
      for (const issue of fresh) yielded.add(issue.id);
      yield { issues: fresh.map((issue) => mapJiraIssue(issue, pointFields)), isLast: isLast || !nextPageToken };
      if (isLast || !nextPageToken) return;
    }
  }

  async searchPage(jql: string, options: SearchPageOptions): Promise<SearchPageResult> {
    const pointFields = await this.pointFields();
    // No restart here: the token belongs to the caller's paging, so an expired one is theirs to handle.
    const page = await this.searchRequest(jql, options, pointFields, options.pageToken);
    const nextPageToken = page.isLast === true ? undefined : (page.nextPageToken ?? undefined);
    return {
      issues: page.issues.map((issue) => mapJiraIssue(issue, pointFields)),
      ...(nextPageToken ? { nextPageToken } : {}),
    };
  }

  async searchRoadmapItems(jql: string, options: SearchPageOptions): Promise<RoadmapItemPage> {
    this.startField ??= this.call('app', route`/rest/api/3/field`, fieldListSchema, 'listing fields').then(
      startDateFieldId,
      (error: unknown) => {
        this.startField = undefined; // try again on the next read
        throw error;
      },
    );
    const startField = await this.startField;
    const page = await this.call(
      options.as,
      route`/rest/api/3/search/jql`,
      roadmapSearchPageSchema,
      'the roadmap search',
      {
        method: 'POST',
        body: JSON.stringify(roadmapSearchBody(jql, options, startField)),
      },
    );
    return roadmapPageOf(page, startField);
  }

  private searchRequest(
    jql: string,
    options: SearchOptions,
    pointFields: readonly string[],
    nextPageToken: string | undefined,
  ): Promise<z.infer<typeof searchPageSchema>> {
    const reconcile = options.reconcileIssues ?? [];
    const body = {
      jql,
      fields: [...ISSUE_FIELDS, ...pointFields, ...(options.withSubtasks ? [SUBTASKS_FIELD] : [])],
      properties: PROPERTIES,
      maxResults: options.pageSize ?? DEFAULT_PAGE_SIZE,
      ...(reconcile.length > 0 ? { reconcileIssues: reconcile.map(Number) } : {}),
      ...(nextPageToken ? { nextPageToken } : {}),
    };
    return this.call(options.as, route`/rest/api/3/search/jql`, searchPageSchema, 'the issue search', {
      method: 'POST',
      body: JSON.stringify(body),
    });
  }

  async getIssue(idOrKey: string, options: ActOptions): Promise<JiraIssue | undefined> {
    const [issue] = await this.bulkFetch([idOrKey], options);
    return issue;
  }

  async bulkFetch(idsOrKeys: string[], options: ActOptions): Promise<JiraIssue[]> {
    const unique = [...new Set(idsOrKeys)];
    const issues: JiraIssue[] = [];
    if (unique.length === 0) return issues;
    const pointFields = await this.pointFields();
    for (let start = 0; start < unique.length; start += BULK_FETCH_MAX) {
      const chunk = unique.slice(start, start + BULK_FETCH_MAX);
      // Unknown or invisible issues come back in `issueErrors`, not as a failure.
      const result = await this.call(
        options.as,
        route`/rest/api/3/issue/bulkfetch`,
        bulkFetchSchema,
        'reading issues',
        {
          method: 'POST',
          body: JSON.stringify({
            issueIdsOrKeys: chunk,
            fields: [...ISSUE_FIELDS, ...pointFields],
            properties: PROPERTIES,
          }),
        },
      );
      issues.push(...result.issues.map((issue) => mapJiraIssue(issue, pointFields)));
    }
    return issues;
  }

  async getIssueProperty(idOrKey: string, propertyKey: string, options: ActOptions): Promise<unknown | undefined> {
    const result = await this.callOptional(
      options.as,
      route`/rest/api/3/issue/${idOrKey}/properties/${propertyKey}`,
      entityPropertySchema,
      `reading ${propertyKey} of ${idOrKey}`,
    );
    return result?.value;
  }

  async setIssueProperty(idOrKey: string, propertyKey: string, value: unknown, options: ActOptions): Promise<void> {
    await this.send(
      options.as,
      route`/rest/api/3/issue/${idOrKey}/properties/${propertyKey}`,
      `saving ${propertyKey} of ${idOrKey}`,
      {
        method: 'PUT',
        body: JSON.stringify(value),
      },
    );
  }

  async setIssuePropertiesBulk(
    entries: readonly BulkPropertyEntry[],
    options: ActOptions,
  ): Promise<BulkPropertyResult> {
    if (entries.length > BULK_PROPERTY_ISSUES_MAX)
      throw new RangeError(
        `a bulk property write takes at most ${BULK_PROPERTY_ISSUES_MAX} issues, got ${entries.length}`,
      );
    if (entries.length === 0) return { calls: 0, failedIssueIds: [] };
    const what = `setting properties of ${entries.length} issues`;
    const submitted = await this.sendRaw(options.as, route`/rest/api/3/issue/properties/multi`, what, {
      method: 'POST',
      body: JSON.stringify({
        issues: entries.map((e) => ({ issueID: Number(e.issueId), properties: e.properties })),
      }),
    });
    let calls = 1;
    let task: TaskProgress;
    let taskId: string | undefined;
    if (submitted.status === 303) {
      taskId = taskIdOf(submitted.headers.get('location'));
      if (!taskId) throw new JiraResponseShapeError(`Jira's answer to ${what} named no task`, 'location');
      task = { id: taskId, status: 'ENQUEUED' };
    } else {
      // A requester that follows redirects hands over the task itself.
      await this.ensureOk(submitted, what);
      task = parseBody(taskProgressSchema, await submitted.json(), what);
      taskId = task.id;
    }
    // The task runs in Jira's background: poll with backoff, never longer than TASK_PATIENCE_MS.
    let waited = 0;
    for (let delay = 250; !taskFinished(task); delay = Math.min(delay * 2, 4000)) {
      if (waited >= TASK_PATIENCE_MS)
        throw new JiraUnavailableError(`Jira's task ${taskId} for ${what} did not finish in ${TASK_PATIENCE_MS} ms`);
      await this.clock.sleep(delay);
      waited += delay;
      task = await this.call(
        options.as,
        route`/rest/api/3/task/${taskId}`,
        taskProgressSchema,
        `reading task ${taskId}`,
      );
      calls += 1;
    }
    if (task.status !== 'COMPLETE')
      throw new JiraUnavailableError(`Jira's task ${taskId} for ${what} ended ${task.status}: ${task.message ?? ''}`);
    return { calls, failedIssueIds: failedIssueIdsOf(task) };
  }

  async listProjects(options: ActOptions): Promise<ProjectSummary[]> {
    // `action=browse`: the default (`view`) also lists projects the actor only administers,
    // whose issues a search then refuses.
    const page = (startAt: number) =>
      this.call(
        options.as,
        route`/rest/api/3/project/search?${new URLSearchParams({
          startAt: String(startAt),
          maxResults: String(PROJECT_SEARCH_MAX),
          orderBy: 'key',
          action: 'browse',
        })}`,
        projectSearchPageSchema,
        'listing projects',
      );
    const summaries = (p: z.infer<typeof projectSearchPageSchema>) =>
      p.values.map(({ id, key, name }) => ({ id, key, name }));
    const first = await page(0);
    const projects = summaries(first);
    if ((first.isLast ?? first.values.length < PROJECT_SEARCH_MAX) || first.values.length === 0) return projects;
    // Jira says how many there are: the other pages at once (a portfolio page lists every
    // project on each open), each at its offset, so their order is Jira's key order.
    if (first.total !== undefined && first.values.length === PROJECT_SEARCH_MAX) {
      const offsets: number[] = [];
      for (let at = PROJECT_SEARCH_MAX; at < first.total; at += PROJECT_SEARCH_MAX) offsets.push(at);
      for (let i = 0; i < offsets.length; i += PROJECT_PAGES_AT_ONCE) {
        const pages = await Promise.all(offsets.slice(i, i + PROJECT_PAGES_AT_ONCE).map(page));
        projects.push(...pages.flatMap(summaries));
      }
      return projects;
    }
    // Page after page, each from where the last one ended (Jira may serve fewer than asked).
    for (let startAt = projects.length; ; startAt = projects.length) {
      const next = await page(startAt);
      projects.push(...summaries(next));
      if ((next.isLast ?? next.values.length < PROJECT_SEARCH_MAX) || next.values.length === 0) return projects;
    }
  }

  async getProject(idOrKey: string, options: ActOptions): Promise<ProjectSummary | undefined> {
    const project = await this.callOptional(
      options.as,
      route`/rest/api/3/project/${idOrKey}`,
      projectSchema,
      `reading project ${idOrKey}`,
    );
    return project ? { id: project.id, key: project.key, name: project.name } : undefined;
  }

  async getBrowsableProject(key: string, options: ActOptions): Promise<ProjectSummary | undefined> {
    // GET project/{key} answers for a project the actor only administers (the app holds
    // Administer Jira); project/search with action=browse answers only what a search may read.
    const query = new URLSearchParams({ keys: key, action: 'browse', maxResults: '1' });
    const page = await this.call(
      options.as,
      route`/rest/api/3/project/search?${query}`,
      projectSearchPageSchema,
      `reading project ${key}`,
    );
    const project = page.values.find((p) => p.key === key);
    return project ? { id: project.id, key: project.key, name: project.name } : undefined;
  }

  async listProjectVersions(projectKey: string, options: ActOptions): Promise<ProjectVersion[]> {
    // One unpaged list per project (Jira's project versions endpoint); 404 = not browsable by the actor.
    const list = await this.callOptional(
      options.as,
      route`/rest/api/3/project/${projectKey}/versions`,
      projectVersionsSchema,
      `reading the versions of ${projectKey}`,
    );
    return list ? projectVersionsOf(list) : [];
  }

  async rankIssuesBefore(keys: readonly string[], beforeKey: string, options: ActOptions): Promise<RankResult> {
    if (keys.length === 0) return { ranked: [], failed: [] };
    if (keys.length > RANK_ISSUES_MAX)
      throw new RangeError(`a rank call takes at most ${RANK_ISSUES_MAX} issues, got ${keys.length}`);
    const what = `ranking ${keys.join(', ')} before ${beforeKey}`;
    const response = await this.send(options.as, route`/rest/agile/1.0/issue/rank`, what, {
      method: 'PUT',
      body: JSON.stringify({ issues: keys, rankBeforeIssue: beforeKey }),
    });
    // 204: every issue moved; 207: some did not, one entry per issue.
    if (response.status !== 207) return { ranked: [...keys], failed: [] };
    return rankResultOf(keys, parseBody(rankEntriesSchema, await response.json(), what));
  }

  async myPermissions(
    permissions: JiraPermission[],
    scope: PermissionScope = {},
  ): Promise<Record<JiraPermission, boolean>> {
    const query = new URLSearchParams({ permissions: permissions.join(',') });
    if (scope.projectKey) query.set('projectKey', scope.projectKey);
    if (scope.issueKey) query.set('issueKey', scope.issueKey);
    // A project or issue the user cannot see answers 404: they hold no permission there.
    const result = await this.callOptional(
      'user',
      route`/rest/api/3/mypermissions?${query}`,
      myPermissionsSchema,
      'checking permissions',
    );
    const answer = {} as Record<JiraPermission, boolean>;
    for (const permission of permissions) answer[permission] = result?.permissions[permission]?.havePermission === true;
    return answer;
  }

  async myself(): Promise<Account> {
    const me = await this.call('user', route`/rest/api/3/myself`, myselfSchema, 'reading the current user');
    return { accountId: me.accountId, displayName: me.displayName };
  }

  async listIssueTypes(options: ActOptions): Promise<SiteIssueType[]> {
    const types = await this.call(options.as, route`/rest/api/3/issuetype`, issueTypeListSchema, 'listing issue types');
    return types.map((t) => ({
      id: t.id,
      name: t.name,
      subtask: t.subtask ?? false,
      ...(t.hierarchyLevel !== undefined ? { hierarchyLevel: t.hierarchyLevel } : {}),
    }));
  }

  async listStatuses(options: ActOptions): Promise<SiteStatus[]> {
    const statuses = await this.call(options.as, route`/rest/api/3/status`, statusListSchema, 'listing statuses');
    return statuses.map((s) => ({ id: s.id, name: s.name, category: statusCategoryOf(s.statusCategory?.key) }));
  }

  async listIssueLinkTypes(options: ActOptions): Promise<SiteLinkType[]> {
    const page = await this.call(
      options.as,
      route`/rest/api/3/issueLinkType`,
      issueLinkTypeListSchema,
      'listing issue link types',
    );
    return page.issueLinkTypes.map(({ id, name, inward, outward }) => ({ id, name, inward, outward }));
  }

  async countIssues(jql: string, options: ActOptions): Promise<number> {
    const answer = await this.call(
      options.as,
      route`/rest/api/3/search/approximate-count`,
      approximateCountSchema,
      'counting issues',
      {
        method: 'POST',
        body: JSON.stringify({ jql }),
      },
    );
    return answer.count;
  }

  /**
   * `serverTimeZone` of `GET /serverInfo` (anonymous on Jira Cloud; asked as the app), or from the
   * cache when fresh. Rate limits and outages propagate like any read (a stored state must not be
   * rebuilt for another zone because Jira was briefly down); an answer of another shape is "none".
   */
  serverTimeZone(): Promise<string | undefined> {
    this.timeZone ??= this.readServerTimeZone().catch((error: unknown) => {
      if (error instanceof JiraResponseShapeError) return undefined;
      this.timeZone = undefined; // try again on the next read
      throw error;
    });
    return this.timeZone;
  }

  private async readServerTimeZone(): Promise<string | undefined> {
    const cached = await this.zoneCache?.read();
    if (cached !== undefined) return cached ?? undefined;
    const info = await this.call('app', route`/rest/api/3/serverInfo`, serverInfoSchema, 'reading the server info');
    await this.zoneCache?.write(info.serverTimeZone ?? null);
    return info.serverTimeZone;
  }

  /**
   * Story-point candidates from `GET /field` (any actor may read it), or from the field cache
   * when the gateway has one and it is fresh. Rate limits and
   * outages propagate like any read; an answer of another shape falls back to the
   * common id rather than failing the read.
   */
  private pointFields(): Promise<readonly string[]> {
    this.storyPointFields ??= this.readPointFields().catch((error: unknown) => {
      if (error instanceof JiraResponseShapeError) return FALLBACK_STORY_POINT_FIELDS;
      this.storyPointFields = undefined; // try again on the next read
      throw error;
    });
    return this.storyPointFields;
  }

  private async readPointFields(): Promise<readonly string[]> {
    const cached = await this.fieldCache?.read();
    if (cached) return cached;
    const ids = storyPointFieldIds(await this.call('app', route`/rest/api/3/field`, fieldListSchema, 'listing fields'));
    await this.fieldCache?.write(ids);
    return ids;
  }

  // --- plumbing -----------------------------------------------------------

  private sendRaw(actor: Actor, path: Route, what: string, init: JiraRequestInit = {}): Promise<JiraResponse> {
    const withHeaders = { ...init, headers: { ...JSON_HEADERS, ...init.headers } };
    // The body is read inside the retry: a connection that breaks off mid-body is retried like one
    // that never answered, instead of surfacing as a JSON syntax error.
    return sendWithRetry(async () => buffered(await this.request(actor, path, withHeaders)), {
      budget: this.budget,
      clock: this.clock,
      what,
    });
  }

  private async send(actor: Actor, path: Route, what: string, init?: JiraRequestInit): Promise<JiraResponse> {
    const response = await this.sendRaw(actor, path, what, init);
    await this.ensureOk(response, what);
    return response;
  }

  private async call<S extends z.ZodType>(
    actor: Actor,
    path: Route,
    schema: S,
    what: string,
    init?: JiraRequestInit,
  ): Promise<z.infer<S>> {
    const response = await this.send(actor, path, what, init);
    return parseBody(schema, await response.json(), what);
  }

  /** Like `call`, but a 404 means "not there (or not visible)": undefined. */
  private async callOptional<S extends z.ZodType>(
    actor: Actor,
    path: Route,
    schema: S,
    what: string,
    init?: JiraRequestInit,
  ): Promise<z.infer<S> | undefined> {
    const response = await this.sendRaw(actor, path, what, init);
    if (response.status === 404) return undefined;
    await this.ensureOk(response, what);
    return parseBody(schema, await response.json(), what);
  }

  private async ensureOk(response: JiraResponse, what: string): Promise<void> {
    if (response.ok) return;
    const messages = await errorMessages(response);
    if (response.status === 401 || response.status === 403) {
      throw new JiraForbiddenError(`Jira refused ${what} (${response.status})`);
    }
    if (response.status === 400 || response.status === 404 || response.status === 409) {
      throw new JiraBadRequestError(`Jira rejected ${what} (${response.status}): ${messages.join('; ')}`, messages);
    }
    throw new JiraUnavailableError(`Jira answered ${response.status} for ${what}`, response.status);
  }
}

/** The response with its whole body read (reading rejects when the body broke off). */
async function buffered(response: JiraResponse): Promise<JiraResponse> {
  const text = await response.text();
  return {
    status: response.status,
    ok: response.ok,
    headers: response.headers,
    json: async () => JSON.parse(text) as unknown,
    text: async () => text,
  };
}

function parseBody<S extends z.ZodType>(schema: S, body: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  throw new JiraResponseShapeError(
    `Jira's answer to ${what} did not match the expected shape at '${path}': ${issue?.message ?? ''}`,
    path,
  );
}

async function errorMessages(response: JiraResponse): Promise<string[]> {
  try {
    const text = await response.text();
    const parsed = jiraErrorBodySchema.safeParse(JSON.parse(text));
    if (!parsed.success) return [];
    return [...parsed.data.errorMessages, ...Object.values(parsed.data.errors)];
  } catch {
    return [];
  }
}
