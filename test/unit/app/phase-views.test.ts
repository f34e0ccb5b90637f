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
    expect(refs.find((p) => p.id === 'interview')).toMatchObject({ section: 'strategic', sectionName: 'Strategy', color: '#0052CC' });
    expect(refs.find((p) => p.id === 'onboarding')).toEqual({ id: 'onboarding', name: 'Onboarding', section: 'customer-success', sectionName: 'Customer success', color: '#6554C0' });
    expect(sectionName('customer-success', refs)).toBe('Customer success');
    expect(sectionName('strategic', refs)).toBe('Strategy');
    expect(sectionsOf(refs).map((s) => s.name)).toEqual(['Strategy', 'Technical product management', 'Go-to-market', 'Customer success']);
  });
});
