import type {
  ConfigView,
  CsvExport,
  DashboardView,
  KpiView,
  RequirementContextView,
  ScorePreview,
} from '../../../src/contract/views';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import {
  ADMIN_ID,
  KPI_DEFINITION,
  PO_ID,
  VIEWER_ID,
  adminPage,
  expectOk,
  invoke,
  issuePanel,
  jiraAs,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';
import { rowsOf } from '../../fixtures/dashboard-rows';

describe('write resolvers through src/index.ts (local Forge runtime + Jira emulator)', () => {
  let h: Harness;
  let dashboard: DashboardView;
  beforeAll(async () => {
    h = await openHarness();
    dashboard = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
  });
  afterAll(async () => {
    await h.close();
  });

  const panel = (key: string) => issuePanel(key, key.split('-')[0] as string);
  const context = async (key: string, as = ADMIN_ID) =>
    expectOk(
      await invoke<RequirementContextView>(h, 'pm-requirement-panel', 'getRequirementContext', {}, as, panel(key)),
    );

  it('saveRequirement stores Kano survey answers: the category and Better / Worse follow them, history has one survey entry', async () => {
    const key = rowsOf(dashboard)[4]!.key;
    const before = await context(key);
    const pair = (functional: string, dysfunctional: string, respondent?: string) => ({
      functional,
      dysfunctional,
      ...(respondent ? { respondent } : {}),
    });
    const save = async (version: number, responses: unknown[] | undefined) => {
      const { kanoSurvey: _old, ...rest } = before.pm.scores;
      const scores = responses ? { ...rest, kanoSurvey: { responses } } : rest;
      return expectOk(
        await invoke<RequirementContextView>(
          h,
          'pm-requirement-panel',
          'saveRequirement',
          { version, changes: { scores } },
          ADMIN_ID,
          panel(key),
        ),
      );
    };
    const three = [pair('like', 'neutral', 'SMB'), pair('like', 'neutral'), pair('like', 'dislike')];
    const first = await save(before.pm.version, three);
    expect(first.scores.find((s) => s.model === 'kano')).toMatchObject({
      scored: true,
      display: 'Attractive',
      kanoSurvey: { respondents: 3, better: 1, worse: -0.333 },
    });
    const four = [...three, pair('expect', 'dislike'), pair('expect', 'dislike'), pair('neutral', 'dislike')];
    const second = await save(first.pm.version, four);
    expect(second.scores.find((s) => s.model === 'kano')).toMatchObject({ display: 'Must-be' });
    const entry = second.history.find((e) => e.field === 'scores.kanoSurvey');
    expect(entry).toMatchObject({ from: { responses: three }, to: { responses: four } });
    // One entry per save, none for the single pair the saves left alone.
    expect(second.history.filter((e) => e.field.startsWith('scores.kano')).map((e) => e.field)).toEqual([
      'scores.kanoSurvey',
      'scores.kanoSurvey',
    ]);
    // Removing every answer clears the survey (and records it).
    const cleared = await save(second.pm.version, undefined);
    expect(cleared.pm.scores.kanoSurvey).toBeUndefined();
    expect(cleared.history[0]).toMatchObject({ field: 'scores.kanoSurvey', to: null });
  });

  it('saveRequirement writes version + 1, keeps the JQL index in sync and records history; a stale version gets conflict', async () => {
    const key = rowsOf(dashboard)[3]!.key;
    const before = await context(key);
    const scores = { ...before.pm.scores, rice: { reach: 5000, impact: 3, confidence: 100, effort: 1 } };
    const saved = expectOk(
      await invoke<RequirementContextView>(
        h,
        'pm-requirement-panel',
        'saveRequirement',
        { version: before.pm.version, changes: { scores } },
        ADMIN_ID,
        panel(key),
      ),
    );
    expect(saved.pm.version).toBe(before.pm.version + 1);
    expect(saved.scores.find((s) => s.model === 'rice')).toMatchObject({ scored: true, value: 15000 });
    expect(saved.history[0]).toMatchObject({ accountId: ADMIN_ID, field: 'scores.rice', to: scores.rice });

    const property = (await (
      await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}/properties/pm-workflow.requirement`)
    ).json()) as {
      value: { version: number; index: { score?: number; readiness?: number; phase?: string; stale?: string } };
    };
    expect(property.value.version).toBe(before.pm.version + 1);
    expect(property.value.index).toMatchObject({ score: 15000, phase: 'requirements', stale: 'false' });

    const conflict = await invoke(
      h,
      'pm-requirement-panel',
      'saveRequirement',
      { version: before.pm.version, changes: { phaseNope: 1 } },
      ADMIN_ID,
      panel(key),
    );
    expect(conflict.ok).toBe(false); // unknown field: validation names it
    if (!conflict.ok) expect(conflict.error).toMatchObject({ code: 'validation' });

    const stale = await invoke(
      h,
      'pm-requirement-panel',
      'saveRequirement',
      { version: before.pm.version, changes: { kpiKeys: [] } },
      PO_ID,
      panel(key),
    );
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('conflict');
      expect(stale.error.details).toMatchObject({ current: { version: before.pm.version + 1 } });
    }
  });

  it('JQL on the indexed alias sorts a backlog by score: ORDER BY pmScore DESC', async () => {
    const response = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({
        jql: 'project = CHK AND pmScore IS NOT EMPTY ORDER BY pmScore DESC',
        fields: ['summary'],
        properties: ['pm-workflow.requirement'],
        maxResults: 100,
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      issues: { key: string; properties: Record<string, { index: { score: number } }> }[];
    };
    const scores = body.issues.map((i) => i.properties['pm-workflow.requirement']!.index.score);
    expect(scores.length).toBeGreaterThan(3);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThanOrEqual(15000); // the save above leads the backlog
  });

  it('saveRequirement: the product owner cannot reach a PLAT issue; a link to an invisible issue is refused without naming more', async () => {
    const denied = await invoke(
      h,
      'pm-requirement-panel',
      'saveRequirement',
      { version: 0, changes: { kpiKeys: [] } },
      PO_ID,
      panel('PLAT-2'),
    );
    expect(denied.ok).toBe(false);
    if (!denied.ok) expect(denied.error.code).toBe('not-found');

    const key = rowsOf(dashboard)[5]!.key;
    const before = await context(key, PO_ID);
    const invisible = await invoke(
      h,
      'pm-requirement-panel',
      'saveRequirement',
      { version: before.pm.version, changes: { problemKey: 'PLAT-1' } },
      PO_ID,
      panel(key),
    );
    expect(invisible.ok).toBe(false);
    if (!invisible.ok) expect(invisible.error.code).toBe('validation');
  });

  it('previewScore scores unsaved inputs with breakdowns and reasons', async () => {
    const preview = expectOk(
      await invoke<ScorePreview>(
        h,
        'pm-requirement-panel',
        'previewScore',
        {
          scores: {
            rice: { reach: 100, impact: 1, confidence: 80, effort: 0 },
            wsjf: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 8 },
          },
        },
        ADMIN_ID,
        panel(rowsOf(dashboard)[0]!.key),
      ),
    );
    const rice = preview.scores.find((s) => s.model === 'rice')!;
    expect(rice.scored).toBe(false);
    expect(rice.reasons.join(' ')).toMatch(/Effort \(person-months\) must be greater than 0/);
    expect(preview.scores.find((s) => s.model === 'wsjf')).toMatchObject({ scored: true, value: 2 });
  });

  it('defineKpi and recordKpiActual version the KPI document; a stale version gets conflict', async () => {
    const kpi = dashboard.kpis[0]!;
    const defined = expectOk(
      await invoke<KpiView>(
        h,
        'pm-requirement-panel',
        'defineKpi',
        {
          version: kpi.version,
          definition: KPI_DEFINITION,
        },
        ADMIN_ID,
        panel(kpi.key),
      ),
    );
    expect(defined.version).toBe(kpi.version + 1);
    expect(defined.actuals.length).toBe(kpi.actuals.length);
    const recorded = expectOk(
      await invoke<KpiView>(
        h,
        'pm-requirement-panel',
        'recordKpiActual',
        { version: defined.version, actual: { date: '2026-11-01', value: 3.9 } },
        ADMIN_ID,
        panel(kpi.key),
      ),
    );
    expect(recorded.version).toBe(defined.version + 1);
    // Same date as an existing actual: a correction replaces it.
    expect(recorded.latest).toEqual({ date: '2026-11-01', value: 3.9 });
    expect(recorded.actuals.filter((a) => a.date === '2026-11-01')).toHaveLength(1);
    expect(recorded.status).toBe('on-track');
    const conflict = await invoke(
      h,
      'pm-requirement-panel',
      'recordKpiActual',
      { version: defined.version, actual: { date: '2026-10-30', value: 4 } },
      ADMIN_ID,
      panel(kpi.key),
    );
    expect(conflict.ok).toBe(false);
    if (!conflict.ok) expect(conflict.error.code).toBe('conflict');
  });

  it('saveConfig: forbidden for the viewer, validation names the path, conflict on a stale version', async () => {
    const forbidden = await invoke(
      h,
      'pm-admin',
      'saveConfig',
      { version: 0, config: defaultWorkflowConfig },
      VIEWER_ID,
      adminPage,
    );
    expect(forbidden).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });

    const bad = structuredClone(defaultWorkflowConfig) as unknown as { phases: { sectionId: string }[] };
    bad.phases[2]!.sectionId = 'nowhere';
    const invalid = await invoke(h, 'pm-admin', 'saveConfig', { version: 0, config: bad }, ADMIN_ID, adminPage);
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) {
      expect(invalid.error.code).toBe('validation');
      expect(invalid.error.message).toContain('phases.2.sectionId');
    }

    const config = structuredClone(defaultWorkflowConfig);
    config.scoring.staleAfterDays = 60;
    const saved = expectOk(
      await invoke<ConfigView>(h, 'pm-admin', 'saveConfig', { version: 0, config }, ADMIN_ID, adminPage),
    );
    expect(saved.version).toBe(1);
    const conflict = await invoke(h, 'pm-admin', 'saveConfig', { version: 0, config }, ADMIN_ID, adminPage);
    expect(conflict.ok).toBe(false);
    if (!conflict.ok) expect(conflict.error.code).toBe('conflict');

    // Project-level rules: the viewer administers no project.
    const projectRules = await invoke(
      h,
      'pm-admin',
      'saveConfig',
      { version: 1, config: [], projectKey: 'CHK' },
      VIEWER_ID,
      adminPage,
    );
    expect(projectRules.ok).toBe(false);
    if (!projectRules.ok) expect(projectRules.error.code).toBe('forbidden');
    const restored = expectOk(
      await invoke<ConfigView>(
        h,
        'pm-admin',
        'saveConfig',
        { version: 1, config: [{ phaseId: 'requirements', issueType: 'Task' }], projectKey: 'CHK' },
        ADMIN_ID,
        adminPage,
      ),
    );
    expect(restored.version).toBe(2);
  });

  it('CSV exports: backlog of the context project; the portfolio never lists PLAT for the viewer', async () => {
    const backlog = expectOk(
      await invoke<CsvExport>(h, 'pm-dashboard', 'exportBacklogCsv', {}, ADMIN_ID, projectPage('CHK')),
    );
    expect(backlog.csv.split('\r\n')[0]).toMatch(/^Rank,Key,Summary/);
    expect(backlog.rows).toBeGreaterThan(0);
    expect(backlog.coverage.complete).toBe(true);

    const admin = expectOk(
      await invoke<CsvExport>(h, 'pm-portfolio', 'exportPortfolioCsv', {}, ADMIN_ID, { type: 'jira:globalPage' }),
    );
    const viewer = expectOk(
      await invoke<CsvExport>(h, 'pm-portfolio', 'exportPortfolioCsv', {}, VIEWER_ID, { type: 'jira:globalPage' }),
    );
    expect(admin.csv).toContain('PLAT');
    expect(viewer.csv).not.toContain('PLAT');
    expect(viewer.rows).toBeLessThan(admin.rows);
  });
});
