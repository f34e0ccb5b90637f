import { indexValues } from '../../../src/app/requirement/index-values';
import { rankValue, scoreViewOf } from '../../../src/contract/score-views';
import type { PmIssue, ScoringInputs } from '../../../src/domain/issue/pm-issue';
import { scoreIssue } from '../../../src/domain/scoring/score-issue';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { fakeIssue } from '../../fixtures/backend/fake-jira';

const NOW = new Date('2026-11-01T09:00:00Z');
const withScores = (scores: ScoringInputs): PmIssue => ({
  ...fakeIssue('APP-1'),
  pm: { kpiKeys: [], scores, scoredAt: '2026-10-30T00:00:00Z' },
});
const index = (scores: ScoringInputs) => indexValues(withScores(scores), defaultWorkflowConfig, () => undefined, NOW);

describe('indexValues: one indexed rank value per score model', () => {
  it('copies each scored model’s rank value (the number the backlog sorts by) and leaves unscored ones out', () => {
    const scores: ScoringInputs = {
      rice: { reach: 500, impact: 2, confidence: 80, effort: 4 },
      wsjf: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 0 },
    };
    const values = index(scores);
    expect(values.scores).toEqual({ rice: 200 });
    expect(values.score).toBe(200);
    const view = scoreViewOf('rice', scoreIssue(scores, defaultWorkflowConfig.scoring), false);
    expect(values.scores?.rice).toBe(rankValue(view));
  });

  it('orders MoSCoW Must > Should > Could > Won’t and Kano Must-be > One-dimensional > Attractive > Indifferent > Reverse', () => {
    expect(['must', 'should', 'could', 'wont'].map((m) => index({ moscow: m as 'must' }).scores?.moscow)).toEqual([
      4, 3, 2, 1,
    ]);
    const kano = (functional: string, dysfunctional: string) =>
      index({ kano: { functional, dysfunctional } as never }).scores?.kano;
    expect([
      kano('neutral', 'dislike'),
      kano('like', 'dislike'),
      kano('like', 'neutral'),
      kano('neutral', 'neutral'),
      kano('dislike', 'like'),
    ]).toEqual([4, 3, 2, 1, 0]);
  });

  it('indexes nothing for Questionable Kano answers or no inputs at all', () => {
    expect(index({ kano: { functional: 'like', dysfunctional: 'like' } }).scores).toBeUndefined();
    expect(indexValues(fakeIssue('APP-2'), defaultWorkflowConfig, () => undefined, NOW).scores).toBeUndefined();
  });
});

describe('indexValues: the persona for the backlog’s persona filter', () => {
  it.each([
    ['CHK-3', { persona: 'CHK-3' }],
    [undefined, {}],
  ])('persona key %p indexes %j', (personaKey, expected) => {
    const issue: PmIssue = {
      ...fakeIssue('APP-1'),
      pm: { kpiKeys: [], scores: {}, ...(personaKey ? { personaKey } : {}) },
    };
    const values = indexValues(issue, defaultWorkflowConfig, () => undefined, NOW);
    expect({ ...(values.persona ? { persona: values.persona } : {}) }).toEqual(expected);
  });
});
