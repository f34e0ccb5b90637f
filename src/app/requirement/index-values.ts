import type { PmProperty } from '../../contract/pm-property';
import { ALL_SCORE_MODELS } from '../../contract/score-models';
import { rankValue, scoreViewOf } from '../../contract/score-views';
import type { PmIssue } from '../../domain/issue/pm-issue';
import { modelValue, scoreIssue } from '../../domain/scoring/score-issue';
import { isScoreStale } from '../../domain/scoring/score-staleness';
import { resolvePhase } from '../../domain/workflow/resolve-phase';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { UpstreamFacts } from '../../domain/readiness/assess-readiness';
import { readinessViewOf } from '../views/readiness-view';

/**
 * The values copied into the document's `index` so `jira:entityProperty`
 * makes them searchable (pmPhase, pmPersona, pmScore, pmReadiness, pmStale, and one
 * pm<Model>Score per model, see contract/score-index.ts). Recomputed
 * on every save so JQL never sorts by a stale copy. They are shared by every
 * user, so `lookup` must be the app's view of the linked items (asApp), never
 * the saver's: otherwise a saver who cannot see one lowers readiness for all. `stale` is the string
 * "true" / "false" because the manifest indexes it as a `string`.
 */
export function indexValues(
  issue: PmIssue,
  config: WorkflowConfig,
  lookup: (key: string) => UpstreamFacts | undefined,
  now: Date,
): PmProperty['index'] {
  const phase = resolvePhase(issue, config);
  const score = modelValue(config.scoring.primaryModel, issue.pm?.scores, config.scoring);
  const readiness = readinessViewOf(issue, config, lookup).percent;
  const stale = isScoreStale(issue.pm, config.scoring.staleAfterDays, now.getTime());
  const scores = modelRankValues(issue, config, stale);
  const persona = issue.pm?.personaKey;
  return {
    ...(phase !== null ? { phase } : {}),
    ...(persona ? { persona } : {}),
    ...(score !== null ? { score } : {}),
    readiness,
    stale: stale ? 'true' : 'false',
    ...(scores ? { scores } : {}),
  };
}

/** Each model's rank value, the number the backlog sorts by (MoSCoW and Kano as their order); absent when none is scored. */
function modelRankValues(issue: PmIssue, config: WorkflowConfig, stale: boolean): PmProperty['index']['scores'] {
  const inputs = issue.pm?.scores;
  if (inputs === undefined) return undefined;
  const all = scoreIssue(inputs, config.scoring);
  const out: NonNullable<PmProperty['index']['scores']> = {};
  for (const model of ALL_SCORE_MODELS) {
    const value = rankValue(scoreViewOf(model, all, stale));
    if (value !== undefined) out[model] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
