import type { DashboardView, KpiView, RequirementContextView } from '../../../src/contract/views';
import {
  ADMIN_ID,
  KPI_DEFINITION,
  expectOk,
  invoke,
  issuePanel,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';

/**
 * A percent KPI whose figures mix the scales (target 0.3 with baseline 25: 0.3 typed for 30 %)
 * is flagged, never corrected: defineKpi and getRequirementContext answer the warning with the
 * figures as entered.
 */
describe('wrong-unit warnings on a percent KPI', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ issues: 150 });
  });
  afterAll(async () => {
    await h.close();
  });

  it('target 0.3 with baseline 25 on a % KPI comes back as a warning from defineKpi and getRequirementContext', async () => {
    const dashboard = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    const kpi = dashboard.kpis[0]!;
    const panel = issuePanel(kpi.key, 'CHK');
    const definition = { ...KPI_DEFINITION, unit: '%', baseline: 25, target: 0.3 };
    const defined = expectOk(
      await invoke<KpiView>(
        h,
        'pm-requirement-panel',
        'defineKpi',
        { version: kpi.version, definition },
        ADMIN_ID,
        panel,
      ),
    );
    const warning = 'target 0.3 looks like a share: this KPI is in %, and its baseline is 25; did you mean 30?';
    expect(defined.warnings).toEqual([warning]);
    expect(defined.target).toBe(0.3);

    const context = expectOk(
      await invoke<RequirementContextView>(h, 'pm-requirement-panel', 'getRequirementContext', {}, ADMIN_ID, panel),
    );
    expect(context.kpi?.warnings).toEqual([warning]);
    expect(context.kpi?.target).toBe(0.3);

    const fixed = expectOk(
      await invoke<KpiView>(
        h,
        'pm-requirement-panel',
        'defineKpi',
        { version: defined.version, definition: { ...definition, target: 30 } },
        ADMIN_ID,
        panel,
      ),
    );
    expect(fixed.warnings).toBeUndefined();
  });
});
