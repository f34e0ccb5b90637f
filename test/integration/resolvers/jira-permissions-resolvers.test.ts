import type { DashboardView, PortfolioPage, RequirementContextView } from '../../../src/contract/views';
import {
  ADMIN_ID,
  OPS_ID,
  VIEWER_ID,
  expectOk,
  globalPage,
  invoke,
  issuePanel,
  jiraAs,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';
import { rowsOf } from '../../fixtures/dashboard-rows';

/**
 * The app against Jira's permission model and data shapes (through src/index.ts,
 * the real @forge packages and the emulator with the demo dataset): Browse is not
 * Edit, administering is not browsing, story points live in different fields per
 * project, and the app's own account cannot browse People Ops (HR).
 */
describe('resolvers as Jira restricts them', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const portfolio = async (as: string) =>
    expectOk(await invoke<PortfolioPage>(h, 'pm-portfolio', 'getPortfolio', { pageSize: 50 }, as, globalPage));

  it('the viewer may browse CHK but not edit it: saving PM data is forbidden and nothing is written', async () => {
    const dashboard = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, VIEWER_ID, projectPage('CHK')),
    );
    const key = rowsOf(dashboard)[0]!.key;
    const context = expectOk(
      await invoke<RequirementContextView>(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        VIEWER_ID,
        issuePanel(key, 'CHK'),
      ),
    );
    expect(context.canEdit).toBe(false);
    const saved = await invoke(
      h,
      'pm-requirement-panel',
      'saveRequirement',
      { version: context.pm.version, changes: { scores: { moscow: 'must' } } },
      VIEWER_ID,
      issuePanel(key, 'CHK'),
    );
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error).toMatchObject({ code: 'forbidden', message: 'You cannot edit this issue.' });
    const stored = (await (
      await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}/properties/pm-workflow.requirement`)
    ).json()) as { value: { version: number } };
    expect(stored.value.version).toBe(context.pm.version);
  });

  it('a user who administers PLAT without browsing it gets a portfolio of what they may browse, not an error', async () => {
    const page = await portfolio(OPS_ID);
    expect(page.products.map((p) => p.projectKey)).toEqual(['CHK', 'HR']);
    expect(page.coverage.complete).toBe(true);
  });

  it('their PLAT project page says why it shows nothing (forbidden), instead of failing', async () => {
    const result = await invoke(h, 'pm-dashboard', 'getDashboard', {}, OPS_ID, projectPage('PLAT'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/administer this project.*browse/),
      });
  });

  it('story points are read from each project’s own field: MOB’s "Story point estimate", none in HR', async () => {
    const products = new Map((await portfolio(ADMIN_ID)).products.map((p) => [p.projectKey, p]));
    expect(products.get('MOB')?.progress.percentByEffort).toEqual(expect.any(Number));
    expect(products.get('CHK')?.progress.percentByEffort).toEqual(expect.any(Number));
    expect(products.get('HR')?.progress.percentByEffort).toBeUndefined();
    expect(products.get('HR')?.issues).toBeGreaterThan(0);
  });
});
