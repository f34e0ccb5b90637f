import {
  ADMIN_FUNCTIONS,
  DASHBOARD_FUNCTIONS,
  PORTFOLIO_FUNCTIONS,
  REQUIREMENT_FUNCTIONS,
} from '../../../src/contract/function-keys';
import { ERROR_CODES, type ErrorCode, type Result } from '../../../src/contract/result';
import type {
  ConfigView,
  DashboardView,
  KpiView,
  RequirementContextView,
  RollupJob,
} from '../../../src/contract/views';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import {
  ADMIN_ID,
  KPI_DEFINITION,
  PO_ID,
  VIEWER_ID,
  adminPage,
  expectOk,
  globalPage,
  invoke,
  issuePanel,
  openHarness,
  projectPage,
  type Extension,
  type Harness,
} from './resolver-harness';
import { rowsOf } from '../../fixtures/dashboard-rows';

/**
 * Every function key of src/contract/function-keys.ts, through src/index.ts and
 * the real @forge packages against the emulator, as admin@example.com (sees
 * every project) and viewer@example.com (cannot browse PLAT, edits nothing). Nothing any
 * answer says to the viewer - data or error text - mentions PLAT.
 */
const ALL_KEYS = [
  ...Object.values(DASHBOARD_FUNCTIONS),
  ...Object.values(REQUIREMENT_FUNCTIONS),
  ...Object.values(ADMIN_FUNCTIONS),
  ...Object.values(PORTFOLIO_FUNCTIONS),
];

const MODULE: Record<string, string> = {
  ...Object.fromEntries(Object.values(DASHBOARD_FUNCTIONS).map((k) => [k, 'pm-dashboard'])),
  ...Object.fromEntries(Object.values(REQUIREMENT_FUNCTIONS).map((k) => [k, 'pm-requirement-panel'])),
  ...Object.fromEntries(Object.values(ADMIN_FUNCTIONS).map((k) => [k, 'pm-admin'])),
  ...Object.fromEntries(Object.values(PORTFOLIO_FUNCTIONS).map((k) => [k, 'pm-portfolio'])),
};

function codeOf(result: Result<unknown>): 'ok' | ErrorCode {
  return result.ok ? 'ok' : result.error.code;
}

