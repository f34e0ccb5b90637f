import { NUMERIC_SCORE_MODELS } from '../domain/scoring/score-model-ids';

export { NUMERIC_SCORE_MODELS };

/** Every score model the app knows, in display order: the one list the payload enum and the views are built from. */
export const ALL_SCORE_MODELS = [...NUMERIC_SCORE_MODELS, 'moscow', 'kano'] as const;

/** Each model's name on screen: the score views, the gadget's and the pages' model pickers, column headers. */
export const MODEL_LABELS: Record<(typeof ALL_SCORE_MODELS)[number], string> = {
  rice: 'RICE',
  wsjf: 'WSJF',
  ice: 'ICE',
  valueEffort: 'Value / Effort',
  weighted: 'Weighted scorecard',
  moscow: 'MoSCoW',
  kano: 'Kano',
};

/**
 * The words for each model's inputs, beside the model list: the score breakdown (terms and
 * "not scored" reasons), the issue panel's field labels and its change summaries all read them,
 * so no internal name (`userBusinessValue`, `jobSize`) reaches the screen. Weighted-scorecard
 * inputs are the configured criteria and take their configured labels.
 */
export const SCORE_INPUT_LABELS = {
  rice: { reach: 'Reach (per quarter)', impact: 'Impact', confidence: 'Confidence', effort: 'Effort (person-months)' },
  wsjf: {
    userBusinessValue: 'User-business value',
    timeCriticality: 'Time criticality',
    riskReduction: 'Risk reduction / opportunity',
    jobSize: 'Job size',
  },
  ice: { impact: 'Impact', confidence: 'Confidence', ease: 'Ease' },
  valueEffort: { value: 'Value', effort: 'Effort' },
  weighted: {},
  moscow: { category: 'Category' },
  kano: { functional: 'Functional answer', dysfunctional: 'Dysfunctional answer' },
} as const satisfies Record<(typeof ALL_SCORE_MODELS)[number], Record<string, string>>;

/** The label of one input of `model` (a weighted criterion by its configured label), or the name itself. */
export function scoreInputLabel(
  model: (typeof ALL_SCORE_MODELS)[number],
  field: string,
  criteria: readonly { id: string; label: string }[] = [],
): string {
  const fixed = SCORE_INPUT_LABELS[model] as Record<string, string>;
  return fixed[field] ?? criteria.find((c) => c.id === field)?.label ?? field;
}

/** Formulas and term names in the breakdown write multiplication as "×". */
export function withTimesSign(text: string): string {
  return text.replace(/ x /g, ' × ');
}
