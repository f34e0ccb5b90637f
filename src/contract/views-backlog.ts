import type { BacklogFilter, ScoreModel } from './payloads';
import type { RequirementRow } from './views';

export type { BacklogFilter } from './payloads';

/**
 * One page of a project's ranked backlog (getBacklogPage): Jira orders the issues scored by
 * `model` (its indexed pm<Model>Score, highest first, then key), so only this page is read.
 */
export interface BacklogPage {
  model: ScoreModel;
  rows: RequirementRow[];
  /** Pass it back for the next page; absent on the last one. */
  nextPageToken?: string;
  /** The filter the rows answer (defaults filled in). */
  filter: BacklogFilter;
  /** The JQL Jira paged (without ORDER BY), for a "view in Jira search" link. */
  jql: string;
}

/**
 * liftBlocker's answer: the blocker was moved (or was already) just above `rankedBefore` in Jira's
 * rank, the board order. The backlog ranks by `model`'s score, which a lift does not change.
 * `dependants`: the open work scored above it that waits on it, as the caller may see it.
 */
export interface LiftBlockerView {
  issueKey: string;
  rankedBefore: string;
  moved: boolean;
  dependants: string[];
  model: ScoreModel;
}
