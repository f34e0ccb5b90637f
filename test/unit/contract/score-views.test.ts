import { scoreViews } from '../../../src/contract/score-views';
import { defaultWorkflowConfig } from '../../../src/domain';

describe('scoreViews: warnings the UI shows next to a score', () => {
  it('a RICE confidence typed as a share (0.8) carries its warning into the view', () => {
    const views = scoreViews({ rice: { reach: 2000, impact: 1, confidence: 0.8, effort: 4 } }, { ...defaultWorkflowConfig.scoring, strictScales: false }, false);
    const rice = views.find((v) => v.model === 'rice')!;
    expect(rice).toMatchObject({ scored: true, value: 4, warnings: ['confidence 0.8 looks like a share: RICE confidence is a percentage, did you mean 80?'] });
  });

  it('no warnings field when there is nothing to check', () => {
    const views = scoreViews({ rice: { reach: 2000, impact: 1, confidence: 80, effort: 4 } }, defaultWorkflowConfig.scoring, false);
    expect(views.every((v) => !('warnings' in v))).toBe(true);
  });
});
