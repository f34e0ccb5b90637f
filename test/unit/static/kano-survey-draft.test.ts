import {
  answerCount,
  cleanSurvey,
  editRow,
  surveyProblems,
  surveyRows,
  withSurveyRows,
  type SurveyRow,
} from '../../../static/src/issue-panel/kano-survey-draft';
import { changesOf, hasPendingInput, localErrors, toDraft } from '../../../static/src/issue-panel/editor-draft';
import { cleanScores, modelsInUse } from '../../../static/src/issue-panel/scoring-inputs';
import { kanoPairLabel, kanoSurveyPreview } from '../../../src/contract/score-views';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import type { RequirementContextView } from '../../../src/contract/views';

type Pm = RequirementContextView['pm'];
const O = { functional: 'like', dysfunctional: 'dislike' } as const;
const M = { functional: 'expect', dysfunctional: 'dislike' } as const;
const A = { functional: 'like', dysfunctional: 'neutral' } as const;

describe('Kano survey rows in the issue-panel draft', () => {
  it.each<[string, SurveyRow[], { path: string; message: string }[]]>([
    ['complete rows have no problem', [O, { ...M, respondent: 'SMB' }], []],
    [
      'a missing side is named on its own field, numbered as the rows are',
      [O, { functional: 'like' }],
      [{ path: 'kanoSurvey.responses.1.dysfunctional', message: 'Respondent 2: answer “If absent…”' }],
    ],
    [
      'an empty new row asks for both answers',
      [{}],
      [
        { path: 'kanoSurvey.responses.0.functional', message: 'Respondent 1: answer “If present…”' },
        { path: 'kanoSurvey.responses.0.dysfunctional', message: 'Respondent 1: answer “If absent…”' },
      ],
    ],
    [
      'a respondent name longer than the stored limit (80) is flagged',
      [{ ...O, respondent: 'x'.repeat(81) }],
      [{ path: 'kanoSurvey.responses.0.respondent', message: 'Respondent 1: at most 80 characters' }],
    ],
    [
      'more answers than the document holds (200) are flagged on the list',
      Array.from({ length: 201 }, () => ({ ...A })),
      [{ path: 'kanoSurvey.responses', message: 'At most 200 answers (201 entered)' }],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(surveyProblems(rows)).toEqual(expected);
  });

  it('keeps only complete pairs for a save, respondents trimmed and an empty one left out', () => {
    expect(cleanSurvey([{ ...O, respondent: '  SMB  ' }, { functional: 'like' }, { ...M, respondent: '   ' }])).toEqual(
      [{ ...O, respondent: 'SMB' }, M],
    );
  });

  it('edits one row and drops an answer set back to "not answered"', () => {
    expect(editRow([O, M], 1, { dysfunctional: undefined, respondent: '' })).toEqual([O, { functional: 'expect' }]);
  });

  it('removing the last row removes the survey from the inputs', () => {
    const value = withSurveyRows({ moscow: 'must' }, [O]);
    expect(surveyRows(value)).toEqual([O]);
    expect(withSurveyRows(value, [])).toEqual({ moscow: 'must' });
  });

  it.each([
    [0, '0 answers'],
    [1, '1 answer'],
    [4, '4 answers'],
  ])('%i is said as "%s"', (n, text) => expect(answerCount(n)).toBe(text));
});

describe('the survey in the editor: save payload, validation and live result', () => {
  const base: Pm = { version: 3, kpiKeys: [], scores: { kanoSurvey: { responses: [O, M, A] } } };

  it('an added answer is a change of the whole survey; an incomplete one blocks the save next to its field', () => {
    const draft = toDraft(base);
    const added = { ...draft, scores: withSurveyRows(draft.scores, [O, M, A, M]) };
    expect(changesOf(base, added)).toEqual({ scores: { kanoSurvey: { responses: [O, M, A, M] } } });
    const half = { ...draft, scores: withSurveyRows(draft.scores, [O, M, A, { functional: 'like' }]) };
    expect(localErrors(half, defaultWorkflowConfig.scoring)).toEqual([
      { path: 'scores.kanoSurvey.responses.3.dysfunctional', message: 'Respondent 4: answer “If absent…”' },
    ]);
  });

  it('removing every answer clears the stored survey', () => {
    const draft = toDraft(base);
    expect(cleanScores(withSurveyRows(draft.scores, []))).toEqual({});
    expect(changesOf(base, { ...draft, scores: withSurveyRows(draft.scores, []) })).toEqual({ scores: {} });
  });

  it('an issue with only survey answers opens the Kano inputs', () => {
    expect([...modelsInUse({ primaryModel: 'rice', rollupModels: [] }, base.scores)]).toEqual(['rice', 'kano']);
  });

  it.each<[string, SurveyRow[], string | undefined, number | undefined, number | undefined]>([
    // Better = (A + O) / (A + O + M + I), Worse = -(O + M) / (A + O + M + I).
    ['a three-way tie goes to Must-be', [O, M, A], 'Must-be', 0.667, -0.667],
    ['a fourth Must-be answer makes it clear', [O, M, A, M], 'Must-be', 0.5, -0.75],
    ['two attractive answers win', [A, A, O], 'Attractive', 1, -0.333],
  ])('%s (live preview)', (_name, rows, category, better, worse) => {
    const view = kanoSurveyPreview(rows as { functional: unknown; dysfunctional: unknown }[]);
    expect([view.display, view.kanoSurvey?.better, view.kanoSurvey?.worse]).toEqual([category, better, worse]);
  });

  it.each([
    ['like', 'dislike', 'One-dimensional'],
    ['neutral', 'dislike', 'Must-be'],
    ['dislike', 'like', 'Reverse'],
    ['like', undefined, undefined],
  ])('the row %s / %s is %s', (f, d, label) => expect(kanoPairLabel(f, d)).toBe(label));
});

describe('an incomplete survey row is pending input, not a change', () => {
  const base: RequirementContextView['pm'] = { version: 1, kpiKeys: [], scores: { kanoSurvey: { responses: [O] } } };
  it.each<[string, SurveyRow[], boolean, boolean]>([
    ['as saved', [O], false, false],
    ['an empty row added: nothing to save, but typed', [O, {}], false, true],
    ['a complete row added: a change', [O, M], true, true],
  ])('%s', (_name, rows, changed, pending) => {
    const draft = { ...toDraft(base), scores: withSurveyRows(base.scores, rows) };
    expect([Object.keys(changesOf(base, draft)).length > 0, hasPendingInput(base, draft)]).toEqual([changed, pending]);
  });
});
