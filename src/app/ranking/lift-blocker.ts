import type { ScoreModel } from '../../contract/payloads';
import { rankValue, scoreViewOf } from '../../contract/score-views';
import type { LiftBlockerView } from '../../contract/views-backlog';
import { liftTarget } from '../../domain/ranking/lift-target';
import { scoreIssue } from '../../domain/scoring/score-issue';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import { backlogInversions, blockedKeysOf } from '../dashboard/backlog-inversions';
import { forbidden, invalid, notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { jqlString } from '../shared/read-all-issues';

/** How far a chain of blocks is followed, and how many issues a level reads (one bulkfetch). */
const CHAIN_DEPTH = 3;
const LEVEL_MAX = 100;

export interface LiftBlockerInput {
  /** From the Forge context (the project page). */
  projectKey: string;
  /** The blocker (payload): read as the caller; it must belong to `projectKey`. */
  issueKey: string;
  model?: ScoreModel;
}

/**
 * "Lift to its dependant's rank": the backlog ranks by score, which stays as it is; the lift is
 * the move in Jira's rank (the board order), where the blocker goes just above the first-ranked
 * of the open work scored above it that waits on it (domain/ranking/lift-target.ts). Everything
 * is read as the caller, so a dependant they cannot see is neither followed nor named; the caller
 * needs Edit and Schedule Issues (Jira's rank permissions) on the blocker. The inversion is found
 * again here, never taken from the payload.
 */
export async function liftBlocker(deps: AppDeps, input: LiftBlockerInput): Promise<LiftBlockerView> {
  const record = await deps.jira.getIssue(input.issueKey, { as: 'user' });
  if (!record || record.issue.projectKey !== input.projectKey)
    throw notFound('This issue is not in this project or you cannot see it.');
  const key = record.issue.key;
  const can = await deps.jira.myPermissions(['EDIT_ISSUES', 'SCHEDULE_ISSUES'], { issueKey: key });
  if (!can.EDIT_ISSUES || !can.SCHEDULE_ISSUES)
    throw forbidden('You cannot rank this issue: Jira needs Edit Issues and Schedule Issues for it.');
  const { config } = await loadConfig(deps.store, deps.logger);
  const model = input.model ?? config.scoring.primaryModel;

  const byKey = await readChain(deps, record, config);
  const value = rankValue(
    scoreViewOf(
      model,
      scoreIssue(record.issue.pm?.scores ?? {}, config.scoring),
      false,
      config.scoring.weightedCriteria,
    ),
  );
  const inversion = backlogInversions([{ record, rank: null, value }], byKey, config, model).get(record.issue.id);
  if (!inversion) throw invalid(`${key} no longer blocks open work scored above it: there is nothing to lift it to.`);
  const dependants = inversion.dependants.map((d) => d.key);

  // Jira's rank of the blocker and what waits on it, as the caller sees them.
  const keys = [key, ...dependants];
  const page = await deps.jira.searchPage(`key in (${keys.map(jqlString).join(', ')}) ORDER BY Rank ASC`, {
    as: 'user',
    pageSize: keys.length,
  });
  const target = liftTarget(
    key,
    dependants,
    page.issues.map((i) => i.issue.key),
  );
  if (!target) throw notFound('What this issue blocks can no longer be found; reload the backlog.');
  if (target.alreadyAbove) return { issueKey: key, rankedBefore: target.before, moved: false, dependants, model };
  const result = await deps.jira.rankIssuesBefore([key], target.before, { as: 'user' });
  if (!result.ranked.includes(key))
    throw forbidden(`Jira did not rank ${key} (${result.failed[0]?.status ?? 'no answer'}).`);
  return { issueKey: key, rankedBefore: target.before, moved: true, dependants, model };
}

/** The open issues the blocker blocks, and those they block, up to CHAIN_DEPTH levels, read as the caller. */
async function readChain(
  deps: AppDeps,
  blocker: JiraIssue,
  config: Parameters<typeof blockedKeysOf>[1],
): Promise<Map<string, JiraIssue>> {
  const byKey = new Map<string, JiraIssue>([[blocker.issue.key, blocker]]);
  let level: JiraIssue[] = [blocker];
  for (let depth = 0; depth < CHAIN_DEPTH && level.length > 0; depth++) {
    const next = blockedKeysOf(level, config)
      .filter((k) => !byKey.has(k))
      .slice(0, LEVEL_MAX);
    if (next.length === 0) break;
    level = await deps.jira.bulkFetch(next, { as: 'user' });
    for (const r of level) byKey.set(r.issue.key, r);
  }
  byKey.delete(blocker.issue.key);
  return byKey;
}
