import type { ScoringInputs } from '../issue/pm-issue';
import type { ScoringSettings } from '../workflow/workflow-config-schema';
import { classifyKano, type KanoResult } from './classify-kano';
import { summariseKanoSurvey, type KanoSurveyResult } from './kano-survey';
import { iceValue, scoreIce } from './score-ice';
import type { ScoreModelId, ScoreResult } from './score-result';
import { riceValue, scoreRice } from './score-rice';
import { scoreValueEffort, valueEffortValue } from './score-value-effort';
import { scoreWeighted, weightedValue } from './score-weighted';
import { scoreWsjf, wsjfValue } from './score-wsjf';

/**
 * Every model's score for one issue's inputs, with the settings applied
 * (strict scales, ICE mode, weighted criteria). MoSCoW is a category, not a
 * score, so it is passed through; Kano is classified.
 *
 * @example
 * const s = scoreIssue(issue.pm?.scores ?? {}, defaultWorkflowConfig.scoring);
 * s.rice.status // 'scored' | 'not-scored'
 */
export interface IssueScores {
  rice: ScoreResult;
  wsjf: ScoreResult;
  ice: ScoreResult;
  valueEffort: ScoreResult;
  weighted: ScoreResult;
  moscow: ScoringInputs['moscow'] | null;
  kano: KanoResult | null;
  /** Set when the inputs carry a survey: then it, not the single pair, gives the Kano category. */
  kanoSurvey: KanoSurveyResult | null;
}

export function scoreIssue(inputs: ScoringInputs, settings: ScoringSettings): IssueScores {
  return {
    rice: scoreRice(inputs.rice, { strictScales: settings.strictScales }),
    wsjf: scoreWsjf(inputs.wsjf, { strictScales: settings.strictScales }),
    ice: scoreIce(inputs.ice, { mode: settings.iceMode }),
    valueEffort: scoreValueEffort(inputs.valueEffort),
    weighted: scoreWeighted(inputs.weighted, settings.weightedCriteria),
    moscow: inputs.moscow ?? null,
    kano: inputs.kano ? classifyKano(inputs.kano.functional, inputs.kano.dysfunctional) : null,
    kanoSurvey: inputs.kanoSurvey ? summariseKanoSurvey(inputs.kanoSurvey.responses) : null,
  };
}

/**
 * One model's value or null, without building a breakdown: the roll-up calls
 * this for every issue, so it must not allocate. Always equal to the `value`
 * of the matching full scorer (a unit test pins that).
 */
export function modelValue(
  model: ScoreModelId,
  inputs: ScoringInputs | undefined,
  settings: ScoringSettings,
): number | null {
  if (inputs === undefined) return null;
  switch (model) {
    case 'rice':
      return riceValue(inputs.rice, settings.strictScales);
    case 'wsjf':
      return wsjfValue(inputs.wsjf, settings.strictScales);
    case 'ice':
      return iceValue(inputs.ice, settings.iceMode);
    case 'valueEffort':
      return valueEffortValue(inputs.valueEffort);
    case 'weighted':
      return weightedValue(inputs.weighted, settings.weightedCriteria);
  }
}
