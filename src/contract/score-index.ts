import { ALL_SCORE_MODELS } from './score-models';

type ScoreModel = (typeof ALL_SCORE_MODELS)[number];

/**
 * Each score model's value is indexed by Jira (manifest `jira:entityProperty`) at
 * `index.scores.<model>` of the requirement document, searchable as `pm<Model>Score`, so Jira
 * itself orders a backlog page (`ORDER BY pmRiceScore DESC`) and users get native JQL on every
 * model. Names are derived from the one model list; a test holds the manifest to it.
 *
 * @example
 * scoreIndexAlias('valueEffort') // 'pmValueEffortScore'
 * scoreIndexPath('rice') // 'index.scores.rice'
 */
export function scoreIndexAlias(model: ScoreModel): string {
  return `pm${model.charAt(0).toUpperCase()}${model.slice(1)}Score`;
}

export function scoreIndexPath(model: ScoreModel): string {
  return `index.scores.${model}`;
}

/** Every model's indexed value as the manifest declares it, in model order. */
export const SCORE_INDEX_VALUES = ALL_SCORE_MODELS.map((model) => ({
  model,
  path: scoreIndexPath(model),
  type: 'number' as const,
  searchAlias: scoreIndexAlias(model),
}));
