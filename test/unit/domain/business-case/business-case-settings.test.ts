import {
  businessCaseSettings,
  DEFAULT_BUSINESS_CASE_SETTINGS,
} from '../../../../src/domain/workflow/business-case-settings';
import { defaultWorkflowConfig } from '../../../../src/domain/workflow/default-workflow';
import { workflowConfigSchema } from '../../../../src/domain/workflow/workflow-config-schema';

describe('businessCaseSettings', () => {
  it('defaults: initiatives and the Consolidation item, 1,000 EUR a point, 10 %, quarters over three years', () => {
    expect(businessCaseSettings(defaultWorkflowConfig)).toEqual({
      phases: ['strategies', 'business-case'],
      currency: 'EUR',
      costPerEffortUnit: 1000,
      yearlyDiscountRate: 0.1,
      periodMonths: 3,
      horizonPeriods: 12,
    });
  });

  it('takes each setting left out from the defaults', () => {
    const config = { ...defaultWorkflowConfig, businessCase: { costPerEffortUnit: 750, currency: 'USD' } };
    expect(workflowConfigSchema.safeParse(config).success).toBe(true);
    expect(businessCaseSettings(config)).toEqual({
      ...DEFAULT_BUSINESS_CASE_SETTINGS,
      costPerEffortUnit: 750,
      currency: 'USD',
    });
  });

  it('keeps only phases the workflow has', () => {
    const config = {
      ...defaultWorkflowConfig,
      businessCase: { ...DEFAULT_BUSINESS_CASE_SETTINGS, phases: ['strategies', 'gone', 'strategies'] },
    };
    expect(businessCaseSettings(config).phases).toEqual(['strategies']);
  });

  it.each([
    ['a negative cost per unit', { costPerEffortUnit: -1 }],
    ['a discount rate of -100 %', { yearlyDiscountRate: -1 }],
    ['a two-month period', { periodMonths: 2 }],
    ['an unknown field', { extra: true }],
  ])('the config schema refuses %s', (_name, change) => {
    const config = { ...defaultWorkflowConfig, businessCase: { ...DEFAULT_BUSINESS_CASE_SETTINGS, ...change } };
    expect(workflowConfigSchema.safeParse(config).success).toBe(false);
  });

  it('a config without business case settings still parses (absent = the defaults)', () => {
    expect(workflowConfigSchema.safeParse(defaultWorkflowConfig).success).toBe(true);
  });
});
