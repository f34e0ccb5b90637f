import { configView } from '../../../src/app/config/config-view';
import { DEFAULT_DEPENDENCY_LINKS } from '../../../src/domain/ranking/blocked-issue-ids';
import { DEFAULT_BUSINESS_CASE_SETTINGS } from '../../../src/domain/workflow/business-case-settings';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { scoreModelSchema } from '../../../src/domain/workflow/workflow-config-schema';

describe('the admin page’s config view', () => {
  const view = configView(4, defaultWorkflowConfig, false, 'scoring: bad');

  it('carries the config as parsed and the domain’s defaults for what it leaves out', () => {
    expect(view).toMatchObject({ version: 4, config: defaultWorkflowConfig, canEdit: false, problem: 'scoring: bad' });
    expect(view.defaults.businessCase).toEqual(DEFAULT_BUSINESS_CASE_SETTINGS);
    expect(view.defaults.dependencyLinks).toEqual(DEFAULT_DEPENDENCY_LINKS);
    // Copies: the view is plain JSON the caller may change without touching the domain's constants.
    expect(view.defaults.dependencyLinks[0]).not.toBe(DEFAULT_DEPENDENCY_LINKS[0]);
  });

  it('lists exactly the models the schema lets a site rank by, with their labels', () => {
    expect(view.rankingModels.map((m) => m.id)).toEqual(scoreModelSchema.options);
    expect(view.rankingModels.find((m) => m.id === 'valueEffort')?.label).toBe('Value / Effort');
    expect(new Set(view.rankingModels.map((m) => m.label)).size).toBe(view.rankingModels.length);
  });

  it('says nothing of a problem when there is none', () => {
    expect('problem' in configView(1, defaultWorkflowConfig, true)).toBe(false);
  });
});
