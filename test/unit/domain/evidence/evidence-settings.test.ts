import { defaultWorkflowConfig } from '../../../../src/domain/workflow/default-workflow';
import { evidenceSettings } from '../../../../src/domain/workflow/evidence-settings';
import { removePhase } from '../../../../src/domain/workflow/remove-phase';
import { workflowConfigSchema, type WorkflowConfig } from '../../../../src/domain/workflow/workflow-config-schema';

describe('evidenceSettings: which issues are evidence and which may have it linked', () => {
  it.each<[string, WorkflowConfig, { itemPhases: string[]; targetPhases: string[] }]>([
    [
      'default: interviews are evidence for problems and requirements',
      defaultWorkflowConfig,
      { itemPhases: ['interview'], targetPhases: ['problem', 'requirements'] },
    ],
    [
      'configured',
      { ...defaultWorkflowConfig, evidence: { itemPhases: ['interview', 'analysis'], targetPhases: ['problem'] } },
      { itemPhases: ['interview', 'analysis'], targetPhases: ['problem'] },
    ],
    [
      'the default follows the readiness scope',
      {
        ...defaultWorkflowConfig,
        readiness: { ...defaultWorkflowConfig.readiness, appliesToPhases: ['requirements', 'work-packages'] },
      },
      { itemPhases: ['interview'], targetPhases: ['problem', 'requirements', 'work-packages'] },
    ],
  ])('%s', (_name, config, expected) => {
    expect(evidenceSettings(config)).toEqual(expected);
  });

  it('the config schema accepts the settings, refuses unknown phases and empty lists', () => {
    expect(
      workflowConfigSchema.safeParse({
        ...defaultWorkflowConfig,
        evidence: { itemPhases: ['interview'], targetPhases: ['problem'] },
      }).success,
    ).toBe(true);
    const unknown = workflowConfigSchema.safeParse({
      ...defaultWorkflowConfig,
      evidence: { itemPhases: ['nope'], targetPhases: ['problem'] },
    });
    expect(unknown.success ? [] : unknown.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['evidence.itemPhases.0', 'unknown phase "nope"'],
    ]);
    expect(
      workflowConfigSchema.safeParse({
        ...defaultWorkflowConfig,
        evidence: { itemPhases: [], targetPhases: ['problem'] },
      }).success,
    ).toBe(false);
  });

  it('removing a phase takes it out of the settings; an emptied list falls back to the default', () => {
    const config: WorkflowConfig = {
      ...defaultWorkflowConfig,
      evidence: { itemPhases: ['interview', 'analysis'], targetPhases: ['problem'] },
    };
    const withoutAnalysis = removePhase(config, 'analysis');
    expect(withoutAnalysis.ok && withoutAnalysis.config.evidence).toEqual({
      itemPhases: ['interview'],
      targetPhases: ['problem'],
    });
    const withoutProblem = removePhase(config, 'problem');
    expect(withoutProblem.ok && withoutProblem.config.evidence).toBeUndefined();
    expect(withoutProblem.ok && evidenceSettings(withoutProblem.config)).toEqual({
      itemPhases: ['interview'],
      targetPhases: ['requirements'],
    });
  });
});