describe('every function key, as the admin and as the restricted viewer', () => {
  let h: Harness;
  let requirementKey: string;
  let kpiKey: string;
  beforeAll(async () => {
    h = await openHarness();
    const dashboard = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    requirementKey = rowsOf(dashboard)[2]!.key;
    kpiKey = dashboard.kpis[0]!.key;
  });
  afterAll(async () => {
    await h.close();
  });

  const call = <T = unknown>(key: string, payload: unknown, as: string, extension: Extension) =>
    invoke<T>(h, MODULE[key] as string, key, payload, as, extension);

  /** A CHK initiative (the project page's decision list names them). */
  async function initiativeKey(as: string): Promise<string> {
    const view = expectOk(await call<{ rows: { key: string }[] }>('getCheckDecisions', {}, as, projectPage('CHK')));
    return view.rows[0]!.key;
  }

  /** A valid call of `key` as `as`, reading the current versions first (writes need them). */
  async function validCall(key: string, as: string): Promise<Result<unknown>> {
    const panel = (issueKey: string) => issuePanel(issueKey, 'CHK');
    const context = async (issueKey: string) =>
      expectOk(await call<RequirementContextView>('getRequirementContext', {}, as, panel(issueKey)));
    switch (key) {
      case 'getDashboard':
      case 'getBacklogPage':
      case 'exportBacklogCsv':
      case 'getRoadmap':
      case 'exportRoadmapCsv':
      case 'getDeliveryProgress':
        return call(key, {}, as, projectPage('CHK'));
      case 'getPortfolioRoadmap':
      case 'exportPortfolioRoadmapCsv':
        return call(key, {}, as, globalPage);
      case 'getRequirementContext':
        return call(key, {}, as, panel(requirementKey));
      case 'saveRequirement': {
        const before = await context(requirementKey);
        return call(
          key,
          { version: before.pm.version, changes: { scores: { moscow: 'should' } } },
          as,
          panel(requirementKey),
        );
      }
      case 'previewScore':
        return call(key, { scores: { ice: { impact: 8, confidence: 5, ease: 5 } } }, as, panel(requirementKey));
      case 'defineKpi': {
        const before = await context(kpiKey);
        return call(key, { version: before.kpi?.version ?? 0, definition: KPI_DEFINITION }, as, panel(kpiKey));
      }
      case 'recordKpiActual': {
        const before = await context(kpiKey);
        return call(
          key,
          { version: before.kpi?.version ?? 0, actual: { date: '2026-10-15', value: 3 } },
          as,
          panel(kpiKey),
        );
      }
      case 'getEvidence':
        return call(key, {}, as, panel(requirementKey));
      case 'saveEvidence': {
        const before = expectOk(await call<{ version: number }>('getEvidence', {}, as, panel(requirementKey)));
        return call(key, { version: before.version, change: { action: 'removeHidden' } }, as, panel(requirementKey));
      }
      case 'getCheckDecisions':
        return call(key, {}, as, projectPage('CHK'));
      case 'getLaunchReadiness':
        return call(key, {}, as, projectPage('CHK'));
      case 'getScoreRanks':
        return call(key, { scores: [{ model: 'rice', value: 10 }] }, as, panel(requirementKey));
      case 'getBacklogScoring':
        return call(key, { issueKey: requirementKey }, as, projectPage('CHK'));
      case 'liftBlocker': {
        // A row the backlog flags as a priority inversion (the demo's Blocks links make some).
        const rows = expectOk(
          await call<{ rows: { key: string; inversion?: unknown }[] }>(
            'getBacklogPage',
            { model: 'rice', pageSize: 50 },
            as,
            projectPage('CHK'),
          ),
        ).rows;
        return call(key, { issueKey: rows.find((r) => r.inversion)!.key, model: 'rice' }, as, projectPage('CHK'));
      }
      case 'saveBacklogScoring': {
        const before = expectOk(
          await call<{ version: number; scores: Record<string, unknown> }>(
            'getBacklogScoring',
            { issueKey: requirementKey },
            as,
            projectPage('CHK'),
          ),
        );
        return call(
          key,
          { issueKey: requirementKey, version: before.version, scores: { ...before.scores, moscow: 'could' } },
          as,
          projectPage('CHK'),
        );
      }
      case 'getBusinessCase':
        return call(key, {}, as, panel(await initiativeKey(as)));
      case 'saveBusinessCase':
      case 'saveDecision': {
        const at = panel(await initiativeKey(as));
        const before = expectOk(await call<{ version: number }>('getBusinessCase', {}, as, at));
        return key === 'saveBusinessCase'
          ? call(
              key,
              {
                version: before.version,
                case: { costs: [], benefits: [], assumptions: ['Checked by every-function-key.'] },
              },
              as,
              at,
            )
          : call(
              key,
              {
                version: before.version,
                decision: {
                  options: [{ id: 'build', name: 'Build' }],
                  criteria: [{ id: 'cost', name: 'Cost', weight: 1 }],
                  ratings: {},
                },
              },
              as,
              at,
            );
      }
      case 'getConfig':
        return call(key, {}, as, adminPage);
      case 'saveConfig': {
        const current = expectOk(await call<ConfigView>('getConfig', {}, as, adminPage));
        return call(key, { version: current.version, config: defaultWorkflowConfig }, as, adminPage);
      }
      case 'getSiteOptions':
        return call(key, {}, as, adminPage);
      case 'previewMapping': {
        const rules = defaultWorkflowConfig.mapping.default;
        return call(key, { rules, index: rules.findIndex((r) => r.issueType === 'Story') }, as, adminPage);
      }
      case 'getPortfolio':
        return call(key, { pageSize: 50 }, as, globalPage);
      case 'exportPortfolioCsv':
      case 'startRollup':
        return call(key, {}, as, globalPage);
      case 'getRollupProgress': {
        const job = expectOk(await call<RollupJob>('startRollup', {}, as, globalPage));
        await h.runtime.idle();
        return call(key, { jobId: job.jobId }, as, globalPage);
      }
      default:
        throw new Error(`no valid call written for ${key}`);
    }
  }

  const expected: Record<string, { admin: 'ok' | ErrorCode; viewer: 'ok' | ErrorCode }> = {
    getDashboard: { admin: 'ok', viewer: 'ok' },
    getBacklogPage: { admin: 'ok', viewer: 'ok' },
    exportBacklogCsv: { admin: 'ok', viewer: 'ok' },
    getRequirementContext: { admin: 'ok', viewer: 'ok' },
    // The viewer browses CHK but may not edit its issues (Edit Issues is not Browse Projects).
    saveRequirement: { admin: 'ok', viewer: 'forbidden' },
    previewScore: { admin: 'ok', viewer: 'ok' },
    defineKpi: { admin: 'ok', viewer: 'forbidden' },
    recordKpiActual: { admin: 'ok', viewer: 'forbidden' },
    getEvidence: { admin: 'ok', viewer: 'ok' },
    saveEvidence: { admin: 'ok', viewer: 'forbidden' },
    getCheckDecisions: { admin: 'ok', viewer: 'ok' },
    getLaunchReadiness: { admin: 'ok', viewer: 'ok' },
    // Counts the app took, for a project the caller may browse: PLAT is not-found for the viewer (below).
    getDeliveryProgress: { admin: 'ok', viewer: 'ok' },
    getScoreRanks: { admin: 'ok', viewer: 'ok' },
    getBacklogScoring: { admin: 'ok', viewer: 'ok' },
    // Inline backlog scoring is the panel's save: Edit Issues is needed.
    saveBacklogScoring: { admin: 'ok', viewer: 'forbidden' },
    // A move in Jira's rank: Edit and Schedule Issues are needed.
    liftBlocker: { admin: 'ok', viewer: 'forbidden' },
    getBusinessCase: { admin: 'ok', viewer: 'ok' },
    saveBusinessCase: { admin: 'ok', viewer: 'forbidden' },
    saveDecision: { admin: 'ok', viewer: 'forbidden' },
    getConfig: { admin: 'ok', viewer: 'ok' },
    saveConfig: { admin: 'ok', viewer: 'forbidden' },
    // Pickers list what the caller's Jira lists; the preview's JQL may name projects, so it is for Jira admins.
    getSiteOptions: { admin: 'ok', viewer: 'ok' },
    previewMapping: { admin: 'ok', viewer: 'forbidden' },
    getPortfolio: { admin: 'ok', viewer: 'ok' },
    exportPortfolioCsv: { admin: 'ok', viewer: 'ok' },
    startRollup: { admin: 'ok', viewer: 'ok' },
    getRollupProgress: { admin: 'ok', viewer: 'ok' },
    // Read as the caller: what they may browse (the viewer's portfolio roadmap leaves PLAT out).
    getRoadmap: { admin: 'ok', viewer: 'ok' },
    exportRoadmapCsv: { admin: 'ok', viewer: 'ok' },
    getPortfolioRoadmap: { admin: 'ok', viewer: 'ok' },
    exportPortfolioRoadmapCsv: { admin: 'ok', viewer: 'ok' },
  };

  it('the table covers exactly the function keys of the contract', () => {
    expect(Object.keys(expected).sort()).toEqual([...ALL_KEYS].sort());
  });

  it.each(ALL_KEYS)(
    '%s answers one envelope as the admin and as the viewer; the viewer never reads PLAT',
    async (key) => {
      const admin = await validCall(key, ADMIN_ID);
      const viewer = await validCall(key, VIEWER_ID);
      for (const result of [admin, viewer]) {
        expect(Object.keys(result).sort()).toEqual(result.ok ? ['data', 'ok'] : ['error', 'ok']);
        if (!result.ok) {
          expect(Object.keys(result.error).filter((k) => !['code', 'message', 'details'].includes(k))).toEqual([]);
          expect(ERROR_CODES).toContain(result.error.code);
        }
      }
      expect({ key, admin: codeOf(admin), viewer: codeOf(viewer) }).toEqual({ key, ...expected[key] });
      expect(JSON.stringify(viewer)).not.toMatch(/PLAT/);
    },
  );

  it('the admin sees PLAT in the portfolio and its CSV; the viewer sees neither its key, name nor counts', async () => {
    const admin = await validCall('getPortfolio', ADMIN_ID);
    const plat = expectOk(
      admin as Result<{ products: { projectKey: string; projectName: string; issues: number }[] }>,
    ).products.find((p) => p.projectKey === 'PLAT')!;
    expect(plat).toBeDefined();
    const adminCsv = expectOk((await validCall('exportPortfolioCsv', ADMIN_ID)) as Result<{ csv: string }>);
    expect(adminCsv.csv).toContain(plat.projectName);
    for (const key of ['getPortfolio', 'exportPortfolioCsv', 'startRollup']) {
      const text = JSON.stringify(await validCall(key, VIEWER_ID));
      expect(text).not.toContain('PLAT');
      expect(text).not.toContain(plat.projectName);
    }
    // The viewer's job counts only the projects they can browse.
    const adminJob = expectOk((await validCall('startRollup', ADMIN_ID)) as Result<RollupJob>);
    const viewerJob = expectOk((await validCall('startRollup', VIEWER_ID)) as Result<RollupJob>);
    const viewerProducts = expectOk((await validCall('getPortfolio', VIEWER_ID)) as Result<{ products: unknown[] }>)
      .products.length;
    expect(viewerJob.total).toBe(viewerProducts);
    expect(adminJob.total).toBeGreaterThan(viewerProducts);
    await h.runtime.idle();
  });

  it('every context-bound function on a PLAT issue or project page answers the viewer not-found, naming nothing', async () => {
    const platPanel = issuePanel('PLAT-1', 'PLAT');
    const calls: [string, unknown, Extension][] = [
      ['getDashboard', {}, projectPage('PLAT')],
      ['getBacklogPage', {}, projectPage('PLAT')],
      ['exportBacklogCsv', {}, projectPage('PLAT')],
      ['getRequirementContext', {}, platPanel],
      ['saveRequirement', { version: 0, changes: { kpiKeys: [] } }, platPanel],
      ['defineKpi', { version: 0, definition: KPI_DEFINITION }, platPanel],
      ['recordKpiActual', { version: 0, actual: { date: '2026-10-01', value: 1 } }, platPanel],
      ['getEvidence', {}, platPanel],
      ['saveEvidence', { version: 0, change: { action: 'removeHidden' } }, platPanel],
      ['getCheckDecisions', {}, projectPage('PLAT')],
      ['getLaunchReadiness', {}, projectPage('PLAT')],
      ['getDeliveryProgress', {}, projectPage('PLAT')],
      ['getRoadmap', {}, projectPage('PLAT')],
      ['exportRoadmapCsv', { filter: {} }, projectPage('PLAT')],
      ['getBusinessCase', {}, platPanel],
      ['saveBusinessCase', { version: 0, case: { costs: [], benefits: [], assumptions: [] } }, platPanel],
      [
        'saveDecision',
        {
          version: 0,
          decision: {
            options: [{ id: 'buy', name: 'Buy' }],
            criteria: [{ id: 'cost', name: 'Cost', weight: 1 }],
            ratings: {},
          },
        },
        platPanel,
      ],
    ];
    for (const [key, payload, extension] of calls) {
      const result = await call(key, payload, VIEWER_ID, extension);
      expect({ key, code: codeOf(result) }).toEqual({ key, code: 'not-found' });
      expect(JSON.stringify(result)).not.toMatch(/PLAT/);
    }
  });

  it('identity and selection come from the context: payload accountId / projectKey / issueKey are rejected, naming the field', async () => {
    const attempts: [string, unknown, Extension][] = [
      ['getDashboard', { projectKey: 'PLAT' }, projectPage('CHK')],
      ['getBacklogPage', { projectKey: 'PLAT' }, projectPage('CHK')],
      ['exportBacklogCsv', { projectKey: 'PLAT' }, projectPage('CHK')],
      ['getRoadmap', { projectKey: 'PLAT' }, projectPage('CHK')],
      ['getDeliveryProgress', { projectKey: 'PLAT' }, projectPage('CHK')],
      ['getPortfolioRoadmap', { accountId: ADMIN_ID }, globalPage],
      ['getRequirementContext', { issueKey: 'PLAT-1' }, issuePanel(requirementKey, 'CHK')],
      ['saveRequirement', { version: 0, changes: {}, accountId: ADMIN_ID }, issuePanel(requirementKey, 'CHK')],
      ['defineKpi', { version: 0, definition: KPI_DEFINITION, issueKey: 'PLAT-1' }, issuePanel(kpiKey, 'CHK')],
      ['saveConfig', { version: 0, config: defaultWorkflowConfig, accountId: ADMIN_ID }, adminPage],
      ['startRollup', { accountId: ADMIN_ID }, globalPage],
      ['getRollupProgress', { jobId: 'x', accountId: ADMIN_ID }, globalPage],
    ];
    for (const [key, payload, extension] of attempts) {
      const result = await call(key, payload, VIEWER_ID, extension);
      expect({ key, code: codeOf(result) }).toEqual({ key, code: 'validation' });
      if (!result.ok)
        expect(result.error.details).toMatchObject({
          issues: [{ message: expect.stringMatching(/unrecognized key/i) }],
        });
      expect(JSON.stringify(result)).not.toMatch(/PLAT-1|projectKey.*PLAT/);
    }
  });

  it('without a user in the context, or on the wrong module, the answer is forbidden', async () => {
    const noUser = (await h.runtime.invoker.invokeResolver({
      functionKey: 'getPortfolio',
      payload: {},
      context: { moduleKey: 'pm-portfolio', extension: globalPage },
    })) as Result<unknown>;
    expect(codeOf(noUser)).toBe('forbidden');
    expect(codeOf(await call('getDashboard', {}, ADMIN_ID, globalPage))).toBe('forbidden');
    expect(codeOf(await call('getRequirementContext', {}, ADMIN_ID, projectPage('CHK')))).toBe('forbidden');
  });

  it('payload validation names the nested path and lists every bad one', async () => {
    const result = await call(
      'saveRequirement',
      { version: 0, changes: { scores: { rice: { reach: 'many' } }, kpiKeys: ['nope'] } },
      ADMIN_ID,
      issuePanel(requirementKey, 'CHK'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.message).toMatch(/^Invalid (changes\.scores\.rice\.reach|changes\.kpiKeys\.0): /);
    const paths = (result.error.details as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(['changes.kpiKeys.0', 'changes.scores.rice.reach']);
  });

  it('defineKpi: a stale version gets conflict with the stored document; the view carries periodStart and thresholds', async () => {
    const before = expectOk(
      await call<RequirementContextView>('getRequirementContext', {}, ADMIN_ID, issuePanel(kpiKey, 'CHK')),
    );
    const version = before.kpi!.version;
    const defined = expectOk(
      await call<KpiView>(
        'defineKpi',
        { version, definition: { ...KPI_DEFINITION, periodStart: '2026-02-01' } },
        ADMIN_ID,
        issuePanel(kpiKey, 'CHK'),
      ),
    );
    expect(defined).toMatchObject({
      version: version + 1,
      periodStart: '2026-02-01',
      dueDate: '2026-12-31',
      thresholds: { atRisk: 0.9, offTrack: 0.6 },
    });
    const stale = await call('defineKpi', { version, definition: KPI_DEFINITION }, PO_ID, issuePanel(kpiKey, 'CHK'));
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('conflict');
    expect(stale.error.details).toMatchObject({
      currentVersion: version + 1,
      current: { version: version + 1, periodStart: '2026-02-01' },
    });
    const after = expectOk(
      await call<RequirementContextView>('getRequirementContext', {}, ADMIN_ID, issuePanel(kpiKey, 'CHK')),
    );
    expect(after.kpi).toMatchObject({ version: version + 1, periodStart: '2026-02-01' });
  });
});
