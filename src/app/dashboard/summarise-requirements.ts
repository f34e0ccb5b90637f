import type { ScoreModel } from '../../contract/payloads';
import type { DashboardView, RequirementRow } from '../../contract/views';
import type { JiraIssue } from '../../ports/jira-gateway';
import { checkMoscowCapacity } from '../../domain/scoring/check-moscow-capacity';
import { modelDisagreement } from '../../domain/ranking/model-disagreement';
import { modelValue } from '../../domain/scoring/score-issue';
import { NUMERIC_SCORE_MODELS, type ScoreModelId } from '../../domain/scoring/score-model-ids';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';

/**
 * The most serious disagreement between the main model and the others on
 * the listed requirements (domain: Spearman rank correlation), if any.
 */
export function strongestDisagreement(
  rows: readonly RequirementRow[],
  records: ReadonlyMap<string, JiraIssue>,
  model: ScoreModel,
  config: WorkflowConfig,
): DashboardView['disagreement'] {
  if (!NUMERIC_SCORE_MODELS.includes(model as ScoreModelId)) return undefined;
  const valuesOf = (m: ScoreModelId) =>
    rows.map((row) => ({ id: row.id, value: modelValue(m, records.get(row.id)?.issue.pm?.scores, config.scoring) }));
  const main = valuesOf(model as ScoreModelId);
  let worst: DashboardView['disagreement'];
  for (const other of NUMERIC_SCORE_MODELS) {
    if (other === model) continue;
    const result = modelDisagreement(main, valuesOf(other), config.scoring.disagreementThreshold);
    if (result.status !== 'compared' || !result.disagree) continue;
    if (!worst || result.correlation < worst.correlation) {
      worst = { models: [model, other], correlation: result.correlation, threshold: result.threshold };
    }
  }
  return worst;
}

/** DSDM guard over the requirements that carry a MoSCoW category (effort = story points). */
export function moscowGuard(
  rows: readonly RequirementRow[],
  records: ReadonlyMap<string, JiraIssue>,
  config: WorkflowConfig,
): DashboardView['moscowGuard'] {
  const items = rows
    .map((row) => records.get(row.id)?.issue)
    .filter((issue) => issue?.pm?.scores.moscow !== undefined)
    .map((issue) => ({ id: issue!.id, moscow: issue!.pm!.scores.moscow ?? null, effort: issue!.effort }));
  if (items.length === 0) return undefined;
  const result = checkMoscowCapacity(items, { limitShare: config.scoring.moscowMustShareLimit });
  if (result.status !== 'checked') return undefined;
  return { mustShare: result.mustShare, limit: result.limitShare, exceeded: result.exceeded };
}
