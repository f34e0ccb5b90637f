import type { ConfigView, DashboardView, PortfolioPage, RequirementContextView } from '../../../src/contract/views';
import {
  ADMIN_ID,
  VIEWER_ID,
  adminPage,
  expectOk,
  globalPage,
  invoke,
  issuePanel,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';
import { rowsOf } from '../../fixtures/dashboard-rows';

describe('read resolvers through src/index.ts (local Forge runtime + Jira emulator)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('getDashboard answers the project of the Forge context with ranked requirements', async () => {
    const view = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    expect(view.project.key).toBe('CHK');
    expect(view.coverage.complete).toBe(true);
    expect(view.totals.issues).toBeGreaterThan(50);
    expect(rowsOf(view).length).toBeGreaterThan(0);
    expect(view.phases.reduce((s, p) => s + p.total, 0) + view.unmapped).toBe(view.totals.issues);
    const ranks = rowsOf(view)
      .filter((r) => r.rank !== undefined)
      .map((r) => r.rank as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('getDashboard forecasts each KPI with a trend to its due date, and none without two actuals', async () => {
    const kpis = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    ).kpis;
    const forecast = kpis.filter((k) => k.forecast);
    expect(forecast.length).toBeGreaterThan(0);
    for (const k of forecast) {
      // The trend's line lands on the due date; a KPI whose due date is over has an outcome, not a forecast.
      expect(k.forecast!.date).toBe(k.dueDate);
      expect(k.outcome).toBeUndefined();
      expect(k.actuals.length).toBeGreaterThanOrEqual(2);
      const gap = k.direction === 'higher-is-better' ? k.forecast!.value - k.target : k.target - k.forecast!.value;
      if (Math.abs(gap) > 1e-6) expect(k.forecast!.reachesTarget).toBe(gap > 0);
    }
    for (const k of kpis.filter((x) => x.actuals.length < 2)) expect(k.forecast).toBeUndefined();
  });

  it("getDashboard lists only its own project's KPIs, though other projects have KPIs too", async () => {
    const keysOf = async (project: string) =>
      expectOk(
        await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage(project)),
      ).kpis.map((k) => k.key);
    const chk = await keysOf('CHK');
    const mob = await keysOf('MOB');
    expect(chk.length).toBeGreaterThan(0);
    expect(mob.length).toBeGreaterThan(0);
    expect(chk.filter((key) => !key.startsWith('CHK-'))).toEqual([]);
    expect(mob.filter((key) => !key.startsWith('MOB-'))).toEqual([]);
  });

  it('getDashboard: the viewer cannot see PLAT (not-found, nothing revealed)', async () => {
    const result = await invoke(h, 'pm-dashboard', 'getDashboard', {}, VIEWER_ID, projectPage('PLAT'));
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: expect.any(String) } });
    expect(JSON.stringify(result)).not.toMatch(/PLAT-\d+/);
  });

  it('getDashboard rejects a bad payload naming the path', async () => {
    const result = await invoke(h, 'pm-dashboard', 'getDashboard', { model: 'nope' }, ADMIN_ID, projectPage('CHK'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.message).toContain('model');
    }
  });

  it('getPortfolio: admin sees every product, the viewer never sees PLAT', async () => {
    const admin = expectOk(
      await invoke<PortfolioPage>(h, 'pm-portfolio', 'getPortfolio', { pageSize: 50 }, ADMIN_ID, globalPage),
    );
    const viewer = expectOk(
      await invoke<PortfolioPage>(h, 'pm-portfolio', 'getPortfolio', { pageSize: 50 }, VIEWER_ID, globalPage),
    );
    expect(admin.products.map((p) => p.projectKey)).toContain('PLAT');
    expect(viewer.products.map((p) => p.projectKey)).not.toContain('PLAT');
    expect(JSON.stringify(viewer)).not.toMatch(/PLAT/);
    expect(admin.coverage.complete).toBe(true);
  });

  it('getPortfolio pages with a cursor', async () => {
    const first = expectOk(
      await invoke<PortfolioPage>(h, 'pm-portfolio', 'getPortfolio', { pageSize: 2 }, ADMIN_ID, globalPage),
    );
    expect(first.products).toHaveLength(2);
    expect(first.nextCursor).toBeDefined();
    const second = expectOk(
      await invoke<PortfolioPage>(
        h,
        'pm-portfolio',
        'getPortfolio',
        { pageSize: 2, cursor: first.nextCursor },
        ADMIN_ID,
        globalPage,
      ),
    );
    expect(second.products[0]?.projectKey.localeCompare(first.products[1]?.projectKey ?? '')).toBeGreaterThan(0);
  });

  it('getRequirementContext explains the issue of the context; the viewer asking for a PLAT issue gets not-found', async () => {
    const dashboard = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    const row = rowsOf(dashboard).find((r) => r.parentKey) ?? rowsOf(dashboard)[0];
    expect(row).toBeDefined();
    const context = expectOk(
      await invoke<RequirementContextView>(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        ADMIN_ID,
        issuePanel(row!.key, 'CHK'),
      ),
    );
    expect(context.issue.key).toBe(row!.key);
    expect(context.scores.map((s) => s.model)).toEqual([
      'rice',
      'wsjf',
      'ice',
      'valueEffort',
      'weighted',
      'moscow',
      'kano',
    ]);
    expect(context.canEdit).toBe(true);

    const denied = await invoke(
      h,
      'pm-requirement-panel',
      'getRequirementContext',
      {},
      VIEWER_ID,
      issuePanel('PLAT-1', 'PLAT'),
    );
    expect(denied.ok).toBe(false);
    if (!denied.ok) expect(denied.error.code).toBe('not-found');
  });

  it('getRequirementContext: a backlog requirement is a requirement, a KPI issue is not (no readiness or score furniture)', async () => {
    const dashboard = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    const requirement = rowsOf(dashboard)[0]!;
    const kpiKey = dashboard.kpis[0]?.key;
    expect(kpiKey).toBeDefined();
    const req = expectOk(
      await invoke<RequirementContextView>(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        ADMIN_ID,
        issuePanel(requirement.key, 'CHK'),
      ),
    );
    expect(req.isRequirement).toBe(true);
    expect(req.isKpi).toBe(false);
    const kpi = expectOk(
      await invoke<RequirementContextView>(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        ADMIN_ID,
        issuePanel(kpiKey!, 'CHK'),
      ),
    );
    expect(kpi.kpi).toBeDefined();
    expect(kpi.isRequirement).toBe(false);
    expect(kpi.isKpi).toBe(true);
  });

  it('getConfig: everyone reads, only the Jira admin may edit', async () => {
    const admin = expectOk(await invoke<ConfigView>(h, 'pm-admin', 'getConfig', {}, ADMIN_ID, adminPage));
    const viewer = expectOk(await invoke<ConfigView>(h, 'pm-admin', 'getConfig', {}, VIEWER_ID, adminPage));
    expect(admin.canEdit).toBe(true);
    expect(viewer.canEdit).toBe(false);
    expect(admin.version).toBe(0);
  });
});
