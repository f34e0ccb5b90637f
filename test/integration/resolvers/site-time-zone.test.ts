import type { DashboardView, KpiView } from '../../../src/contract/views';
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
 * A KPI due on a day is due at the end of that day in the site's time zone (Jira's
 * `serverTimeZone`), through the real resolvers against the emulator: at noon UTC on the due
 * date, Auckland (UTC+13) is already past it and Los Angeles (UTC-8) is not. The zone costs one
 * `GET /serverInfo` an hour, however many reads need it.
 */
const NOON_UTC_ON_THE_DUE_DATE = new Date('2026-11-30T12:00:00Z');
const DUE_30_NOVEMBER = { ...KPI_DEFINITION, dueDate: '2026-11-30' };

async function kpiOnTheDueDate(
  serverTimeZone: string,
): Promise<{ h: Harness; kpi: KpiView; serverInfoCalls: () => number }> {
  const h = await openHarness({ serverTimeZone, now: NOON_UTC_ON_THE_DUE_DATE });
  let calls = 0;
  h.onJiraRequest = (path) => {
    if (path.startsWith('/rest/api/3/serverInfo')) calls += 1;
  };
  const dashboard = expectOk(
    await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
  );
  const key = dashboard.kpis[0]!.key;
  const panel = issuePanel(key, 'CHK');
  const defined = expectOk(
    await invoke<KpiView>(
      h,
      'pm-requirement-panel',
      'defineKpi',
      { version: dashboard.kpis[0]!.version, definition: DUE_30_NOVEMBER },
      ADMIN_ID,
      panel,
    ),
  );
  // 3.5 of the way from 2 to 4: 75 % of the target the day before it is due.
  const kpi = expectOk(
    await invoke<KpiView>(
      h,
      'pm-requirement-panel',
      'recordKpiActual',
      { version: defined.version, actual: { date: '2026-11-29', value: 3.5 } },
      ADMIN_ID,
      panel,
    ),
  );
  return { h, kpi, serverInfoCalls: () => calls };
}

describe("KPI status in the site's time zone (GET /serverInfo serverTimeZone)", () => {
  it('Auckland: the due day is over at 11:00 UTC, so at noon UTC the KPI missed its target', async () => {
    const { h, kpi, serverInfoCalls } = await kpiOnTheDueDate('Pacific/Auckland');
    try {
      expect(kpi).toMatchObject({ status: 'off-track', outcome: 'missed' });
      // The same in the requirement panel and the dashboard, still one serverInfo call (kept in app storage for an hour).
      const context = expectOk(
        await invoke<{ kpi?: KpiView }>(
          h,
          'pm-requirement-panel',
          'getRequirementContext',
          {},
          ADMIN_ID,
          issuePanel(kpi.key, 'CHK'),
        ),
      );
      expect(context.kpi).toMatchObject({ status: 'off-track', outcome: 'missed' });
      h.emulator.setServerTimeZone('America/Los_Angeles'); // an admin changes it: seen within the hour, not at once
      const dashboard = expectOk(
        await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
      );
      expect(dashboard.kpis.find((k) => k.key === kpi.key)).toMatchObject({ status: 'off-track', outcome: 'missed' });
      expect(serverInfoCalls()).toBe(1);
    } finally {
      await h.close();
    }
  });

  it('Los Angeles: at noon UTC it is 04:00 on the due day, still running (at risk, no outcome yet)', async () => {
    const { h, kpi } = await kpiOnTheDueDate('America/Los_Angeles');
    try {
      expect(kpi.status).toBe('at-risk');
      expect(kpi.outcome).toBeUndefined();
    } finally {
      await h.close();
    }
  });

  it('an unknown zone falls back to UTC (still running at noon UTC) with a logged warning', async () => {
    const { h, kpi } = await kpiOnTheDueDate('Mars/Olympus_Mons');
    try {
      expect(kpi.status).toBe('at-risk');
      expect(h.logs.some((l) => l.startsWith('warn:') && l.includes("'Mars/Olympus_Mons' is unknown"))).toBe(true);
    } finally {
      await h.close();
    }
  });
});
