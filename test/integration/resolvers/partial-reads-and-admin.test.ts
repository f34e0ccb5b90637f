import { PRODUCT_OWNER } from '../../../dev/demo-data/users';
import type { ConfigView, CsvExport, DashboardView, PortfolioPage } from '../../../src/contract/views';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import {
  ADMIN_ID,
  VIEWER_ID,
  adminPage,
  expectOk,
  globalPage,
  invoke,
  jiraAs,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';

/**
 * Reads cut short part-way (the retry budget runs out after some pages were
 * read), rate limits, project-level configuration by a project admin, and the
 * string-typed `pmStale` index - through src/index.ts against the emulator.
 */
describe('partial reads, rate limits, project admins and the JQL index', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => {
    h.onJiraRequest = undefined;
    h.emulator.clearFaults();
    h.sleeps.length = 0;
  });

  /** From the `n`-th issue search on, Jira answers 429 past any budget. */
  function rateLimitFromSearch(n: number, accountId?: string): void {
    let searches = 0;
    h.onJiraRequest = (path) => {
      if (!path.startsWith('/rest/api/3/search/jql')) return;
      searches += 1;
      if (searches === n)
        h.emulator.injectFault({
          status: 429,
          count: 1000,
          retryAfterSeconds: 3,
          pathPrefix: '/rest/api/3/search/jql',
          ...(accountId ? { accountId } : {}),
        });
    };
  }

  it('the dashboard read cut short after its first page answers incomplete with what was read (coverage.complete = false)', async () => {
    const full = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    expect(full.totals.issues).toBeGreaterThan(100); // more than one page of 100

    rateLimitFromSearch(2);
    const result = await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('incomplete');
    const details = result.error.details as { partial: DashboardView; retryAfterSeconds?: number };
    expect(details.retryAfterSeconds).toBe(3);
    expect(details.partial.coverage).toMatchObject({ complete: false, issuesRead: 100 });
    expect(details.partial.totals.issues).toBe(100);
    expect(details.partial.totals.issues).toBeLessThan(full.totals.issues);
    expect(h.sleeps.length).toBeGreaterThan(0); // it did retry before giving up
  });

  it('the backlog CSV cut short answers incomplete with the partial CSV', async () => {
    // The export reads the backlog's pages of 100 (CHK has fewer): refusing its last search loses the last page, and says so.
    let searches = 0;
    h.onJiraRequest = (path) => {
      if (path.startsWith('/rest/api/3/search/jql')) searches += 1;
    };
    const full = expectOk(
      await invoke<CsvExport>(
        h,
        'pm-dashboard',
        'exportBacklogCsv',
        { filter: { status: 'all' } },
        ADMIN_ID,
        projectPage('CHK'),
      ),
    );
    expect(full.rows).toBeGreaterThan(0);
    const kept = 100 * Math.floor((full.rows - 1) / 100);
    rateLimitFromSearch(searches);
    const result = await invoke<CsvExport>(
      h,
      'pm-dashboard',
      'exportBacklogCsv',
      { filter: { status: 'all' } },
      ADMIN_ID,
      projectPage('CHK'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('incomplete');
    const partial = (result.error.details as { partial: CsvExport }).partial;
    expect(partial.coverage).toMatchObject({ complete: false, issuesRead: kept });
    expect(partial.rows).toBe(kept);
    expect(partial.coverage.note).toMatch(/rate-limiting/);
    expect(partial.csv.split('\r\n')[0]).toMatch(/^Rank,Key/);
  });

  it("the viewer's portfolio and CSV cut short mid-read say incomplete and still never mention PLAT", async () => {
    rateLimitFromSearch(2, VIEWER_ID);
    const page = await invoke<PortfolioPage>(
      h,
      'pm-portfolio',
      'getPortfolio',
      { pageSize: 50 },
      VIEWER_ID,
      globalPage,
    );
    expect(page.ok).toBe(false);
    if (page.ok) return;
    expect(page.error.code).toBe('incomplete');
    const partial = (page.error.details as { partial: PortfolioPage }).partial;
    expect(partial.coverage.complete).toBe(false);
    expect(partial.coverage.issuesRead).toBeGreaterThan(0);
    expect(partial.coverage.note).toMatch(/^\d of 2 products could not be read completely/); // counts only what the viewer may browse
    expect(JSON.stringify(page)).not.toMatch(/PLAT/);

    h.emulator.clearFaults();
    rateLimitFromSearch(1, VIEWER_ID);
    const csv = await invoke<CsvExport>(h, 'pm-portfolio', 'exportPortfolioCsv', {}, VIEWER_ID, globalPage);
    expect(csv.ok).toBe(false);
    if (csv.ok) return;
    expect(csv.error.code).toBe('incomplete');
    expect((csv.error.details as { partial: CsvExport }).partial.coverage.complete).toBe(false);
    expect(JSON.stringify(csv)).not.toMatch(/PLAT/);
  });

  it('rate-limited past the budget on a call the answer needs: rate-limited with Retry-After, as the viewer too', async () => {
    h.emulator.injectFault({
      status: 429,
      count: 1000,
      retryAfterSeconds: 30,
      pathPrefix: '/rest/api/3/project',
      accountId: VIEWER_ID,
    });
    for (const [module, key, extension] of [
      ['pm-portfolio', 'getPortfolio', globalPage],
      ['pm-portfolio', 'startRollup', globalPage],
      ['pm-dashboard', 'getDashboard', projectPage('CHK')],
    ] as const) {
      const result = await invoke(h, module, key, {}, VIEWER_ID, extension);
      expect(result).toEqual({
        ok: false,
        error: { code: 'rate-limited', message: expect.any(String), details: { retryAfterSeconds: 30 } },
      });
    }
  });

  it("project-level configuration: a project admin may change their project's rules only, never the site config", async () => {
    const rules = [{ phaseId: 'requirements', issueType: 'Story' }];
    const start = expectOk(
      await invoke<ConfigView>(h, 'pm-admin', 'getConfig', {}, PRODUCT_OWNER.accountId, adminPage),
    );
    expect(start.canEdit).toBe(false);

    const site = await invoke(
      h,
      'pm-admin',
      'saveConfig',
      { version: start.version, config: defaultWorkflowConfig },
      PRODUCT_OWNER.accountId,
      adminPage,
    );
    expect(site).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    const other = await invoke(
      h,
      'pm-admin',
      'saveConfig',
      { version: start.version, config: rules, projectKey: 'MOB' },
      PRODUCT_OWNER.accountId,
      adminPage,
    );
    expect(other).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    const invisible = await invoke(
      h,
      'pm-admin',
      'saveConfig',
      { version: start.version, config: rules, projectKey: 'PLAT' },
      VIEWER_ID,
      adminPage,
    );
    expect(invisible).toEqual({ ok: false, error: { code: 'not-found', message: expect.not.stringMatching(/PLAT/) } });

    const own = expectOk(
      await invoke<ConfigView>(
        h,
        'pm-admin',
        'saveConfig',
        { version: start.version, config: rules, projectKey: 'CHK' },
        PRODUCT_OWNER.accountId,
        adminPage,
      ),
    );
    expect(own.version).toBe(start.version + 1);
    expect((own.config as typeof defaultWorkflowConfig).mapping.projects['CHK']).toEqual(rules);

    const badRules = await invoke(
      h,
      'pm-admin',
      'saveConfig',
      { version: own.version, config: [{ phaseId: 'requirements' }], projectKey: 'CHK' },
      PRODUCT_OWNER.accountId,
      adminPage,
    );
    expect(badRules.ok).toBe(false);
    if (!badRules.ok)
      expect(badRules.error).toMatchObject({
        code: 'validation',
        message: expect.stringContaining('config.0.issueType'),
      });

    const stale = await invoke(
      h,
      'pm-admin',
      'saveConfig',
      { version: start.version, config: rules, projectKey: 'CHK' },
      PRODUCT_OWNER.accountId,
      adminPage,
    );
    expect(stale.ok).toBe(false);
    if (!stale.ok)
      expect(stale.error).toMatchObject({ code: 'conflict', details: { current: { version: own.version } } });
  });

  it('JQL: pmStale is indexed as the string "true" / "false"; ORDER BY pmScore DESC sorts the backlog', async () => {
    const search = async (jql: string) => {
      const response = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
        method: 'POST',
        body: JSON.stringify({ jql, fields: ['summary'], properties: ['pm-workflow.requirement'], maxResults: 100 }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        issues: { properties: Record<string, { index: { stale?: unknown; score?: number } }> }[];
      };
      return body.issues.map((i) => i.properties['pm-workflow.requirement']!.index);
    };
    const stale = await search('project = CHK AND pmStale = "true"');
    const fresh = await search('project = CHK AND pmStale = "false"');
    expect(stale.length).toBeGreaterThan(0);
    expect(fresh.length).toBeGreaterThan(0);
    expect(stale.every((i) => i.stale === 'true')).toBe(true);
    expect(fresh.every((i) => i.stale === 'false')).toBe(true);

    const ranked = (await search('project = CHK AND pmScore IS NOT EMPTY ORDER BY pmScore DESC')).map(
      (i) => i.score as number,
    );
    expect(ranked.length).toBeGreaterThan(3);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
  });
});
