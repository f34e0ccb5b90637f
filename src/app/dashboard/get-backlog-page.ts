import { siteTimeZone } from '../shared/site-time-zone';
import type { BacklogFilter, ScoreModel } from '../../contract/payloads';
import { rankValue, scoreViewOf } from '../../contract/score-views';
import type { BacklogPage } from '../../contract/views-backlog';
import type { KpiStatus } from '../../contract/views';
import { rollUpPortfolio } from '../../domain/rollup/roll-up-portfolio';
import { scoreIssue } from '../../domain/scoring/score-issue';
import { isScoreStale } from '../../domain/scoring/score-staleness';
import { phaseIdSet, resolvePhase } from '../../domain/workflow/resolve-phase';
import { JiraBadRequestError } from '../../ports/jira-errors';
import type { SearchPageResult } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { resolveModel } from '../shared/resolve-model';
import { kpiViewOf } from '../views/kpi-view';
import { phaseRefIndex } from '../views/phase-views';
import { progressViewOf } from '../views/progress-view';
import { readinessViewOf } from '../views/readiness-view';
import { requirementRowOf } from '../views/requirement-row';
import { readBacklogContext } from './backlog-context';
import { storedChildren } from './stored-children';
import { readStateMeta } from '../project-state/state-records-store';
import { backlogInversions, blockedKeysOf } from './backlog-inversions';
import { shareOfBest } from '../../domain/scoring/normalise-scores';
import { refusedProjectSearch } from './refused-project-search';
import { backlogFilterJql, backlogPageJql } from './backlog-jql';
import { decodeBacklogCursor, encodeBacklogCursor, invalidPageToken, type BacklogCursor } from './backlog-page-token';

export interface GetBacklogPageInput {
  /** From the Forge context (the project page the user is on), never the payload. */
  projectKey: string;
  model?: ScoreModel;
  pageSize: number;
  pageToken?: string;
  filter: BacklogFilter;
}

/**
 * One page of the project's ranked backlog, read as the caller in a few Jira calls whatever the
 * project's size: Jira orders and pages the issues by the model's indexed score (one search),
 * then searches side by side bring what the rows need and their children's sub-tasks
 * (backlog-context.ts): two round trips with the project's stored state (it names the children
 * whose sub-tasks to ask for), a third for sub-tasks it did not know of or without it. Scores,
 * readiness, KPI status and progress are computed from what was read, with the dashboard's own
 * view builders.
 *
 * Ranks are positions in Jira's order (rows before this page + index + 1), with competition
 * ranking for ties as rankByScore does: a row whose score equals the previous row's shares its
 * rank, across page boundaries too (the cursor carries the last value and rank). Jira orders by
 * the indexed copy, refreshed on every save; ties are judged on the score shown.
 */
