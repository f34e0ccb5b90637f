import { z } from 'zod';
import type { DatasetIssue } from '../dataset/dataset-schema';
import type { Principal } from './auth';
import { intParam, type RequestContext } from './context';
import type { EmulatorCore } from './core';
import { httpError, json, MESSAGES } from './errors';
import { parseFieldSelection, parsePropertySelection, tokens } from './fields-param';
import { IssueRenderer } from './issue-json';
import { compileJql, JqlError, type CompiledJql, type JqlIssueView } from './jql';
import { decodePageToken, encodePageToken } from './page-token';
import { buildIssueView } from './issue-view';
import { canBrowse } from './permissions';
import { RECONCILE_MAX } from './search-lag';
import { SearchIndex } from './search-index';

/**
 * Page caps of `search/jql`, like Jira Cloud's: up to 5000 issues a page when only
 * ids (or keys) are requested, up to 100 when fields or properties are; default 50.
 * A larger maxResults is clamped to the cap (Jira returns fewer, never an error).
 */
export const SEARCH_DEFAULT_MAX_RESULTS = 50;
export const SEARCH_MAX_IDS_ONLY = 5000;
export const SEARCH_MAX_WITH_FIELDS = 100;

const postBodySchema = z
  .object({
    jql: z.string().optional(),
    nextPageToken: z.string().nullish(),
    maxResults: z.number().int().optional(),
    fields: z.union([z.array(z.string()), z.string()]).optional(),
    properties: z.union([z.array(z.string()), z.string()]).optional(),
    expand: z.string().optional(),
    fieldsByKeys: z.boolean().optional(),
    reconcileIssues: z.array(z.number().int()).optional(),
  })
  .loose();

const countBodySchema = z.object({ jql: z.string().optional() }).loose();

interface CachedResult {
  version: number;
  issues: DatasetIssue[];
}

/**
 * Runs bounded JQL for a principal: permission filter first, then match, then
 * order (the query's ORDER BY, ties by id). Results are cached per (principal, jql)
 * until the state changes, so walking pages does not re-run the query. With a
 * search lag (`core.searchLag`), recently written issues are matched and returned
 * as the index still has them, except those named in `reconcile`.
 */
export class Searcher {
  private readonly cache = new Map<string, CachedResult>();
  private readonly index: SearchIndex<DatasetIssue>;

  constructor(private readonly core: EmulatorCore) {
    this.index = new SearchIndex(
      () => core.state.issues.values(),
      (issue) => core.views.get(issue),
      () => core.state.version,
    );
  }

  compile(principal: Principal, jql: string | undefined): CompiledJql {
    if (!jql || jql.trim() === '') throw httpError(400, MESSAGES.unbounded);
    let compiled: CompiledJql;
    try {
      compiled = compileJql(jql, this.core.jqlContext(principal));
    } catch (err) {
      if (err instanceof JqlError) throw httpError(400, err.message);
      throw err;
    }
    if (!compiled.bounded) throw httpError(400, MESSAGES.unbounded);
    return compiled;
  }

  run(principal: Principal, jql: string | undefined, reconcile: ReadonlySet<string> = new Set()): DatasetIssue[] {
    const compiled = this.compile(principal, jql);
    const stale = this.core.searchLag.staleVersions();
    for (const id of reconcile) stale.delete(id);
    const account = principal.kind === 'app' ? 'app' : principal.user.accountId;
    const cacheKey = `${account}\n${jql ?? ''}`;
    const version = this.core.state.version;
    const hit = this.cache.get(cacheKey);
    if (stale.size === 0 && hit && hit.version === version) return hit.issues;

    const { state, views } = this.core;
    const browsable = new Set(state.projects.filter((p) => canBrowse(principal, p)).map((p) => p.id));
    // What the index holds: current issues, except stale ones, which it has as they were.
    const indexedViews = new Map<DatasetIssue, JqlIssueView>();
    const viewOf = (issue: DatasetIssue): JqlIssueView => indexedViews.get(issue) ?? views.get(issue);
    const matched: DatasetIssue[] = [];
    for (const issue of this.index.candidates(compiled.narrowing) ?? state.issues.values()) {
      if (!stale.has(issue.id) && browsable.has(issue.fields.project.id) && compiled.matches(views.get(issue)))
        matched.push(issue);
    }
    for (const indexed of stale.values()) {
      if (!indexed || !browsable.has(indexed.fields.project.id)) continue;
      const v = buildIssueView(state, indexed);
      if (!compiled.matches(v)) continue;
      indexedViews.set(indexed, v);
      matched.push(indexed);
    }
    matched.sort((a, b) => compiled.compare(viewOf(a), viewOf(b)) || Number(a.id) - Number(b.id));
    if (stale.size > 0) return matched;

    if (this.cache.size >= 32) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(cacheKey, { version, issues: matched });
    return matched;
  }
}

