import type { RequirementContextView, ScoreModel, ScoringInputs } from '../../../src/contract/api';
import { cleanSurvey, surveyRows } from './kano-survey-draft';

type KanoAnswer = NonNullable<ScoringInputs['kano']>['functional'];

/** Kano needs both answers: a half-answered pair stays in the draft and `cleanScores` keeps it out of a save. */
export function withKano(
  value: ScoringInputs,
  { functional, dysfunctional }: { functional?: KanoAnswer; dysfunctional?: KanoAnswer },
): ScoringInputs {
  const next: Record<string, unknown> = { ...value };
  if (functional || dysfunctional) next.kano = { functional, dysfunctional };
  else delete next.kano;
  return next as ScoringInputs;
}

/** The inputs as the resolvers accept them: no half-answered Kano pair (nor survey row), no empty model objects. */
export function cleanScores(value: ScoringInputs): ScoringInputs {
  const out: Record<string, unknown> = {};
  for (const [model, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (model === 'kano') {
      const k = v as { functional?: string; dysfunctional?: string };
      if (k.functional && k.dysfunctional) out.kano = { functional: k.functional, dysfunctional: k.dysfunctional };
      continue;
    }
    if (model === 'kanoSurvey') {
      const responses = cleanSurvey(surveyRows(value));
      if (responses.length) out.kanoSurvey = { responses };
      continue;
    }
    if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
      if (entries.length) out[model] = Object.fromEntries(entries);
      continue;
    }
    out[model] = v;
  }
  return out as ScoringInputs;
}

/**
 * The models shown open in the editor: the ones the site's configuration uses (the main model
 * and the roll-up models) and any the issue already has inputs for, so nothing entered is
 * tucked away. The rest start collapsed.
 *
 * @example
 * modelsInUse({ primaryModel: 'wsjf', rollupModels: [] }, { moscow: 'must' }) // Set { 'wsjf', 'moscow' }
 */
export function modelsInUse(
  settings: Pick<RequirementContextView['options']['scoring'], 'primaryModel' | 'rollupModels'>,
  saved: ScoringInputs,
): Set<ScoreModel> {
  const used = new Set<ScoreModel>([settings.primaryModel, ...settings.rollupModels]);
  // A survey's answers are Kano's inputs too.
  for (const [model, v] of Object.entries(cleanScores(saved)))
    if (hasValue(v)) used.add((model === 'kanoSurvey' ? 'kano' : model) as ScoreModel);
  return used;
}

const hasValue = (v: unknown): boolean =>
  v !== null && v !== undefined && (typeof v !== 'object' || Object.values(v as object).some(hasValue));
