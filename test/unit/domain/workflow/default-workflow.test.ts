import { compilePhaseResolver } from '../../../../src/domain/workflow/compile-phase-resolver';
import { defaultWorkflowConfig, PHASE_IDS, resolvePhase, workflowConfigSchema } from '../../../../src/domain';
import { makeIssue, makePm } from '../support/make-issue';

describe('defaultWorkflowConfig', () => {
  it('is valid against its own schema', () =>
    expect(workflowConfigSchema.safeParse(defaultWorkflowConfig).success).toBe(true));

  it('has three coloured sections in method order', () => {
    expect(defaultWorkflowConfig.sections.map((s) => [s.id, s.colour])).toEqual([
      ['strategic', '#0052CC'],
      ['technical', '#FF8B00'],
      ['go-to-market', '#36B37E'],
    ]);
  });

  it('lists every stable phase id once', () => {
    expect(defaultWorkflowConfig.phases.map((p) => p.id).sort()).toEqual(Object.values(PHASE_IDS).sort());
  });

  it('makes requirements depend on the strategic work', () => {
    const req = defaultWorkflowConfig.phases.find((p) => p.id === 'requirements');
    expect(req?.upstream).toEqual(expect.arrayContaining(['problem', 'kpis', 'use-scenarios']));
  });

  // The demo data generator uses exactly these issue type names.
  it.each([
    ['Interview', [], 'interview'],
    ['Problem', [], 'problem'],
    ['Persona', [], 'persona'],
    ['Persona', ['user'], 'user-personas'],
    ['Scenario', [], 'scenario'],
    ['Scenario', ['other', 'user'], 'use-scenarios'],
    ['Analysis', [], 'analysis'],
    ['KPI', [], 'kpis'],
    ['Business Case', [], 'business-case'],
    ['Initiative', [], 'strategies'],
    ['Epic', [], 'requirements'],
    ['Story', [], 'requirements'],
    ['Task', [], 'work-packages'],
    ['Sub-task', [], 'work-packages'],
    ['Bug', [], 'work-packages'],
    ['Go-to-Market', ['gtm-team'], 'gtm-team'],
    ['Go-to-Market', ['gtm-message'], 'market-message'],
    ['Go-to-Market', ['gtm-sales'], 'sales-arguments'],
    ['Go-to-Market', ['gtm-packaging'], 'packaging'],
    ['Launch', [], 'launch'],
    ['Go-to-Market', [], null],
    ['Incident', [], null],
  ])('maps %s %j to %s', (issueType, labels, phase) => {
    const issue = makeIssue({ id: '1', issueType, labels });
    expect(resolvePhase(issue, defaultWorkflowConfig)).toBe(phase);
    expect(compilePhaseResolver(defaultWorkflowConfig)(issue)).toBe(phase);
  });
});

describe('resolvePhase', () => {
  const config = {
    ...defaultWorkflowConfig,
    mapping: {
      default: defaultWorkflowConfig.mapping.default,
      projects: {
        OPS: [
          { phaseId: 'work-packages', issueType: 'Story' },
          { phaseId: 'launch', issueType: 'Task', components: ['release'] },
        ],
      },
    },
  };
  it.each([
    [
      'project rule wins over the site default',
      makeIssue({ id: '1', projectKey: 'OPS', issueType: 'Story' }),
      'work-packages',
    ],
    [
      'narrowed by component',
      makeIssue({ id: '1', projectKey: 'OPS', issueType: 'Task', components: ['release'] }),
      'launch',
    ],
    ['falls back to the site default', makeIssue({ id: '1', projectKey: 'OPS', issueType: 'Epic' }), 'requirements'],
    ['other projects use the default', makeIssue({ id: '1', projectKey: 'APP', issueType: 'Story' }), 'requirements'],
    ['a valid override wins', makeIssue({ id: '1', pm: makePm({ phase: 'analysis' }) }), 'analysis'],
    ['an unknown override is ignored', makeIssue({ id: '1', pm: makePm({ phase: 'nope' }) }), 'requirements'],
  ])('%s', (_name, issue, phase) => {
    expect(resolvePhase(issue, config)).toBe(phase);
    expect(compilePhaseResolver(config)(issue)).toBe(phase);
  });
});
