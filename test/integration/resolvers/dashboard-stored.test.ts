import type { DashboardView, RollupJob } from '../../../src/contract/views';
import {
  ADMIN_ID,
  VIEWER_ID,
  expectOk,
  globalPage,
  invoke,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';

/** What the page shows besides the backlog (which getBacklogPage serves either way). */
const figures = (v: DashboardView) => ({
  project: { key: v.project.key, name: v.project.name },
  model: v.model,
  phases: v.phases,
  unmapped: v.unmapped,
  totals: v.totals,
  progress: v.progress,
  kpis: [...v.kpis].sort((a, b) => a.key.localeCompare(b.key)),
  kpiStatus: v.kpiStatus,
  moscowGuard: v.moscowGuard,
});

describe('getDashboard from the stored project state', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('shows the same figures as the live read, with one Jira call, and nothing to someone who cannot browse the project', async () => {
    const dashboard = async (as: string, key: string, model?: string) =>
      expectOk(
        await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', model ? { model } : {}, as, projectPage(key)),
      );
    const live = {
      CHK: await dashboard(ADMIN_ID, 'CHK'),
      MOB: await dashboard(ADMIN_ID, 'MOB'),
      wsjf: await dashboard(ADMIN_ID, 'CHK', 'wsjf'),
    };
    expect(live.CHK.source).toEqual({ kind: 'live' });

    expectOk(await invoke<RollupJob>(h, 'pm-portfolio', 'startRollup', {}, ADMIN_ID, globalPage));
    await h.runtime.idle();

    const calls: string[] = [];
    h.onJiraRequest = (path) => void calls.push(path.replace(/\?.*$/, ''));
    const stored = await dashboard(ADMIN_ID, 'CHK');
    h.onJiraRequest = undefined;
    expect(stored.source.kind).toBe('stored');
    expect(stored.requirements).toBeUndefined();
    expect(calls.filter((p) => p !== '/rest/api/3/field')).toEqual(['/rest/api/3/search/jql']);
    expect(figures(stored)).toEqual(figures(live.CHK));
    expect(figures(await dashboard(ADMIN_ID, 'MOB'))).toEqual(figures(live.MOB));
    expect(figures(await dashboard(ADMIN_ID, 'CHK', 'wsjf'))).toEqual(figures(live.wsjf));

    const hidden = await invoke(h, 'pm-dashboard', 'getDashboard', {}, VIEWER_ID, projectPage('PLAT'));
    expect(hidden).toEqual({ ok: false, error: { code: 'not-found', message: expect.any(String) } });
    expect(JSON.stringify(hidden)).not.toMatch(/PLAT-\d+/);
  });
});
