import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetInput, DatasetUser } from '../../dev/dataset/dataset-schema';
import { ADMIN, PEOPLE_OPS, PRODUCT_OWNER, VIEWER } from '../../dev/demo-data/users';
import { RESOLVER_CONTRACT } from '../../src/contract/resolver-contract';
import type { Result } from '../../src/contract/result';
import type { BusinessCaseView } from '../../src/contract/views-business-case';
import type { BacklogScoringView } from '../../src/contract/views-scoring';
import type { ConfigView, PortfolioPage, RequirementContextView, RollupJob } from '../../src/contract/views';
import {
  KPI_DEFINITION,
  adminPage,
  dashboardGadget,
  globalPage,
  invoke,
  issuePanel,
  openHarness,
  projectPage,
  type Extension,
  type Harness,
} from '../integration/resolvers/resolver-harness';
import { AUDITOR, NOBODY, seedCrossProjectLinks, type CrossProjectSeed } from './cross-project-seed';
import { forbiddenCount, forbiddenFor, scanForLeaks, type ForbiddenSet, type Leak } from './leak-scanner';

/**
 * The permission matrix: every function key on every UI module of the
 * manifest, as six kinds of user, on a demo portfolio whose CHK requirements
 * link problems, personas, scenarios, KPIs and parents in projects most of
 * them cannot browse. Every answer - data, CSV, error text and details - is
 * scanned for the keys, ids and summaries of issues the caller cannot browse
 * and for projects they cannot see. One leak fails the test.
 */
const USERS: { label: string; user: DatasetUser }[] = [
  { label: 'admin', user: ADMIN },
  { label: 'restricted viewer', user: VIEWER },
  { label: 'browse-but-not-edit', user: AUDITOR },
  { label: 'restricted editor', user: PRODUCT_OWNER },
  { label: 'admin without browse (PLAT)', user: PEOPLE_OPS },
  { label: 'no access', user: NOBODY },
];

/** From the contract's one registry, so a new function key is covered here or this test fails. */
const ALL_KEYS = Object.keys(RESOLVER_CONTRACT);
const UI_MODULES = [
  'pm-dashboard',
  'pm-requirement-panel',
  'pm-why-context',
  'pm-admin',
  'pm-portfolio',
  'pm-health-gadget',
];

interface Answer {
  user: string;
  moduleKey: string;
  functionKey: string;
  where: string;
  result: Result<unknown>;
}

