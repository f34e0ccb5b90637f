import { defaultWorkflowConfig, parseWorkflowConfig, WORKFLOW_CONFIG_SCHEMA_VERSION } from '../../../../src/domain';

describe('parseWorkflowConfig', () => {
  it('accepts the current version unchanged', () => {
    const r = parseWorkflowConfig(JSON.parse(JSON.stringify(defaultWorkflowConfig)));
    expect(r).toEqual({ ok: true, config: defaultWorkflowConfig, migratedFrom: null });
  });

  it.each([
    ['declared version 1', { schemaVersion: 1 }],
    ['no version (treated as 1)', {}],
  ])('migrates a stored version-1 config: %s', (_name, version) => {
    const v1 = {
      ...version,
      phases: [
        { id: 'problem', name: 'Problem', section: 'strategic' },
        { id: 'kpis', name: 'KPIs', section: 'strategic' },
        { id: 'requirements', name: 'Reqs', section: 'technical' },
        { id: 'pricing', name: 'Pricing', section: 'gtm' },
      ],
      issueTypes: { problem: ['Problem'], requirements: ['Story', 'Epic'], pricing: ['Offer'] },
    };
    const r = parseWorkflowConfig(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r.config.schemaVersion).toBe(WORKFLOW_CONFIG_SCHEMA_VERSION);
    expect(r.config.phases.map((p) => [p.id, p.sectionId, p.upstream])).toEqual([
      ['problem', 'strategic', []],
      ['kpis', 'strategic', []],
      ['requirements', 'technical', ['problem', 'kpis']],
      ['pricing', 'go-to-market', []],
    ]);
    expect(r.config.mapping.default).toEqual([
      { phaseId: 'problem', issueType: 'Problem' },
      { phaseId: 'requirements', issueType: 'Story' },
      { phaseId: 'requirements', issueType: 'Epic' },
      { phaseId: 'pricing', issueType: 'Offer' },
    ]);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deliberately broken config, patched freely
  const broken = (patch: (c: Record<string, any>) => void) => {
    const c = JSON.parse(JSON.stringify(defaultWorkflowConfig));
    patch(c);
    return c;
  };
  it.each([
    ['not an object', 42, 'schemaVersion'],
    ['a newer version', broken((c) => (c.schemaVersion = 99)), 'schemaVersion'],
    ['duplicate phase id', broken((c) => (c.phases[1].id = 'interview')), 'phases.1.id'],
    ['unknown section', broken((c) => (c.phases[0].sectionId = 'nowhere')), 'phases.0.sectionId'],
    ['unknown upstream', broken((c) => c.phases[0].upstream.push('ghost')), 'phases.0.upstream.0'],
    ['upstream cycle', broken((c) => c.phases[0].upstream.push('problem')), 'phases'],
    [
      'mapping to an unknown phase',
      broken((c) => (c.mapping.default[0].phaseId = 'ghost')),
      'mapping.default.0.phaseId',
    ],
    ['reserved phase id', broken((c) => (c.phases[0].id = 'unmapped')), 'phases.0.id'],
    ['bad colour', broken((c) => (c.sections[0].colour = 'blue')), 'sections.0.colour'],
    ['MoSCoW limit above 100 %', broken((c) => (c.scoring.moscowMustShareLimit = 1.5)), 'scoring.moscowMustShareLimit'],
    [
      'criterion max below min',
      broken((c) => (c.scoring.weightedCriteria[0].max = -1)),
      'scoring.weightedCriteria.0.max',
    ],
  ])('rejects %s, naming the path', (_name, raw, path) => {
    const r = parseWorkflowConfig(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
  });
});
