import type { ScoreModel } from '../../../src/contract/api';
import { scoreInputLabel } from '../../../src/contract/score-views';
import { MODEL_LABELS } from '../../../src/contract/ui-runtime-shared';

/** Field names in words for the history, the conflict tables and the save bar (free of UI imports, so unit tests load it). */
const FIELD_NAMES: Record<string, string> = {
  phase: 'Phase',
  problemKey: 'Problem',
  personaKey: 'Persona',
  scenarioKey: 'Scenario',
  kpiKeys: 'KPIs',
  scores: 'Scoring inputs',
  ...MODEL_LABELS,
  kanoSurvey: 'Kano survey',
  responses: 'answers',
  kpi: 'KPI definition',
  actual: 'KPI actual',
};

/** 'scores.rice.reach' -> 'RICE reach (per quarter)': input names from the contract's one label map. */
export function fieldName(path: string): string {
  const [head, model, input] = path.split('.');
  if (head === 'scores' && model !== undefined && model in MODEL_LABELS && input !== undefined) {
    const label = scoreInputLabel(model as ScoreModel, input);
    return `${MODEL_LABELS[model as ScoreModel]} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  }
  return path
    .split('.')
    .filter((p) => p !== 'scores' || path === 'scores')
    .map((p) => FIELD_NAMES[p] ?? p)
    .join(' ');
}
