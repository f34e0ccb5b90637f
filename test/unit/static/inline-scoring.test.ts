import { modelChanged, modelProblems, reapplyModel, withModelFrom } from '../../../static/src/dashboard/inline-scoring';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import type { ScoringInputs } from '../../../src/contract/pm-property';

const scoring = defaultWorkflowConfig.scoring;

describe('backlog inline scoring helpers', () => {
  it.each<[string, ScoringInputs, ScoringInputs, ScoringInputs, ScoringInputs]>([
    [
      'my reach and their effort',
      { rice: { reach: 1, effort: 2 } },
      { rice: { reach: 5, effort: 2 } },
      { rice: { reach: 1, effort: 7 } },
      { rice: { reach: 5, effort: 7 } },
    ],
    [
      'their other models stay',
      { rice: { reach: 1 } },
      { rice: { reach: 5 } },
      { rice: { reach: 1 }, moscow: 'must' },
      { rice: { reach: 5 }, moscow: 'must' },
    ],
    [
      'an input I cleared stays cleared',
      { rice: { reach: 1, effort: 2 } },
      { rice: { effort: 2 } },
      { rice: { reach: 1, effort: 3 } },
      { rice: { effort: 3 } },
    ],
    [
      'nothing I changed: theirs as is',
      { rice: { reach: 1 } },
      { rice: { reach: 1 } },
      { rice: { reach: 9 } },
      { rice: { reach: 9 } },
    ],
  ])('re-applying after a conflict: %s', (_name, opened, draft, current, expected) => {
    expect(reapplyModel(opened, draft, current, 'rice')).toEqual(expected);
  });

  it('a save carries every model, with the edited one from the draft', () => {
    expect(
      withModelFrom({ rice: { reach: 1 }, moscow: 'must' }, { rice: { reach: 5 }, moscow: 'could' }, 'rice'),
    ).toEqual({ rice: { reach: 5 }, moscow: 'must' });
    expect(modelChanged({ rice: { reach: 1 } }, { rice: { reach: 1 }, moscow: 'must' }, 'rice')).toBe(false);
    expect(modelChanged({ rice: { reach: 1 } }, { rice: { reach: 2 } }, 'rice')).toBe(true);
  });

  it("names the edited model's unusable inputs only, by the domain's rules", () => {
    const draft = {
      rice: { reach: 10, impact: 1, confidence: 100, effort: 0 },
      ice: { impact: 99, confidence: 5, ease: 5 },
    } as ScoringInputs;
    expect(modelProblems(draft, 'rice', scoring).map((p) => p.path)).toEqual(['scores.rice.effort']);
    expect(modelProblems(draft, 'ice', scoring).map((p) => p.path)).toEqual(['scores.ice.impact']);
  });
});
