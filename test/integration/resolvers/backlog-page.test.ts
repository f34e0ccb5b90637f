import type { DashboardView, RequirementRow, RollupJob } from '../../../src/contract/views';
import type { BacklogPage } from '../../../src/contract/views-backlog';
import { backlogPageJql } from '../../../src/app/dashboard/backlog-jql';
import { seedCrossProjectLinks } from '../../reliability/cross-project-seed';
import {
  ADMIN_ID,
  OPS_ID,
  VIEWER_ID,
  expectOk,
  globalPage,
  invoke,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';
import { rowsOf } from '../../fixtures/dashboard-rows';

/**
 * getBacklogPage through src/index.ts against the emulator: Jira orders and pages the backlog by
 * the model's indexed score, and each page's rows equal the dashboard's rows for those issues
 * (same view builders, as the caller sees them), whatever the caller may not browse.
 */
type Payload = { model?: string; pageSize?: number; pageToken?: string; filter?: { status: 'open' | 'all' } };

const page = (h: Harness, payload: Payload, accountId = ADMIN_ID, project = 'CHK') =>
  invoke<BacklogPage>(h, 'pm-dashboard', 'getBacklogPage', payload, accountId, projectPage(project));

async function allPages(h: Harness, payload: Payload, accountId = ADMIN_ID): Promise<RequirementRow[]> {
  const rows: RequirementRow[] = [];
  let token: string | undefined;
  do {
    const p = expectOk(await page(h, { ...payload, ...(token ? { pageToken: token } : {}) }, accountId));
    rows.push(...p.rows);
    token = p.nextPageToken;
  } while (token);
  return rows;
}

/** The dashboard's rows for the issues Jira's index ranks: scored by the model (all statuses, or open ones). */
async function dashboardRows(
  h: Harness,
  model: string,
  accountId = ADMIN_ID,
  status: 'open' | 'all' = 'all',
): Promise<RequirementRow[]> {
  const view = expectOk(
    await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', { model }, accountId, projectPage('CHK')),
  );
  return rowsOf(view).filter((r) => r.rank !== undefined && (status === 'all' || r.statusCategory !== 'done'));
}

const withoutRank = ({ rank: _rank, ...row }: RequirementRow) => row;

describe('getBacklogPage (one page of the ranked backlog, ordered by Jira)', () => {
  let h: Harness;
  let seeded: ReturnType<typeof seedCrossProjectLinks>['seed'];
  beforeAll(async () => {
    h = await openHarness({
      issues: 1200,
      prepare: (dataset) => {
        const out = seedCrossProjectLinks(dataset);
        seeded = out.seed;
        return out.dataset;
      },
    });
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => {
    h.onJiraRequest = undefined;
  });

  it('builds the page JQL from the model alias and the status filter', () => {
    expect(backlogPageJql('CHK', 'rice', 'open')).toBe(
      'project = "CHK" AND pmRiceScore IS NOT EMPTY AND statusCategory != Done ORDER BY pmRiceScore DESC, key ASC',
    );
    expect(backlogPageJql('CHK', 'valueEffort', 'all')).toBe(
      'project = "CHK" AND pmValueEffortScore IS NOT EMPTY ORDER BY pmValueEffortScore DESC, key ASC',
    );
  });

  it('first page: 20 open rows of the configured model, by score; the next page continues the ranks', async () => {
    const first = expectOk(await page(h, {}));
    expect(first.model).toBe('rice');
    expect(first.filter).toEqual({ status: 'open' });
    expect(first.rows).toHaveLength(20);
    expect(
      first.rows.every((r) => r.statusCategory !== 'done' && r.mainScore.model === 'rice' && r.mainScore.scored),
    ).toBe(true);
    const values = first.rows.map((r) => r.mainScore.value as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(first.rows[0]?.rank).toBe(1);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const second = expectOk(await page(h, { pageToken: first.nextPageToken }));
    expect(second.rows[0]?.rank).toBeGreaterThanOrEqual(first.rows[19]?.rank ?? 0);
    expect(second.rows[0]?.rank).toBeLessThanOrEqual(21);
    expect(second.rows.some((r) => first.rows.some((f) => f.key === r.key))).toBe(false);
  });

  it('all pages of "all" equal the dashboard’s ranked rows, ranks included (ties shared across pages)', async () => {
    for (const model of ['rice', 'wsjf', 'moscow', 'kano']) {
      const paged = await allPages(h, { model, pageSize: 7, filter: { status: 'all' } });
      expect([model, paged.length]).toEqual([model, (await dashboardRows(h, model)).length]);
      expect(paged).toEqual(await dashboardRows(h, model));
    }
  });

  it('"open" leaves out Done issues and ranks by position among the rest', async () => {
    const paged = await allPages(h, { pageSize: 50 });
    const open = await dashboardRows(h, 'rice', ADMIN_ID, 'open');
    expect(paged.map(withoutRank)).toEqual(open.map(withoutRank));
    expect(paged.every((r) => r.statusCategory !== 'done')).toBe(true);
    // Competition ranking over the open rows: 1, then the position, or the previous rank on a tie.
    paged.forEach((r, i) => {
      const prev = paged[i - 1];
      expect(r.rank).toBe(prev && prev.mainScore.value === r.mainScore.value ? prev.rank : i + 1);
    });
  });

  it('the viewer sees only what they may browse: the same rows as their dashboard, no hidden key or summary', async () => {
    const paged = await allPages(h, { pageSize: 50, filter: { status: 'all' } }, VIEWER_ID);
    expect(paged).toEqual(await dashboardRows(h, 'rice', VIEWER_ID));
    const text = JSON.stringify(paged);
    for (const key of [
      seeded.targets.problem,
      seeded.targets.persona,
      seeded.targets.scenario,
      ...seeded.targets.kpis,
      seeded.targets.parent,
    ])
      expect(text).not.toContain(`"${key}"`);
    expect(text).not.toMatch(/\b(PLAT|HR)-\d+/);
    expect(text).not.toContain('(sealed');
    // The seeded requirements that rank link items the viewer cannot see: shown as "not visible", keys withheld.
    const linking = paged.filter((r) => seeded.requirementKeys.includes(r.key));
    expect(linking.length).toBeGreaterThan(0);
    for (const row of linking)
      expect(row.readiness.missing.some((m) => m.reason === 'not-visible' && m.key === undefined)).toBe(true);
  });

  it('a page naming an item the caller cannot see costs two calls more (Jira refuses that JQL; children and items are read apart)', async () => {
    const rows = await allPages(h, { pageSize: 50, filter: { status: 'all' } }, VIEWER_ID);
    const index = rows.findIndex((r) => seeded.requirementKeys.includes(r.key));
    const calls: string[] = [];
    h.onJiraRequest = (path) => void calls.push(path.replace(/\?.*$/, ''));
    // A page of one: the row linking hidden items.
    let token: string | undefined;
    for (let i = 0; i < index; i++)
      token = expectOk(
        await page(h, { pageSize: 1, filter: { status: 'all' }, ...(token ? { pageToken: token } : {}) }, VIEWER_ID),
      ).nextPageToken;
    calls.length = 0;
    const one = expectOk(
      await page(h, { pageSize: 1, filter: { status: 'all' }, ...(token ? { pageToken: token } : {}) }, VIEWER_ID),
    );
    expect(one.rows.map((r) => r.key)).toEqual([rows[index]?.key]);
    expect(one.rows[0]).toEqual({ ...rows[index], rank: one.rows[0]?.rank });
    expect(calls.sort()).toEqual([
      '/rest/api/3/issue/bulkfetch',
      '/rest/api/3/search/jql',
      '/rest/api/3/search/jql',
      '/rest/api/3/search/jql',
    ]);
  });

  it('a project the caller cannot browse answers getDashboard’s not-found; one they only administer, its forbidden', async () => {
    const hidden = await page(h, {}, VIEWER_ID, 'PLAT');
    const dashboard = await invoke(h, 'pm-dashboard', 'getDashboard', {}, VIEWER_ID, projectPage('PLAT'));
    expect(hidden).toEqual(dashboard);
    expect(hidden).toEqual({ ok: false, error: { code: 'not-found', message: expect.any(String) } });
    const adminOnly = await invoke(h, 'pm-dashboard', 'getBacklogPage', {}, OPS_ID, projectPage('PLAT'));
    expect(adminOnly).toEqual(await invoke(h, 'pm-dashboard', 'getDashboard', {}, OPS_ID, projectPage('PLAT')));
    expect(adminOnly.ok ? '' : adminOnly.error.code).toBe('forbidden');
  });

  it('a page token that is not ours, of another model or filter, or one Jira no longer takes is a validation error', async () => {
    const first = expectOk(await page(h, { pageSize: 5 }));
    const bad = async (payload: Payload) => {
      const result = await page(h, payload);
      expect(result.ok ? 'ok' : result.error.code).toBe('validation');
      if (!result.ok) expect(result.error.message).toMatch(/page token/);
    };
    await bad({ pageToken: 'not-a-token' });
    await bad({ pageToken: first.nextPageToken, model: 'wsjf' });
    await bad({ pageToken: first.nextPageToken, filter: { status: 'all' } });
    const cursor = JSON.parse(Buffer.from(first.nextPageToken ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    await bad({ pageToken: Buffer.from(JSON.stringify({ ...cursor, j: 'expired' })).toString('base64url') });
  });

  it('rejects bad payloads naming the path (zod strict at every depth)', async () => {
    for (const payload of [
      { pageSize: 0 },
      { pageSize: 51 },
      { filter: { status: 'done' } },
      { filter: { status: 'open', extra: 1 } },
      { projectKey: 'PLAT' },
    ]) {
      const result = await page(h, payload as Payload);
      expect([payload, result.ok ? 'ok' : result.error.code]).toEqual([payload, 'validation']);
    }
  });

  // Last in this block: it stores the project's state, which the other tests here do not expect.
  it('with the project’s stored state (which plans the reads) every page is the same, as admin and as viewer, in no more Jira calls', async () => {
    const calls: string[] = [];
    const paged = async (accountId: string) => {
      calls.length = 0;
      h.onJiraRequest = (path) => void calls.push(path);
      const rows = await allPages(h, { pageSize: 20, filter: { status: 'all' } }, accountId);
      h.onJiraRequest = undefined;
      return { rows, calls: calls.filter((c) => !c.includes('/rest/api/3/field')).length };
    };
    const before = { admin: await paged(ADMIN_ID), viewer: await paged(VIEWER_ID) };
    expectOk(await invoke<RollupJob>(h, 'pm-portfolio', 'startRollup', {}, ADMIN_ID, globalPage));
    await h.runtime.idle();
    const stored = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    expect(stored.source.kind).toBe('stored');
    const after = { admin: await paged(ADMIN_ID), viewer: await paged(VIEWER_ID) };
    expect(after.admin.rows).toEqual(before.admin.rows);
    expect(after.viewer.rows).toEqual(before.viewer.rows);
    expect(after.admin.calls).toBeLessThanOrEqual(before.admin.calls);
    expect(after.viewer.calls).toBeLessThanOrEqual(before.viewer.calls);
  });
});

describe('getBacklogPage on a project of a few thousand issues', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ issues: 8000 });
  });
  afterAll(async () => {
    await h.close();
  });

  it('costs 2 to 4 Jira calls a page of 20 (counted where the app calls Jira), whatever the project size: one more for the children’s sub-tasks, one more when its rows have over ~100 related issues', async () => {
    const calls: string[] = [];
    h.onJiraRequest = (path) => void calls.push(path.replace(/\?.*$/, ''));
    const size = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    ).totals.issues;
    expect(size).toBeGreaterThan(2000);
    calls.length = 0;
    // The first page of an installation also reads the site's story-point fields once (kept an hour).
    let p = expectOk(await page(h, {}));
    expect(calls.filter((c) => !c.endsWith('/rest/api/3/field'))).toEqual([
      '/rest/api/3/search/jql',
      '/rest/api/3/search/jql',
    ]);
    const perPage: number[] = [];
    for (const payload of [{}, { model: 'wsjf' }, { model: 'moscow' }, { filter: { status: 'all' as const } }]) {
      calls.length = 0;
      p = expectOk(await page(h, payload));
      perPage.push(calls.length);
      for (let n = 0; n < 4 && p.nextPageToken; n++) {
        calls.length = 0;
        p = expectOk(await page(h, { ...payload, pageToken: p.nextPageToken }));
        perPage.push(calls.length);
      }
    }
    expect(perPage).toHaveLength(20);
    // Two calls when the rows' related issues (children, linked items, parents) fit one Jira page
    // of 100 with fields and no child has sub-tasks; one more for the children's sub-tasks (read in
    // full for their effort, Jira embeds only their status), one more for a page heavy with epics.
    expect(perPage.filter((n) => n <= 3).length).toBeGreaterThanOrEqual(15);
    expect(Math.min(...perPage)).toBe(2);
    expect(Math.max(...perPage)).toBeLessThanOrEqual(4);
  });

  it('a page of 50 pages its related issues at Jira’s 100 a page: one more call per further 100, never a walk of the project', async () => {
    const calls: string[] = [];
    h.onJiraRequest = (path) => void calls.push(path);
    const p = expectOk(await page(h, { pageSize: 50 }));
    expect(p.rows).toHaveLength(50);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThanOrEqual(4);
  });
});
