import type { DashboardView, RollupJob } from '../../../src/contract/views';
import type { BacklogPage } from '../../../src/contract/views-backlog';
import type { GadgetAnswer, GadgetOptions, GadgetView } from '../../../src/contract/views-gadget';
import {
  ADMIN_ID,
  OPS_ID,
  VIEWER_ID,
  expectOk,
  globalPage,
  invoke,
  openHarness,
  projectPage,
  type Extension,
  type Harness,
} from './resolver-harness';

/**
 * The dashboard gadget (`pm-health-gadget`) through src/index.ts against the emulator: the product
 * comes from the gadget's configuration in the Forge context, the figures from the project page's
 * own use cases, read as the viewer.
 */
const gadget = (configuration?: unknown) =>
  ({
    type: 'jira:dashboardGadget',
    gadget: { id: 'g-1' },
    dashboard: { id: 'd-1' },
    ...(configuration === undefined ? {} : { gadgetConfiguration: configuration }),
  }) as unknown as Extension;

describe('getGadget and getGadgetOptions', () => {
  let h: Harness;
  const getGadget = (as: string, configuration?: unknown, payload: unknown = {}) =>
    invoke<GadgetAnswer>(h, 'pm-health-gadget', 'getGadget', payload, as, gadget(configuration));
  const ready = async (as: string, configuration: unknown): Promise<GadgetView> => {
    const answer = expectOk(await getGadget(as, configuration));
    if (answer.status !== 'ready') throw new Error(`expected a ready gadget, got ${answer.status}`);
    return answer;
  };

  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('asks for a product when it has no configuration, or one it cannot read', async () => {
    expect(expectOk(await getGadget(ADMIN_ID))).toEqual({
      status: 'not-configured',
      reason: expect.stringContaining('Edit'),
    });
    expect(expectOk(await getGadget(ADMIN_ID, {}))).toEqual({
      status: 'not-configured',
      reason: expect.stringContaining('pick a project'),
    });
    expect(expectOk(await getGadget(ADMIN_ID, { projectKey: 'chk' }))).toEqual({
      status: 'not-configured',
      reason: expect.stringContaining('save them again'),
    });
    expect(expectOk(await getGadget(ADMIN_ID, { projectKey: 'CHK', colour: 'red' }))).toMatchObject({
      status: 'not-configured',
    });
  });

  it('shows the top open requirements in the backlog order, and the project page figures', async () => {
    const view = await ready(ADMIN_ID, { projectKey: 'CHK', model: 'wsjf' });
    const dashboard = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', { model: 'wsjf' }, ADMIN_ID, projectPage('CHK')),
    );
    const backlog = expectOk(
      await invoke<BacklogPage>(
        h,
        'pm-dashboard',
        'getBacklogPage',
        { model: 'wsjf', pageSize: 5 },
        ADMIN_ID,
        projectPage('CHK'),
      ),
    );

    expect(view.project).toEqual({ key: 'CHK', name: dashboard.project.name });
    expect(view.model).toBe('wsjf');
    expect(view.modelLabel).toBe('WSJF');
    expect(view.top.map((r) => [r.key, r.rank])).toEqual(backlog.rows.map((r) => [r.key, r.rank]));
    expect(view.top).toHaveLength(5);
    expect(view.top.every((r) => r.statusCategory !== 'done')).toBe(true);
    expect(view.moreRequirements).toBe(true);
    expect(view.readiness).toEqual({ ready: dashboard.totals.ready, requirements: dashboard.totals.requirements });
    expect(view.progress).toEqual(dashboard.progress);
    expect(view.kpiStatus).toBe(dashboard.kpiStatus);
    expect(view.kpisTotal).toBe(dashboard.kpis.length);
    expect(view.kpis.length).toBe(Math.min(4, dashboard.kpis.length));
    // Worst first: no KPI listed after one in a better state.
    const severity = { 'off-track': 0, 'at-risk': 1, 'no-data': 2, 'on-track': 3 } as const;
    const order = view.kpis.map((k) => severity[k.status]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(view.source).toEqual({ kind: 'live' });

    // Without a model the site's primary model ranks; `top` sizes the list.
    const primary = await ready(ADMIN_ID, { projectKey: 'CHK' });
    const pageDefault = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    expect(primary.model).toBe(pageDefault.model);
    expect((expectOk(await getGadget(ADMIN_ID, { projectKey: 'CHK' }, { top: 2 })) as GadgetView).top).toHaveLength(2);
  });

  it('is served from the stored state with three Jira calls once the project has one', async () => {
    expectOk(await invoke<RollupJob>(h, 'pm-portfolio', 'startRollup', {}, ADMIN_ID, globalPage));
    await h.runtime.idle();
    const calls: string[] = [];
    h.onJiraRequest = (path) => void calls.push(path.replace(/\?.*$/, ''));
    const view = await ready(ADMIN_ID, { projectKey: 'MOB' });
    h.onJiraRequest = undefined;
    expect(view.source.kind).toBe('stored');
    // getDashboard's KPI search, then the backlog page's two searches (story-point fields come from app storage).
    expect(calls.filter((p) => p !== '/rest/api/3/field')).toEqual([
      '/rest/api/3/search/jql',
      '/rest/api/3/search/jql',
      '/rest/api/3/search/jql',
    ]);
    expect(view.top.length).toBeGreaterThan(0);
  });

  it('shows a viewer nothing of a project they cannot browse, whoever configured the gadget', async () => {
    for (const as of [VIEWER_ID, OPS_ID]) {
      const hidden = await getGadget(as, { projectKey: 'PLAT' });
      expect(hidden.ok).toBe(false);
      if (!hidden.ok) expect(['not-found', 'forbidden']).toContain(hidden.error.code);
      expect(JSON.stringify(hidden)).not.toMatch(/PLAT-\d+/);
    }
    expect(expectOk(await getGadget(ADMIN_ID, { projectKey: 'PLAT' })).status).toBe('ready');
  });

  it('offers the projects the viewer can browse and every model, with the saved settings', async () => {
    const viewer = expectOk(
      await invoke<GadgetOptions>(
        h,
        'pm-health-gadget',
        'getGadgetOptions',
        {},
        VIEWER_ID,
        gadget({ projectKey: 'CHK', model: 'ice' }),
      ),
    );
    const admin = expectOk(
      await invoke<GadgetOptions>(h, 'pm-health-gadget', 'getGadgetOptions', {}, ADMIN_ID, gadget()),
    );
    expect(viewer.projects.map((p) => p.key)).not.toContain('PLAT');
    expect(admin.projects.map((p) => p.key)).toContain('PLAT');
    expect(viewer.current).toEqual({ projectKey: 'CHK', model: 'ice' });
    expect(admin.current).toBeUndefined();
    expect(viewer.models.map((m) => m.id)).toEqual([
      'rice',
      'wsjf',
      'ice',
      'valueEffort',
      'weighted',
      'moscow',
      'kano',
    ]);
    expect(viewer.models.map((m) => m.id)).toContain(viewer.primaryModel);
  });

  it('refuses payload fields it does not know (the product is never taken from the payload)', async () => {
    const answer = await getGadget(ADMIN_ID, { projectKey: 'CHK' }, { projectKey: 'PLAT' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await invoke(h, 'pm-health-gadget', 'getGadgetOptions', { x: 1 }, ADMIN_ID, gadget())).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});
