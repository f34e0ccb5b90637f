import type { ScoringInputs } from '../../../src/contract/api';

type KanoAnswer = NonNullable<ScoringInputs['kano']>['functional'];

/** One respondent's row as typed: an answer may still be missing, the respondent is free text. */
export interface SurveyRow {
  functional?: KanoAnswer;
  dysfunctional?: KanoAnswer;
  respondent?: string;
}

/** The contract's limits (pm-property.ts `kanoSurvey`): at most 200 answer pairs, a respondent of 1..80 characters. */
export const MAX_SURVEY_ANSWERS = 200;
export const MAX_RESPONDENT_LENGTH = 80;

/** The survey rows in the draft (none when the issue has no survey). */
export function surveyRows(value: ScoringInputs): SurveyRow[] {
  return (value.kanoSurvey?.responses ?? []) as SurveyRow[];
}

/** The draft with these rows: removing the last row removes the survey (a save then clears it). */
export function withSurveyRows(value: ScoringInputs, rows: readonly SurveyRow[]): ScoringInputs {
  const next: Record<string, unknown> = { ...value };
  if (rows.length) next.kanoSurvey = { responses: rows };
  else delete next.kanoSurvey;
  return next as ScoringInputs;
}

/** A row with one side changed; an empty respondent is dropped rather than kept as "". */
export function editRow(rows: readonly SurveyRow[], index: number, patch: Partial<SurveyRow>): SurveyRow[] {
  return rows.map((row, i) => {
    if (i !== index) return row;
    const next: SurveyRow = { ...row, ...patch };
    for (const key of ['functional', 'dysfunctional', 'respondent'] as const) if (!next[key]) delete next[key];
    return next;
  });
}

/**
 * The rows as the resolvers accept them: respondents trimmed (an empty one left out) and only
 * complete pairs; `surveyProblems` blocks a save while a pair is incomplete, so nothing typed
 * is dropped silently.
 */
export function cleanSurvey(
  rows: readonly SurveyRow[],
): { functional: KanoAnswer; dysfunctional: KanoAnswer; respondent?: string }[] {
  return rows.flatMap((r) => {
    if (!r.functional || !r.dysfunctional) return [];
    const respondent = r.respondent?.trim();
    return [{ functional: r.functional, dysfunctional: r.dysfunctional, ...(respondent ? { respondent } : {}) }];
  });
}

/**
 * What stops the survey from being saved, next to its field (`kanoSurvey.responses.<i>.<side>`),
 * numbered as the respondent rows are.
 *
 * @example
 * surveyProblems([{ functional: 'like' }]) // [{ path: 'kanoSurvey.responses.0.dysfunctional', message: 'Respondent 1: answer “If absent…”' }]
 */
export function surveyProblems(rows: readonly SurveyRow[]): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (rows.length > MAX_SURVEY_ANSWERS)
    out.push({
      path: 'kanoSurvey.responses',
      message: `At most ${MAX_SURVEY_ANSWERS} answers (${rows.length} entered)`,
    });
  rows.forEach((r, i) => {
    const at = (f: string) => `kanoSurvey.responses.${i}.${f}`;
    if (!r.functional) out.push({ path: at('functional'), message: `Respondent ${i + 1}: answer “If present…”` });
    if (!r.dysfunctional) out.push({ path: at('dysfunctional'), message: `Respondent ${i + 1}: answer “If absent…”` });
    if ((r.respondent?.trim().length ?? 0) > MAX_RESPONDENT_LENGTH)
      out.push({
        path: at('respondent'),
        message: `Respondent ${i + 1}: at most ${MAX_RESPONDENT_LENGTH} characters`,
      });
  });
  return out;
}

/** "1 answer", "4 answers": how the history and the conflict table name a survey. */
export function answerCount(n: number): string {
  return n === 1 ? '1 answer' : `${n} answers`;
}
