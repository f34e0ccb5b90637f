import type { BacklogStatusFilter, ScoreModel } from './payloads';
import type { RequirementRow } from './views';

/**
 * One page of a project's ranked backlog (getBacklogPage): Jira orders the issues scored by
 * `model` (its indexed pm<Model>Score, highest first, then key), so only this page is read.
 */
export interface BacklogPage {
  model: ScoreModel;
  rows: RequirementRow[];
  /** Pass it back for the next page; absent on the last one. */
  nextPageToken?: string;
  filter: { status: BacklogStatusFilter };
}
