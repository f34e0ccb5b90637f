/**
 * The models that give a number and so can rank a backlog, in display order: the one list the
 * config schema, the roll-up, the backlog's model picker and the UI are built from (MoSCoW and
 * Kano categorise instead, see src/contract/score-models.ts).
 */
export const NUMERIC_SCORE_MODELS = ['rice', 'wsjf', 'ice', 'valueEffort', 'weighted'] as const;

export type ScoreModelId = (typeof NUMERIC_SCORE_MODELS)[number];
