import { cardSummary, errorsInCard, type CardKey } from '../../../static/src/admin/card-summaries';
import type { WfConfig } from '../../../static/src/admin/config-model';
import { configView } from '../../../src/app/config/config-view';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';

const template: WfConfig = structuredClone(defaultWorkflowConfig);
// The view's defaults and model labels, as getConfig answers them.
const view = configView(1, template, true);

function edited(): WfConfig {
  const c = structuredClone(template);
  c.sections[1]!.name = 'Product delivery';
  c.sections.push({ id: 'customer-success', name: 'Customer success', colour: '#6554C0' });
  c.phases.push({ id: 'onboarding', name: 'Onboarding', sectionId: 'customer-success', upstream: [] });
  c.mapping.default = c.mapping.default.slice(0, 2);
  c.mapping.projects = { CHK: [{ phaseId: 'problem', issueType: 'Bug' }] };
  c.hierarchy.parentLinks = [{ type: 'Blocks', parentDirection: 'inward' }];
  c.scoring.primaryModel = 'wsjf';
  c.scoring.weightedCriteria = c.scoring.weightedCriteria.slice(0, 1);
  c.dependencies = {
    links: [
      { type: 'Blocks', blockedDirection: 'outward' },
      { type: 'Depends', blockedDirection: 'inward' },
    ],
  };
  c.readiness = { appliesToPhases: ['requirements', 'onboarding'], requires: [{ item: 'kpi', mustBeDone: false }] };
  return c;
}

describe('admin card summaries (the line a collapsed card shows)', () => {
  it.each<[CardKey, WfConfig, string]>([
    [
      'sections',
      template,
      '3 sections, 20 phases: Strategic product management, Technical product management, Go-to-market',
    ],
    [
      'sections',
      edited(),
      '4 sections, 21 phases: Strategic product management, Product delivery, Go-to-market, Customer success',
    ],
    ['mapping', template, '24 site-wide rules for 20 phases'],
    ['mapping', edited(), '2 site-wide rules for 2 phases; 1 project with its own rules'],
    ['parentLinks', template, 'None: only Jira’s parent field'],
    ['parentLinks', edited(), 'Blocks (inward)'],
    ['scoring', template, 'Main model RICE; 3 weighted criteria; blocking links Blocks (default)'],
    ['scoring', edited(), 'Main model WSJF; 1 weighted criterion; blocking links Blocks, Depends'],
    [
      'scoring',
      { ...template, dependencies: { links: [] } },
      'Main model RICE; 3 weighted criteria; no blocking links',
    ],
    ['readiness', template, 'Needs problem, persona, scenario, KPI; checked in Requirements'],
    ['readiness', edited(), 'Needs KPI; checked in Requirements, Onboarding'],
    ['evidence', template, 'Interview issues are evidence for Problem, Requirements (default)'],
    ['evidence', edited(), 'Interview issues are evidence for Problem, Requirements, Onboarding (default)'],
    [
      'evidence',
      { ...template, evidence: { itemPhases: ['interview', 'analysis'], targetPhases: ['problem', 'gone'] } },
      'Interview, Analysis issues are evidence for Problem',
    ],
  ])('%s: %#', (card, config, expected) => {
    expect(cardSummary(card, config, view)).toBe(expected);
  });

  it('counts the save errors under each card’s paths (a whole-list error counts too; a longer name with the same start does not)', () => {
    const errors = [
      { path: 'sections.0.name', message: 'This cannot be empty.' },
      { path: 'phases', message: 'Add at least one.' },
      { path: 'mapping.default.3.issueType', message: 'This cannot be empty.' },
      { path: 'scoringExtra', message: 'x' },
      { path: 'hierarchy.parentLinks.0.type', message: 'x' },
    ];
    expect(
      (['sections', 'mapping', 'parentLinks', 'scoring', 'readiness'] as CardKey[]).map((c) => errorsInCard(c, errors)),
    ).toEqual([2, 1, 1, 0, 0]);
  });
});