describe('permission matrix: no hidden key, id, summary or project in any answer', () => {
  let h: Harness;
  let dataset: DatasetInput;
  let seed: CrossProjectSeed;
  const answers: Answer[] = [];

  beforeAll(async () => {
    h = await openHarness({
      prepare: (generated) => {
        const seeded = seedCrossProjectLinks(generated);
        dataset = seeded.dataset;
        seed = seeded.seed;
        return seeded.dataset;
      },
    });
    h.kvs.seed({
      'config:workflow': {
        version: 1,
        config: seed.config,
        updatedAt: '2026-10-01T09:00:00.000Z',
        updatedBy: ADMIN.accountId,
      },
      ...seed.appStorage,
    });
    for (const { label, user } of USERS) await runMatrix(label, user.accountId);
    await h.runtime.idle();
    // Every function key as every user, one after another: about 25 s of CPU, over a minute of wall time on a loaded 2-core machine.
  }, 300_000);
  afterAll(async () => {
    await h.close();
  });

  async function call<T = unknown>(
    user: string,
    moduleKey: string,
    functionKey: string,
    payload: unknown,
    accountId: string,
    extension: Extension,
    where: string,
  ) {
    const result = await invoke<T>(h, moduleKey, functionKey, payload, accountId, extension);
    answers.push({ user, moduleKey, functionKey, where, result });
    return result;
  }

  /** Every function key as one user: on visible and hidden contexts, reads before and after writes. */
  async function runMatrix(user: string, as: string): Promise<void> {
    const projects = ['CHK', 'MOB', 'PLAT', 'HR'];
    for (const key of projects) {
      for (const model of [undefined, 'wsjf']) {
        const payload = model ? { model } : {};
        await call(user, 'pm-dashboard', 'getDashboard', payload, as, projectPage(key), key);
        await call(
          user,
          'pm-dashboard',
          'getBacklogPage',
          { ...payload, filter: { status: 'all' } },
          as,
          projectPage(key),
          key,
        );
        await call(user, 'pm-dashboard', 'exportBacklogCsv', payload, as, projectPage(key), key);
      }
      await call(user, 'pm-dashboard', 'getDeliveryProgress', {}, as, projectPage(key), key);
      // The gadget names its product in its saved settings (a hidden project must answer as not found).
      for (const model of [undefined, 'wsjf']) {
        const gadget = dashboardGadget({ projectKey: key, ...(model ? { model } : {}) });
        await call(user, 'pm-health-gadget', 'getGadget', { top: 10 }, as, gadget, key);
        await call(user, 'pm-health-gadget', 'getGadgetOptions', {}, as, gadget, key);
      }
      // The roadmap at both levels (epics: the CHK story's PLAT epic is a hidden theme), and its CSV whole and filtered.
      for (const level of [undefined, 'initiative'] as const) {
        const options = level ? { level } : {};
        await call(user, 'pm-dashboard', 'getRoadmap', options, as, projectPage(key), key);
        await call(user, 'pm-dashboard', 'exportRoadmapCsv', options, as, projectPage(key), key);
        await call(
          user,
          'pm-dashboard',
          'exportRoadmapCsv',
          { ...options, filter: { statuses: ['new', 'indeterminate'], horizons: ['now', 'next', 'later'] } },
          as,
          projectPage(key),
          `${key} filtered`,
        );
      }
    }
    const panels = [
      ...seed.requirementKeys,
      seed.kpiKey,
      seed.targets.problem,
      seed.targets.persona,
      seed.targets.parent,
      ...seed.targets.kpis,
    ];
    for (const issueKey of panels) {
      const panel = issuePanel(issueKey, issueKey.split('-')[0] as string);
      for (const moduleKey of ['pm-requirement-panel', 'pm-why-context']) {
        await call(user, moduleKey, 'getRequirementContext', {}, as, panel, issueKey);
        await call(
          user,
          moduleKey,
          'previewScore',
          { scores: { ice: { impact: 8, confidence: 5, ease: 5 } } },
          as,
          panel,
          issueKey,
        );
        await call(
          user,
          moduleKey,
          'getScoreRanks',
          {
            scores: [
              { model: 'rice', value: 10 },
              { model: 'moscow', value: 3 },
            ],
          },
          as,
          panel,
          issueKey,
        );
      }
    }
    const versionOf = async (issueKey: string, pick: (v: RequirementContextView) => number | undefined) => {
      const context = await invoke<RequirementContextView>(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        as,
        issuePanel(issueKey, 'CHK'),
      );
      return context.ok ? (pick(context.data) ?? 0) : 0;
    };
    for (const issueKey of seed.requirementKeys) {
      const version = await versionOf(issueKey, (v) => v.pm.version);
      await call(
        user,
        'pm-requirement-panel',
        'saveRequirement',
        { version, changes: { scores: { moscow: 'should' } } },
        as,
        issuePanel(issueKey, 'CHK'),
        issueKey,
      );
    }
    // Inline scoring on the backlog: each CHK requirement's editor read and saved as read, hidden rows on
    // this page and on their own project's page, and a stale save (the conflict carries the stored scores).
    const scoringRows: [string, string][] = [
      ...seed.requirementKeys.map((issueKey): [string, string] => [issueKey, 'CHK']),
      [seed.targets.problem, 'CHK'],
      [seed.targets.problem, seed.targets.problem.split('-')[0] as string],
      [seed.targets.parent, seed.targets.parent.split('-')[0] as string],
    ];
    for (const [issueKey, projectKey] of scoringRows) {
      const page = projectPage(projectKey);
      const read = await call<BacklogScoringView>(
        user,
        'pm-dashboard',
        'getBacklogScoring',
        { issueKey },
        as,
        page,
        `${issueKey} on ${projectKey}`,
      );
      // A lift names where the row went in Jira's rank: the dependant it was put above must be one the caller sees.
      await call(user, 'pm-dashboard', 'liftBlocker', { issueKey }, as, page, `${issueKey} on ${projectKey}`);
      const scores = read.ok ? read.data.scores : { moscow: 'should' };
      await call(
        user,
        'pm-dashboard',
        'saveBacklogScoring',
        { issueKey, version: read.ok ? read.data.version : 0, scores },
        as,
        page,
        `${issueKey} on ${projectKey}`,
      );
    }
    await call(
      user,
      'pm-dashboard',
      'saveBacklogScoring',
      { issueKey: seed.requirementKeys[0], version: 0, scores: { moscow: 'could' } },
      as,
      projectPage('CHK'),
      'stale version',
    );
    // Evidence: read on every panel; a re-rating of the visible interview keeps the hidden links; a stale save's conflict carries the redacted view.
    for (const issueKey of panels)
      await call(
        user,
        'pm-requirement-panel',
        'getEvidence',
        {},
        as,
        issuePanel(issueKey, issueKey.split('-')[0] as string),
        issueKey,
      );
    const evidencePanel = issuePanel(seed.requirementKeys[0] as string, 'CHK');
    const evidence = await invoke<{ version: number }>(h, 'pm-requirement-panel', 'getEvidence', {}, as, evidencePanel);
    const rating = {
      action: 'link',
      key: seed.evidence.visible,
      strength: 2,
      sourceKind: 'segment',
      source: 'SMB',
      observedOn: '2026-10-20',
    };
    await call(
      user,
      'pm-requirement-panel',
      'saveEvidence',
      { version: evidence.ok ? evidence.data.version : 0, change: rating },
      as,
      evidencePanel,
      'evidence',
    );
    await call(
      user,
      'pm-requirement-panel',
      'saveEvidence',
      { version: 0, change: rating },
      as,
      evidencePanel,
      'stale evidence',
    );
    // Business case: each project's decisions and its first initiative's case (demo benefits name KPIs), a save as read and a stale decision save.
    const initiativeType = dataset.issueTypes.find((t) => t.name === 'Initiative')?.id;
    for (const projectKey of projects) {
      await call(user, 'pm-dashboard', 'getCheckDecisions', {}, as, projectPage(projectKey), projectKey);
      await call(user, 'pm-dashboard', 'getLaunchReadiness', {}, as, projectPage(projectKey), projectKey);
      const projectId = dataset.projects.find((p) => p.key === projectKey)?.id;
      const initiative = dataset.issues
        .filter((i) => i.fields.project.id === projectId && i.fields.issuetype.id === initiativeType)
        .map((i) => i.key)[0];
      if (!initiative) continue;
      const at = issuePanel(initiative, projectKey);
      const read = await call<BusinessCaseView>(
        user,
        'pm-requirement-panel',
        'getBusinessCase',
        {},
        as,
        at,
        initiative,
      );
      const current = read.ok ? read.data : undefined;
      await call(
        user,
        'pm-requirement-panel',
        'saveBusinessCase',
        { version: current?.version ?? 0, case: current?.case ?? { costs: [], benefits: [], assumptions: [] } },
        as,
        at,
        initiative,
      );
      const decision = {
        options: [{ id: 'buy', name: 'Buy' }],
        criteria: [{ id: 'cost', name: 'Cost', weight: 1 }],
        ratings: { buy: { cost: 5 } },
        choice: 'buy',
      };
      await call(user, 'pm-requirement-panel', 'saveDecision', { version: 0, decision }, as, at, 'stale decision');
    }
    // A stale version: the conflict answer carries the stored document.
    await call(
      user,
      'pm-requirement-panel',
      'saveRequirement',
      { version: 0, changes: { scores: { moscow: 'could' } } },
      as,
      issuePanel(seed.requirementKeys[0] as string, 'CHK'),
      'stale version',
    );
    for (const issueKey of [seed.kpiKey, ...seed.targets.kpis]) {
      const panel = issuePanel(issueKey, issueKey.split('-')[0] as string);
      let version = await versionOf(issueKey, (v) => v.kpi?.version);
      await call(
        user,
        'pm-requirement-panel',
        'defineKpi',
        { version, definition: KPI_DEFINITION },
        as,
        panel,
        issueKey,
      );
      version = await versionOf(issueKey, (v) => v.kpi?.version);
      await call(
        user,
        'pm-requirement-panel',
        'recordKpiActual',
        { version, actual: { date: '2026-10-15', value: 3 } },
        as,
        panel,
        issueKey,
      );
    }

    const config = await call<ConfigView>(user, 'pm-admin', 'getConfig', {}, as, adminPage, 'site');
    const version = config.ok ? config.data.version : 0;
    await call(user, 'pm-admin', 'saveConfig', { version, config: seed.config }, as, adminPage, 'site');
    for (const projectKey of projects) {
      const current = await invoke<ConfigView>(h, 'pm-admin', 'getConfig', {}, as, adminPage);
      const rules = [{ phaseId: 'requirements', issueType: 'Story', labels: ['sealed-rule'] }];
      await call(
        user,
        'pm-admin',
        'saveConfig',
        { version: current.ok ? current.data.version : 0, config: rules, projectKey },
        as,
        adminPage,
        projectKey,
      );
    }
    await call(user, 'pm-admin', 'getConfig', {}, as, adminPage, 'after saves');
    // Admin-page helpers: the site's issue types and statuses, and how many issues a draft rule maps.
    await call(user, 'pm-admin', 'getSiteOptions', {}, as, adminPage, 'site');
    for (const issueType of ['Story', 'Problem', 'KPI']) {
      await call(
        user,
        'pm-admin',
        'previewMapping',
        { rules: [{ phaseId: 'requirements', issueType }], index: 0 },
        as,
        adminPage,
        issueType,
      );
    }

    // The portfolio roadmap before any roll-up (progress unavailable) and, below, from the stored state the job writes.
    await portfolioRoadmap(user, as, 'before roll-up');
    let cursor: string | undefined;
    do {
      const page = await call<PortfolioPage>(
        user,
        'pm-portfolio',
        'getPortfolio',
        { pageSize: 1, ...(cursor ? { cursor } : {}) },
        as,
        globalPage,
        'page',
      );
      cursor = page.ok ? page.data.nextCursor : undefined;
    } while (cursor);
    await call(user, 'pm-portfolio', 'exportPortfolioCsv', {}, as, globalPage, 'live');
    const job = await call<RollupJob>(user, 'pm-portfolio', 'startRollup', {}, as, globalPage, 'start');
    await h.runtime.idle();
    await call(
      user,
      'pm-portfolio',
      'getRollupProgress',
      { jobId: job.ok ? job.data.jobId : 'none' },
      as,
      globalPage,
      'own job',
    );
    // Served from the caches the job just wrote (built as the app, which sees more than most callers).
    await call(user, 'pm-portfolio', 'getPortfolio', { pageSize: 50, model: 'rice' }, as, globalPage, 'cached');
    await call(user, 'pm-portfolio', 'exportPortfolioCsv', { model: 'rice' }, as, globalPage, 'cached');
    await portfolioRoadmap(user, as, 'after roll-up');
  }

  /** The portfolio roadmap at both levels, and its CSV whole and filtered. */
  async function portfolioRoadmap(user: string, as: string, when: string): Promise<void> {
    for (const level of [undefined, 'initiative'] as const) {
      const options = level ? { level } : {};
      const where = `${level ?? 'epic'} ${when}`;
      await call(user, 'pm-portfolio', 'getPortfolioRoadmap', options, as, globalPage, where);
      await call(user, 'pm-portfolio', 'exportPortfolioRoadmapCsv', options, as, globalPage, where);
      await call(
        user,
        'pm-portfolio',
        'exportPortfolioRoadmapCsv',
        { ...options, filter: { themes: [''], statuses: ['new', 'indeterminate'] } },
        as,
        globalPage,
        `${where} filtered`,
      );
    }
  }

  it('covers every function key of the contract on every UI module, as every kind of user', () => {
    const called = new Set(answers.map((a) => a.functionKey));
    expect(ALL_KEYS.filter((key) => !called.has(key))).toEqual([]);
    expect([...new Set(answers.map((a) => a.moduleKey))].sort()).toEqual([...UI_MODULES].sort());
    for (const { label } of USERS) expect(answers.filter((a) => a.user === label).length).toBeGreaterThan(50);
  });

  it('the seed reaches the matrix: the admin reads the cross-project links the others must not see', () => {
    const admin = answers.filter(
      (a) => a.user === 'admin' && a.functionKey === 'getRequirementContext' && a.where === seed.requirementKeys[0],
    );
    const text = JSON.stringify(admin.map((a) => a.result));
    for (const key of [seed.targets.problem, seed.targets.persona, seed.targets.scenario, ...seed.targets.kpis])
      expect(text).toContain(key);
    // The seeded history names hidden items in its before / after values too.
    const history = JSON.stringify(
      admin.map((a) => (a.result.ok ? (a.result.data as RequirementContextView).history : [])),
    );
    for (const key of [seed.targets.problem, seed.targets.parent, ...seed.targets.kpis]) expect(history).toContain(key);
    const evidence = JSON.stringify(
      answers
        .filter((a) => a.user === 'admin' && a.functionKey === 'getEvidence' && a.where === seed.requirementKeys[0])
        .map((a) => a.result),
    );
    for (const key of seed.evidence.hidden) expect(evidence).toContain(key);
    // Each user except the admin has something to hide.
    for (const { label, user } of USERS)
      if (label !== 'admin') expect(forbiddenFor(dataset, user).issueKeys.length).toBeGreaterThan(0);
  });

  it('no answer names an issue or project its caller cannot see', () => {
    const found: (Leak & { user: string; call: string })[] = [];
    let checks = 0;
    const sets = new Map<string, ForbiddenSet>(USERS.map(({ label, user }) => [label, forbiddenFor(dataset, user)]));
    for (const answer of answers) {
      const forbidden = sets.get(answer.user) as ForbiddenSet;
      checks += forbiddenCount(forbidden);
      for (const leak of scanForLeaks(JSON.stringify(answer.result), forbidden)) {
        found.push({ ...leak, user: answer.user, call: `${answer.moduleKey} ${answer.functionKey} ${answer.where}` });
      }
    }
    const figures = {
      answers: answers.length,
      users: USERS.length,
      forbiddenStrings: Object.fromEntries([...sets].map(([label, s]) => [label, forbiddenCount(s)])),
      stringChecks: checks,
      leaks: found.length,
      leakingCalls: [...new Set(found.map((l) => `${l.user}: ${l.call}`))],
    };
    mkdirSync(join(__dirname, '../../test-output'), { recursive: true });
    // Figures for the README (answers, strings checked, leaks); PM_MATRIX_DUMP=1 also keeps every answer.
    if (process.env.PM_MATRIX_DUMP)
      writeFileSync(join(__dirname, '../../test-output/permission-matrix-answers.json'), JSON.stringify(answers));
    writeFileSync(
      join(__dirname, '../../test-output/permission-matrix.json'),
      `${JSON.stringify({ ...figures, found }, null, 2)}\n`,
    );
    expect(found.map((l) => `${l.user} | ${l.call} | ${l.kind} ${l.value}`)).toEqual([]);
  });
});
