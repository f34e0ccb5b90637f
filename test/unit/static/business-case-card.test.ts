import { cardSummary } from '../../../static/src/admin/card-summaries';
import type { WfConfig } from '../../../static/src/admin/config-model';
import { editorReducer, initialEditorState } from '../../../static/src/admin/config-reducer';
import { configView } from '../../../src/app/config/config-view';
import {
  businessCaseSettings,
  DEFAULT_BUSINESS_CASE_SETTINGS,
} from '../../../src/domain/workflow/business-case-settings';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { workflowConfigSchema } from '../../../src/domain/workflow/workflow-config-schema';

const template: WfConfig = structuredClone(defaultWorkflowConfig);
const view = configView(1, template, true);

describe('admin business case card', () => {
  const apply = (patches: Record<string, unknown>[]) =>
    patches.reduce(
      (state, patch) => editorReducer(state, { type: 'business-case', patch }),
      initialEditorState(template, 1),
    ).config;

  it.each([
    [
      'untouched: no settings, the defaults apply and are named',
      [],
      undefined,
      'App defaults: 1,000 EUR a point, 10 % a year, 12 periods',
    ],
    ['a cost per point', [{ costPerEffortUnit: 750 }], { costPerEffortUnit: 750 }, '750 a point'],
    [
      'cost, currency and rate',
      [{ costPerEffortUnit: 750 }, { currency: 'USD' }, { yearlyDiscountRate: 0.08 }],
      { costPerEffortUnit: 750, currency: 'USD', yearlyDiscountRate: 0.08 },
      '750 USD a point, 8 % a year',
    ],
    [
      'a field cleared again leaves no settings',
      [{ horizonPeriods: 8 }, { horizonPeriods: undefined }],
      undefined,
      'App defaults: 1,000 EUR a point, 10 % a year, 12 periods',
    ],
  ])('%s', (_name, patches, expected, summary) => {
    const config = apply(patches);
    expect(config.businessCase).toEqual(expected);
    expect(cardSummary('businessCase', config, view)).toBe(summary);
    // What the card writes is what the server's schema takes, and the rest stays the default.
    expect(workflowConfigSchema.safeParse(config).success).toBe(true);
    const inForce = businessCaseSettings(config);
    expect(inForce).toEqual({ ...DEFAULT_BUSINESS_CASE_SETTINGS, ...(expected ?? {}) });
  });
});
