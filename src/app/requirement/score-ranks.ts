import type { ScoreModel } from '../../contract/payloads';
import type { ScoreRanks } from '../../contract/views-scoring';
import { notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { rankJql } from './rank-jql';

export interface ScoreRanksInput {
  /** From the Forge context (the issue the panel is on). */
  issueKey: string;
  scores: { model: ScoreModel; value: number }[];
}

/**
 * Where each given score ranks among the project's open work, counted by Jira as the caller
 * (rank-jql.ts), so an issue they cannot browse is never counted and none is named. A count
 * that fails leaves that rank out with the reason ("rank unavailable"), never a guess; the
 * others still answer. Identical requests are counted once.
 */
export async function scoreRanks(deps: AppDeps, input: ScoreRanksInput): Promise<ScoreRanks> {
  const record = await deps.jira.getIssue(input.issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const { key, projectKey } = record.issue;
  const counts = new Map<string, Promise<number>>();
  const count = (model: ScoreModel, value: number): Promise<number> => {
    const jql = rankJql(projectKey, model, value, key);
    let pending = counts.get(jql);
    if (!pending) counts.set(jql, (pending = deps.jira.countIssues(jql, { as: 'user' })));
    return pending;
  };
  const ranks = await Promise.all(
    input.scores.map(async ({ model, value }) => {
      try {
        return { model, value, rank: (await count(model, value)) + 1 };
      } catch (error) {
        deps.logger.warn('could not count the issues ranked above a score', {
          model,
          issue: key,
          error: error instanceof Error ? error.message : String(error),
        });
        return { model, value, unavailable: 'Jira could not count the ranking right now.' };
      }
    }),
  );
  return { projectKey, ranks };
}
