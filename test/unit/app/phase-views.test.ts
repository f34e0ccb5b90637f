import { phaseRefs } from '../../../src/app/views/phase-views';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { sectionName, sectionsOf } from '../../../static/src/shared/section-names';

describe('phase references carry their section as configured', () => {
  it('a renamed and an added section show with their configured names and colours', () => {
    const config = structuredClone(defaultWorkflowConfig);
    config.sections[0]!.name = 'Strategy';
    config.sections.push({ id: 'customer-success', name: 'Customer success', colour: '#6554C0' });
    config.phases.push({ id: 'onboarding', name: 'Onboarding', sectionId: 'customer-success', upstream: [] });
    const refs = phaseRefs(config);
    expect(refs.find((p) => p.id === 'interview')).toMatchObject({
      section: 'strategic',
      sectionName: 'Strategy',
      color: '#0052CC',
    });
    expect(refs.find((p) => p.id === 'onboarding')).toEqual({
      id: 'onboarding',
      name: 'Onboarding',
      section: 'customer-success',
      sectionName: 'Customer success',
      color: '#6554C0',
    });
    expect(sectionName('customer-success', refs)).toBe('Customer success');
    expect(sectionName('strategic', refs)).toBe('Strategy');
    expect(sectionsOf(refs).map((s) => s.name)).toEqual([
      'Strategy',
      'Technical product management',
      'Go-to-market',
      'Customer success',
    ]);
  });

  it('lists phases grouped in the sections’ configured order, wherever a phase sits in the list', () => {
    const config = structuredClone(defaultWorkflowConfig);
    config.sections.unshift({ id: 'discovery', name: 'Discovery', colour: '#6554C0' });
    // An admin's new phases at both ends of the list: one of the first section, one of the last.
    config.phases.push({ id: 'warm-up', name: 'Warm-up', sectionId: 'discovery', upstream: [] });
    config.phases.unshift({ id: 'retro', name: 'Retrospective', sectionId: 'go-to-market', upstream: [] });
    const refs = phaseRefs(config);
    expect(sectionsOf(refs).map((s) => s.name)).toEqual([
      'Discovery',
      'Strategic product management',
      'Technical product management',
      'Go-to-market',
    ]);
    expect(refs[0]!.id).toBe('warm-up');
    expect(refs.filter((p) => p.section === 'go-to-market').map((p) => p.id)).toEqual([
      'retro',
      'gtm-team',
      'market-message',
      'sales-arguments',
      'packaging',
      'launch',
    ]);
  });
});
