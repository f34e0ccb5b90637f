import { scoreViews } from '../../../src/contract/score-views';
import { defaultWorkflowConfig } from '../../../src/domain';

describe('scoreViews: warnings the UI shows next to a score', () => {
  it('a RICE confidence typed as a share (0.8) carries its warning into the view', () => {
    const views = scoreViews(
      { rice: { reach: 2000, impact: 1, confidence: 0.8, effort: 4 } },
      { ...defaultWorkflowConfig.scoring, strictScales: false },
      false,
    );
    const rice = views.find((v) => v.model === 'rice')!;
    expect(rice).toMatchObject({
      scored: true,
      value: 4,
      warnings: ['confidence 0.8 looks like a share: RICE confidence is a percentage, did you mean 80?'],
    });
  });

  it('no warnings field when there is nothing to check', () => {
    const views = scoreViews(
      { rice: { reach: 2000, impact: 1, confidence: 80, effort: 4 } },
      defaultWorkflowConfig.scoring,
      false,
    );
    expect(views.every((v) => !('warnings' in v))).toBe(true);
  });
});

describe("scoreViews: the breakdown in the user's words", () => {
  const views = (inputs: Parameters<typeof scoreViews>[0]) => scoreViews(inputs, defaultWorkflowConfig.scoring, false);

  it('names inputs by label, not internal name, in terms and "not scored" reasons', () => {
    const wsjf = views({ wsjf: { userBusinessValue: 5, timeCriticality: 3, riskReduction: 2 } }).find(
      (v) => v.model === 'wsjf',
    )!;
    expect(wsjf.terms.map((t) => t.name)).toEqual([
      'User-business value',
      'Time criticality',
      'Risk reduction / opportunity',
      'Job size',
    ]);
    expect(wsjf.reasons).toEqual(['Job size is missing']);
    expect(JSON.stringify(wsjf)).not.toMatch(/userBusinessValue|jobSize/);
  });

  it('writes multiplication as × in formulas and terms', () => {
    const rice = views({ rice: { reach: 100, impact: 2, confidence: 80, effort: 2 } }).find((v) => v.model === 'rice')!;
    expect(rice.formula).toBe('Reach × Impact × (Confidence / 100) / Effort');
    expect(rice.terms.map((t) => t.name)).toContain('Reach × Impact');
    expect(JSON.stringify(views({ rice: { reach: 100, impact: 2, confidence: 80, effort: 2 } }))).not.toMatch(/ x /);
  });

  it('names weighted inputs by their configured criterion label', () => {
    const [c] = defaultWorkflowConfig.scoring.weightedCriteria;
    const weighted = views({}).find((v) => v.model === 'weighted')!;
    expect(weighted.terms[0]!.name).toBe(c!.label);
  });

  it('shows a small score with significant digits, not "0.00"', () => {
    const rice = views({ rice: { reach: 0.003, impact: 1, confidence: 100, effort: 1 } }).find(
      (v) => v.model === 'rice',
    )!;
    expect(rice.display).toBe('0.003');
  });
});

describe('scoringInputProblems: unusable inputs by field, from the domain rules', () => {
  it('names effort 0 and a rating above its scale, not a missing input', async () => {
    const { scoringInputProblems } = await import('../../../src/contract/score-views');
    const c = defaultWorkflowConfig.scoring.weightedCriteria[0]!;
    const problems = scoringInputProblems(
      { rice: { reach: 10, effort: 0 }, weighted: { [c.id]: 99 } },
      defaultWorkflowConfig.scoring,
    );
    expect(problems).toEqual([
      { path: 'rice.effort', message: 'Effort (person-months) must be greater than 0 (got 0)' },
      {
        path: `weighted.${c.id}`,
        message: expect.stringMatching(new RegExp(`^${c.label} must be .*at most ${c.max} \\(got 99\\)$`)),
      },
    ]);
    expect(scoringInputProblems({ rice: { reach: 10 } }, defaultWorkflowConfig.scoring)).toEqual([]);
  });
});
