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
 * A "maintain" KPI (baseline = target: keep a level) through the resolvers: it has a status, never
 * "no data" for want of a distance to cover, and no pace (there is none); on track while the latest
 * actual holds the level, at risk below it with an improving trend, off track below it with a
 * worsening one. The panel's context and the project dashboard say the same.
 */
describe('a maintain KPI (baseline = target) through the resolvers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ issues: 150 });
  });
  afterAll(async () => {
    await h.close();
  });

  it('holds the level: on track without a pace; below it: at risk while improving, off track while worsening, on the panel and the dashboard', async () => {
    const dashboard = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    const kpi = dashboard.kpis[0]!;
    const panel = issuePanel(kpi.key, 'CHK');
    // Keep checkout conversion at 3 %: the demo KPI's actuals end with 2.84, 2.93, 2.99 and 3 (on 2026-11-01,
    // the harness's today); the trend is read over the latest three.
    const definition = { ...KPI_DEFINITION, name: 'Checkout conversion held', unit: '%', baseline: 3, target: 3 };
    const holding = expectOk(
      await invoke<KpiView>(
        h,
        'pm-requirement-panel',
        'defineKpi',
        { version: kpi.version, definition },
        ADMIN_ID,
        panel,
      ),
    );
    expect(holding.latest).toEqual({ date: '2026-11-01', value: 3 });
    expect(holding.status).toBe('on-track');
    expect(holding.pace).toBeUndefined();
    expect(holding.outcome).toBeUndefined();

    const correct = async (version: number, value: number) =>
      expectOk(
        await invoke<KpiView>(
          h,
          'pm-requirement-panel',
          'recordKpiActual',
          { version, actual: { date: '2026-11-01', value } },
          ADMIN_ID,
          panel,
        ),
      );
    // Below the level but still rising over 2.93, 2.99, 2.98: at risk.
    const recovering = await correct(holding.version, 2.98);
    expect([recovering.trend, recovering.status]).toEqual(['improving', 'at-risk']);
    // Below the level and falling over 2.93, 2.99, 2.9: off track.
    const dropped = await correct(recovering.version, 2.9);
    expect([dropped.trend, dropped.status]).toEqual(['worsening', 'off-track']);
    expect(dropped.pace).toBeUndefined();

    const context = expectOk(
      await invoke<RequirementContextView>(h, 'pm-requirement-panel', 'getRequirementContext', {}, ADMIN_ID, panel),
    );
    expect(context.kpi).toMatchObject({ baseline: 3, target: 3, status: 'off-track' });
    const again = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    expect(again.kpis.find((k) => k.key === kpi.key)).toMatchObject({ status: 'off-track', target: 3 });
  });
});