interface SearchRequest {
  jql: string | undefined;
  reconcileIssues: unknown[] | undefined;
  nextPageToken: string | undefined;
  maxResults: unknown;
  fields: string[] | undefined;
  properties: string[] | undefined;
}

function searchPage(ctx: RequestContext, searcher: Searcher, req: SearchRequest): Response {
  const fields = parseFieldSelection(req.fields, ['id']);
  const properties = parsePropertySelection(req.properties);
  const light = !properties && (req.fields ?? ['id']).every((f) => f === 'id' || f === 'key');
  const cap = light ? SEARCH_MAX_IDS_ONLY : SEARCH_MAX_WITH_FIELDS;
  const maxResults = Math.min(intParam('maxResults', req.maxResults, SEARCH_DEFAULT_MAX_RESULTS, 1), cap);

  const all = searcher.run(ctx.principal, req.jql, reconcileSet(req.reconcileIssues));
  const start = decodePageToken(req.nextPageToken, req.jql ?? '');
  const page = all.slice(start, start + maxResults);
  const end = start + page.length;
  const isLast = end >= all.length;
  ctx.cost = 1 + page.length;

  const renderer = new IssueRenderer(ctx.core.state, ctx.origin, ctx.principal);
  return json(200, {
    issues: page.map((issue) => renderer.render(issue, fields, properties)),
    ...(isLast ? {} : { nextPageToken: encodePageToken(end, req.jql ?? '') }),
    isLast,
  });
}

/** `reconcileIssues`: issue ids (integers), at most RECONCILE_MAX; 400 like a bad parameter otherwise. */
function reconcileSet(raw: unknown[] | undefined): Set<string> {
  if (!raw) return new Set();
  if (raw.length > RECONCILE_MAX)
    throw httpError(400, `The 'reconcileIssues' parameter accepts at most ${RECONCILE_MAX} issue ids.`);
  const ids = raw.map((v) => String(v).trim());
  if (!ids.every((id) => /^\d+$/.test(id)))
    throw httpError(400, "The 'reconcileIssues' parameter must be a list of issue ids (integers).");
  return new Set(ids);
}

export function searchGet(searcher: Searcher) {
  return (ctx: RequestContext): Response =>
    searchPage(ctx, searcher, {
      jql: ctx.query('jql'),
      reconcileIssues: tokens(ctx.queryAll('reconcileIssues')),
      nextPageToken: ctx.query('nextPageToken'),
      maxResults: ctx.query('maxResults'),
      fields: tokens(ctx.queryAll('fields')),
      properties: tokens(ctx.queryAll('properties')),
    });
}

export function searchPost(searcher: Searcher) {
  return async (ctx: RequestContext): Promise<Response> => {
    const parsed = postBodySchema.safeParse((await ctx.body()) ?? {});
    if (!parsed.success)
      throw httpError(
        400,
        `Invalid request payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    const body = parsed.data;
    return searchPage(ctx, searcher, {
      jql: body.jql,
      reconcileIssues: body.reconcileIssues,
      nextPageToken: body.nextPageToken ?? undefined,
      maxResults: body.maxResults,
      fields: tokens(body.fields),
      properties: tokens(body.properties),
    });
  };
}

export function approximateCount(searcher: Searcher) {
  return async (ctx: RequestContext): Promise<Response> => {
    const parsed = countBodySchema.safeParse((await ctx.body()) ?? {});
    if (!parsed.success) throw httpError(400, 'Invalid request payload: jql must be a string.');
    return json(200, { count: searcher.run(ctx.principal, parsed.data.jql).length });
  };
}

/** The old `/rest/api/3/search` (GET and POST) was removed from Jira Cloud: 410 Gone. */
export function removedSearch(): Response {
  throw httpError(410, MESSAGES.searchRemoved);
}
