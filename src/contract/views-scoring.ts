import type { ScoreModel } from './payloads';
import type { ScoringInputs } from './pm-property';
import type { HistoryEntry, RequirementContextView, ScoreView } from './views';

/**
 * Where a score ranks among the project's open work (the backlog's default view): 1 + the
 * number of other open issues the caller can see whose indexed score for the model is higher
 * (Jira's count; ties share the better rank). `rank` is absent, with `unavailable` saying why,
 * when Jira could not count: the panel then says "rank unavailable", never a guess.
 */
export interface ScoreRank {
  model: ScoreModel;
  value: number;
  rank?: number;
  unavailable?: string;
}

export interface ScoreRanks {
  projectKey: string;
  ranks: ScoreRank[];
}

/** One backlog row's scoring inputs for its inline editor, and the version a save is made against. */
export interface BacklogScoringView {
  issueKey: string;
  summary: string;
  version: number;
  scores: ScoringInputs;
  scoreViews: ScoreView[];
  canEdit: boolean;
  /** Who saved last and when (an account id: its display name is in `history`). */
  pm: Pick<RequirementContextView['pm'], 'updatedBy' | 'updatedAt'>;
  /**
   * Who made the latest changes, newest first: only names, no values (so nothing to redact),
   * enough for a conflict to name who saved first as the issue panel does.
   */
  history: Pick<HistoryEntry, 'accountId' | 'displayName'>[];
  /** The site's scoring settings and weighted criteria, so the editor previews and validates in the browser. */
  options: Pick<RequirementContextView['options'], 'weightedCriteria' | 'scoring'>;
}
