import { defaultWorkflowConfig } from '../../../../src/domain/workflow/default-workflow';
import { restrictWorkflowConfig } from '../../../../src/domain/workflow/restrict-workflow-config';

describe('restrictWorkflowConfig', () => {
  const rule = { phaseId: 'requirements', issueType: 'Task' };
  const config = {
    ...defaultWorkflowConfig,
    mapping: { ...defaultWorkflowConfig.mapping, projects: { CHK: [rule], SECRET: [rule] } },
    kpi: { ...defaultWorkflowConfig.kpi, weights: { 'CHK-5': 2, 'SECRET-12': 3 } },
  };

  it('keeps only the rules of visible projects and the weights of visible issues', () => {
    const restricted = restrictWorkflowConfig(config, { projects: new Set(['CHK']), issueKeys: new Set(['CHK-5']) });
    expect(restricted.mapping.projects).toEqual({ CHK: [rule] });
    expect(restricted.kpi.weights).toEqual({ 'CHK-5': 2 });
  });

  it('keeps every site-wide setting and leaves the input alone', () => {
    const restricted = restrictWorkflowConfig(config, { projects: new Set(), issueKeys: new Set() });
    expect({
      ...restricted,
      mapping: { ...restricted.mapping, projects: config.mapping.projects },
      kpi: { ...restricted.kpi, weights: config.kpi.weights },
    }).toEqual(config);
    expect(restricted.mapping.default).toBe(config.mapping.default);
    expect(Object.keys(config.mapping.projects)).toEqual(['CHK', 'SECRET']);
  });
});
