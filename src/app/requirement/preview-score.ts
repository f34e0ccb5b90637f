import type { ScoringInputs } from '../../contract/pm-property';
import type { ScorePreview } from '../../contract/views';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { scoreViews } from '../../contract/score-views';

/** Scores for unsaved inputs, as the editor types (nothing is read from or written to Jira). */
export async function previewScore(deps: AppDeps, scores: ScoringInputs): Promise<ScorePreview> {
  const { config } = await loadConfig(deps.store, deps.logger);
  return { scores: scoreViews(scores, config.scoring, false) };
}
