import { addPhase, defaultWorkflowConfig, movePhase, removePhase, renamePhase } from '../../../../src/domain';

describe('workflow edits', () => {
  it('renames a phase and keeps its id', () => {
    const r = renamePhase(defaultWorkflowConfig, 'kpis', 'Success metrics');
    expect(r.ok && r.config.phases.find((p) => p.id === 'kpis')?.name).toBe('Success metrics');
  });

  it('adds a phase after another one', () => {
    const r = addPhase(
      defaultWorkflowConfig,
      { id: 'pricing', name: 'Pricing', sectionId: 'go-to-market', upstream: ['market-message'] },
      'market-message',
    );
    expect(r.ok && r.config.phases.map((p) => p.id).slice(16, 19)).toEqual([
      'market-message',
      'pricing',
      'sales-arguments',
    ]);
  });

  it('removes a phase with every reference to it', () => {
    const r = removePhase(defaultWorkflowConfig, 'kpis');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.phases.some((p) => p.id === 'kpis' || p.upstream.includes('kpis'))).toBe(false);
    expect(r.config.mapping.default.some((m) => m.phaseId === 'kpis')).toBe(false);
  });

  it.each([
    [0, 'analysis'],
    [99, 'interview'],
  ])('moves a phase to index %d', (to, _unused) => {
    const r = movePhase(defaultWorkflowConfig, 'analysis', to);
    const ids = r.ok ? r.config.phases.map((p) => p.id) : [];
    expect(to === 0 ? ids[0] : ids[ids.length - 1]).toBe('analysis');
    expect(ids).toHaveLength(defaultWorkflowConfig.phases.length);
  });

  it.each([
    ['rename unknown', () => renamePhase(defaultWorkflowConfig, 'ghost', 'x')],
    ['rename to empty', () => renamePhase(defaultWorkflowConfig, 'kpis', '')],
    [
      'add duplicate',
      () => addPhase(defaultWorkflowConfig, { id: 'kpis', name: 'x', sectionId: 'strategic', upstream: [] }),
    ],
    [
      'add with unknown upstream',
      () => addPhase(defaultWorkflowConfig, { id: 'x', name: 'x', sectionId: 'strategic', upstream: ['ghost'] }),
    ],
    [
      'add with bad id',
      () => addPhase(defaultWorkflowConfig, { id: 'Not Kebab', name: 'x', sectionId: 'strategic', upstream: [] }),
    ],
    ['remove unknown', () => removePhase(defaultWorkflowConfig, 'ghost')],
    ['move to a fractional index', () => movePhase(defaultWorkflowConfig, 'kpis', 1.5)],
  ])('refuses to %s', (_name, edit) => expect(edit().ok).toBe(false));

  it('never mutates its input', () => {
    const before = JSON.stringify(defaultWorkflowConfig);
    renamePhase(defaultWorkflowConfig, 'kpis', 'x');
    removePhase(defaultWorkflowConfig, 'kpis');
    movePhase(defaultWorkflowConfig, 'kpis', 0);
    expect(JSON.stringify(defaultWorkflowConfig)).toBe(before);
  });
});