export async function getBacklogPage(deps: AppDeps, input: GetBacklogPageInput): Promise<BacklogPage> {
  const { config } = await loadConfig(deps.store, deps.logger);
  const model = resolveModel(input.model, config);
  const cursor = input.pageToken === undefined ? undefined : decodeBacklogCursor(input.pageToken, model, input.filter);
  // Read while Jira pages the backlog: the site's time zone (kept in app storage) and the stored
  // state's meta record, whose links buckets tell how to split the context read. Both are
  // awaited only once the page search has answered, so its refusal still decides first.
  const zone = settled(siteTimeZone(deps));
  const meta = readStateMeta(deps.store, input.projectKey).catch(() => undefined);
  const page = await searchPage(deps, input, backlogPageJql(input.projectKey, model, input.filter), cursor);
  const now = deps.clock.now();
  const stored = await storedChildren(
    deps.store,
    await meta,
    page.issues.map((r) => r.issue.id),
  );
  // The issues the rows block come with the context (same search), to flag priority inversions.
  const [timeZone, context] = await Promise.all([
    zone(),
    readBacklogContext(deps.jira, page.issues, blockedKeysOf(page.issues, config), stored),
  ]);
  const lookup = (key: string) => context.byKey.get(key)?.issue;

  const kpiStatusByKey = new Map<string, KpiStatus>();
  for (const record of context.byKey.values()) {
    const view = kpiViewOf(record, now, config, timeZone);
    if (view) kpiStatusByKey.set(view.key, view.status);
  }
  const rollup = rollUpPortfolio(context.subtree, config, now, timeZone);
  const phaseIds = phaseIdSet(config);
  const rowContext = { config, phases: phaseRefIndex(config), lookup, kpiStatusByKey };

  let last = cursor?.last;
  const offset = cursor?.offset ?? 0;
  const plainRows = page.issues.map((record, i) => {
    const issue = record.issue;
    const stale = isScoreStale(issue.pm, config.scoring.staleAfterDays, now.getTime());
    const mainScore = scoreViewOf(
      model,
      scoreIssue(issue.pm?.scores ?? {}, config.scoring),
      stale,
      config.scoring.weightedCriteria,
    );
    const value = rankValue(mainScore);
    let rank: number | null = null;
    if (value !== undefined) {
      rank = last !== undefined && last.value === value ? last.rank : offset + i + 1;
      last = { value, rank };
    }
    return requirementRowOf(
      {
        issue,
        parentKey: record.parentKey,
        phaseId: resolvePhase(issue, config, phaseIds),
        mainScore,
        rank,
        readiness: readinessViewOf(issue, config, lookup),
        stale,
        progress: progressViewOf(rollup.nodes[issue.id]?.agg),
      },
      rowContext,
    );
  });

  const inversions = backlogInversions(
    page.issues.map((record, i) => ({
      record,
      rank: plainRows[i]?.rank ?? null,
      value: plainRows[i] ? rankValue(plainRows[i].mainScore) : undefined,
    })),
    context.byKey,
    config,
    model,
  );
  // The weighted scorecard is also shown normalised across the compared set: the filtered backlog,
  // whose best score is its first row (Jira orders it), carried to later pages by the cursor.
  const first = plainRows[0];
  const best = model === 'weighted' ? (cursor?.best ?? (first ? rankValue(first.mainScore) : undefined)) : undefined;
  const rows = plainRows.map((row) => {
    const inversion = inversions.get(row.id);
    const value = rankValue(row.mainScore);
    const normalised =
      best !== undefined && value !== undefined
        ? { normalisedScore: Math.round(shareOfBest(value, best) * 10) / 10 }
        : {};
    return { ...row, ...normalised, ...(inversion ? { inversion } : {}) };
  });

  const nextPageToken = page.nextPageToken
    ? encodeBacklogCursor({
        jiraToken: page.nextPageToken,
        model,
        filter: input.filter,
        offset: offset + rows.length,
        ...(last ? { last } : {}),
        ...(best !== undefined ? { best } : {}),
      })
    : undefined;
  return {
    model,
    rows,
    ...(nextPageToken ? { nextPageToken } : {}),
    filter: input.filter,
    jql: backlogFilterJql(input.projectKey, model, input.filter),
  };
}

/** Starts `work` now; its rejection is handled (no unhandled rejection) and rethrown when the answer is asked for. */
function settled<T>(work: Promise<T>): () => Promise<T> {
  const outcome = work.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return async () => {
    const result = await outcome;
    if (result.ok) return result.value;
    throw result.error;
  };
}

/**
 * The page search as the caller. Jira refuses the JQL (400) for a project the caller cannot
 * browse, and a page token it no longer accepts: the first answers the dashboard's not-found
 * (or forbidden, for a project they only administer; found out with calls made only then),
 * the second a `validation` error naming the token.
 */
async function searchPage(
  deps: AppDeps,
  input: GetBacklogPageInput,
  jql: string,
  cursor: BacklogCursor | undefined,
): Promise<SearchPageResult> {
  try {
    return await deps.jira.searchPage(jql, {
      as: 'user',
      pageSize: input.pageSize,
      ...(cursor ? { pageToken: cursor.jiraToken } : {}),
    });
  } catch (error) {
    if (!(error instanceof JiraBadRequestError)) throw error;
    if (cursor) throw invalidPageToken();
    throw (await refusedProjectSearch(deps, input.projectKey)) ?? error;
  }
}
