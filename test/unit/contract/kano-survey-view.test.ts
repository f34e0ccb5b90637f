import { scoreViewOf } from '../../../src/contract/score-views';
import { scoringInputsSchema } from '../../../src/contract/pm-property';
import { hasScoringInput } from '../../../src/domain/scoring/has-scoring-input';
import { scoreIssue } from '../../../src/domain/scoring/score-issue';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';

const settings = defaultWorkflowConfig.scoring;
const kano = (inputs: Parameters<typeof scoreIssue>[0]) => scoreViewOf('kano', scoreIssue(inputs, settings), false);
const responses = [
  { functional: 'like', dysfunctional: 'neutral', respondent: 'Acme' },
  { functional: 'like', dysfunctional: 'neutral' },
  { functional: 'expect', dysfunctional: 'dislike' },
] as const;

describe('the Kano score view from many respondents', () => {
  it('takes the survey’s most frequent category, with the counts and Better / Worse', () => {
    const view = kano({ kanoSurvey: { responses: [...responses] } });
    expect(view).toMatchObject({ scored: true, display: 'Attractive', value: 2 });
    expect(view.terms).toEqual([
      { name: 'Respondents', value: 3 },
      { name: 'Better', value: 0.667 },
      { name: 'Worse', value: -0.333 },
    ]);
    expect(view.kanoSurvey).toEqual({
      respondents: 3,
      counts: { 'must-be': 1, 'one-dimensional': 0, attractive: 2, indifferent: 0, reverse: 0, questionable: 0 },
      better: 0.667,
      worse: -0.333,
    });
  });

  it('a survey outranks the single answer pair; without one the pair scores as before', () => {
    expect(
      kano({ kano: { functional: 'expect', dysfunctional: 'dislike' }, kanoSurvey: { responses: [...responses] } })
        .display,
    ).toBe('Attractive');
    const single = kano({ kano: { functional: 'expect', dysfunctional: 'dislike' } });
    expect(single).toMatchObject({ scored: true, display: 'Must-be', value: 4 });
    expect(single.kanoSurvey).toBeUndefined();
  });

  it('names a tie and the rule that broke it', () => {
    const view = kano({
      kanoSurvey: {
        responses: [
          { functional: 'like', dysfunctional: 'dislike' },
          { functional: 'expect', dysfunctional: 'dislike' },
        ],
      },
    });
    expect(view.display).toBe('Must-be');
    expect(view.terms).toContainEqual({ name: 'Tied with', value: 'One-dimensional' });
    expect(view.formula).toMatch(/ties: Must-be, One-dimensional, Attractive, Indifferent/);
  });

  it('the stored document accepts a survey of up to 200 pairs, strictly; a survey is a scoring input', () => {
    expect(scoringInputsSchema.safeParse({ kanoSurvey: { responses: [...responses] } }).success).toBe(true);
    expect(scoringInputsSchema.safeParse({ kanoSurvey: { responses: [] } }).success).toBe(false);
    expect(
      scoringInputsSchema.safeParse({
        kanoSurvey: { responses: [{ functional: 'like', dysfunctional: 'neutral', weight: 2 }] },
      }).success,
    ).toBe(false);
    expect(
      scoringInputsSchema.safeParse({ kanoSurvey: { responses: Array.from({ length: 201 }, () => responses[0]) } })
        .success,
    ).toBe(false);
    expect(hasScoringInput({ kanoSurvey: { responses: [...responses] } })).toBe(true);
  });
});
