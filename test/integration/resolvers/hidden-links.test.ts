import { ADMIN, PEOPLE_OPS, VIEWER } from '../../../dev/demo-data/users';
import type { ConfigView, CsvExport, DashboardView, RequirementContextView } from '../../../src/contract/views';
import type { WorkflowConfig } from '../../../src/domain/workflow/workflow-config-schema';
import { seedCrossProjectLinks, type CrossProjectSeed } from '../../reliability/cross-project-seed';
import { adminPage, expectOk, invoke, issuePanel, openHarness, projectPage, type Harness } from './resolver-harness';
import { rowsOf } from '../../fixtures/dashboard-rows';

/**
 * The contract for links the caller cannot see (docs/api.md, "an item you
 * cannot see"): the admin reads the cross-project links; the viewer (CHK, MOB)
 * gets `{hidden: true}` refs, `pm.hiddenLinks`, readiness gaps without keys,
 * and a configuration without the rules and weights of PLAT, HR and their issues.
 */
describe('links and configuration the caller cannot see', () => {
  let h: Harness;
  let seed: CrossProjectSeed;
  beforeAll(async () => {
    h = await openHarness({
      prepare: (generated) => {
        const seeded = seedCrossProjectLinks(generated);
        seed = seeded.seed;
        return seeded.dataset;
      },
    });
    h.kvs.seed({ 'config:workflow': { version: 1, config: seed.config } });
  });
  afterAll(async () => {
    await h.close();
  });

  const context = async (accountId: string, key: string) =>
    expectOk(
      await invoke<RequirementContextView>(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        accountId,
        issuePanel(key, 'CHK'),
      ),
    );

  it('the admin reads every linked item by key', async () => {
    const view = await context(ADMIN.accountId, seed.requirementKeys[0] as string);
    expect(view.chain.problem).toMatchObject({ key: seed.targets.problem });
    expect(view.pm).toMatchObject({
      problemKey: seed.targets.problem,
      personaKey: seed.targets.persona,
      scenarioKey: seed.targets.scenario,
    });
    expect(view.pm.kpiKeys).toEqual(expect.arrayContaining(seed.targets.kpis));
    expect(view.pm.hiddenLinks).toBeUndefined();
  });

  it('the viewer gets "an item you cannot see" for each hidden link, with no key, id or summary', async () => {
    const view = await context(VIEWER.accountId, seed.requirementKeys[0] as string);
    expect(view.chain).toMatchObject({
      problem: { hidden: true },
      persona: { hidden: true },
      scenario: { hidden: true },
    });
    expect(Object.keys(view.chain.problem ?? {})).toEqual(['hidden']);
    expect(view.pm).not.toHaveProperty('problemKey');
    expect(view.pm.kpiKeys).toEqual([seed.kpiKey]);
    expect([...(view.pm.hiddenLinks ?? [])].sort()).toEqual(['kpi', 'persona', 'problem', 'scenario']);
    expect(view.kpis.map((k) => k.key)).toEqual([seed.kpiKey]);
    const hiddenGaps = view.readiness.missing.filter((m) => m.reason === 'not-visible');
    expect(hiddenGaps.length).toBeGreaterThan(0);
    for (const gap of hiddenGaps) expect(gap).not.toHaveProperty('key');
  });

  it('dashboard rows and the backlog CSV name no hidden item', async () => {
    const dashboard = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, VIEWER.accountId, projectPage('CHK')),
    );
    const rows = rowsOf(dashboard).filter((r) => seed.requirementKeys.includes(r.key));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      for (const gap of row.readiness.missing.filter((m) => m.reason === 'not-visible'))
        expect(gap).not.toHaveProperty('key');
    // Jira itself leaves out a parent the caller cannot browse; one in another project is shown once it is known visible.
    expect(rowsOf(dashboard).find((r) => r.key === seed.childKey)).not.toHaveProperty('parentKey');
    const asAdmin = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN.accountId, projectPage('CHK')),
    );
    expect(rowsOf(asAdmin).find((r) => r.key === seed.childKey)).toMatchObject({ parentKey: seed.targets.parent });
    const csv = expectOk(
      await invoke<CsvExport>(h, 'pm-dashboard', 'exportBacklogCsv', {}, VIEWER.accountId, projectPage('CHK')),
    );
    expect(csv.csv).not.toMatch(/PLAT|HR-|ANA-/);
  });

  it('configuration: admins get all; others the rules of projects Jira shows them and weights of issues they browse', async () => {
    const configAs = async (accountId: string) =>
      expectOk(await invoke<ConfigView>(h, 'pm-admin', 'getConfig', {}, accountId, adminPage)).config as WorkflowConfig;
    const admin = await configAs(ADMIN.accountId);
    expect(Object.keys(admin.mapping.projects).sort()).toEqual(['CHK', 'HR', 'PLAT']);
    expect(Object.keys(admin.kpi.weights)).toHaveLength(3);
    const viewer = await configAs(VIEWER.accountId);
    expect(Object.keys(viewer.mapping.projects)).toEqual(['CHK']);
    expect(viewer.kpi.weights).toEqual({ [seed.kpiKey]: 1 });
    // ops administers PLAT without browsing it: its rules (project settings) yes, its issues' weights no.
    const ops = await configAs(PEOPLE_OPS.accountId);
    expect(Object.keys(ops.mapping.projects).sort()).toEqual(['CHK', 'HR', 'PLAT']);
    expect(Object.keys(ops.kpi.weights)).not.toContain(seed.targets.kpis[0]);
    expect(viewer.phases).toEqual(admin.phases);
  });

  it('a project admin saving their rules reads back only what they may see, also in a conflict', async () => {
    const current = expectOk(await invoke<ConfigView>(h, 'pm-admin', 'getConfig', {}, PEOPLE_OPS.accountId, adminPage));
    const rules = [{ phaseId: 'requirements', issueType: 'Task' }];
    const saved = expectOk(
      await invoke<ConfigView>(
        h,
        'pm-admin',
        'saveConfig',
        { version: current.version, config: rules, projectKey: 'HR' },
        PEOPLE_OPS.accountId,
        adminPage,
      ),
    );
    expect(JSON.stringify(saved.config)).not.toContain(seed.targets.kpis[0]);
    const stale = await invoke(
      h,
      'pm-admin',
      'saveConfig',
      { version: current.version, config: rules, projectKey: 'HR' },
      PEOPLE_OPS.accountId,
      adminPage,
    );
    expect(stale.ok ? 'ok' : stale.error.code).toBe('conflict');
    expect(JSON.stringify(stale)).not.toContain(seed.targets.kpis[0]);
    // The stored config still holds everything for the admin.
    const admin = expectOk(await invoke<ConfigView>(h, 'pm-admin', 'getConfig', {}, ADMIN.accountId, adminPage))
      .config as WorkflowConfig;
    expect(admin.kpi.weights[seed.targets.kpis[0] as string]).toBe(3);
  });
});
