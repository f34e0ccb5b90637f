import { CONFIG_KEY } from '../../../src/app/config/config-repository';
import { indexValues } from '../../../src/app/requirement/index-values';
import { takeProjectSnapshot } from '../../../src/app/rollup/take-daily-snapshot';
import { pmDataOf } from '../../../src/app/shared/pm-documents';
import { PM_PROPERTY_KEY, type PmProperty } from '../../../src/contract/pm-property';
import { defaultWorkflowConfig } from '../../../src/domain';
import { PHASE_IDS } from '../../../src/domain/workflow/phase-ids';
import type { WorkflowConfig } from '../../../src/domain/workflow/workflow-config-schema';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

const DAY = 86_400_000;

describe('the daily snapshot re-indexes requirements whose JQL values went out of date', () => {
  it('rewrites only those (as the app, version kept), from what is stored then', async () => {
    const jira = new FakeJira([{ id: '1', key: 'APP', name: 'App' }]);
    const deps = fakeDeps(jira);
    const now = deps.clock.now();
    const doc = (n: number, scoredDaysAgo: number): PmProperty => ({
      schemaVersion: 1,
      version: 4,
      kpiKeys: [],
      scores: { rice: { reach: n, impact: 1, confidence: 80, effort: 2 } },
      scoredAt: new Date(now.getTime() - scoredDaysAgo * DAY).toISOString(),
      index: {},
    });
    const issues = [1, 2, 3].map((n) => fakeIssue(`APP-${n}`));
    // APP-1 was indexed when fresh and has since gone stale (scored 100 days ago, stale after 90);
    // APP-2's index is current; APP-3 carries no index at all (an older app version wrote it).
    const indexed = (n: number, document: PmProperty, at: Date) => ({
      ...document,
      index: indexValues({ ...issues[n - 1]!, pm: pmDataOf(document) }, defaultWorkflowConfig, () => undefined, at),
    });
    const first = indexed(1, doc(1, 100), new Date(now.getTime() - 20 * DAY));
    const second = indexed(2, doc(2, 5), now);
    expect(first.index.stale).toBe('false');
    jira.add({ issue: issues[0]!, properties: { [PM_PROPERTY_KEY]: first } });
    jira.add({ issue: issues[1]!, properties: { [PM_PROPERTY_KEY]: second } });
    jira.add({ issue: issues[2]!, properties: { [PM_PROPERTY_KEY]: doc(3, 5) } });

    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-01' });

    expect(jira.writes.map((w) => w.key).sort()).toEqual(['APP-1', 'APP-3']);
    const stored = (key: string) => jira.writes.find((w) => w.key === key)?.value as PmProperty;
    expect(stored('APP-1')).toEqual({ ...first, index: { ...first.index, stale: 'true' } });
    expect(stored('APP-3').version).toBe(4);
    expect(stored('APP-3').index).toEqual(
      indexValues({ ...issues[2]!, pm: pmDataOf(doc(3, 5)) }, defaultWorkflowConfig, () => undefined, now),
    );

    // The next day's run finds nothing to do.
    jira.writes.length = 0;
    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-02' });
    expect(jira.writes).toEqual([]);
  });
});

describe('a configuration change re-indexes the requirements it moves (the next daily snapshot)', () => {
  const base = defaultWorkflowConfig;
  const withScoring = (scoring: Partial<WorkflowConfig['scoring']>): WorkflowConfig => ({
    ...base,
    scoring: { ...base.scoring, ...scoring },
  });
  const weightedPrimary = withScoring({ primaryModel: 'weighted' });
  const storyAsWorkPackage: WorkflowConfig = {
    ...base,
    mapping: {
      ...base.mapping,
      default: base.mapping.default.map((r) =>
        r.issueType === 'Story' && !r.labels ? { ...r, phaseId: PHASE_IDS.workPackages } : r,
      ),
    },
  };
  const cases: {
    change: string;
    before: WorkflowConfig;
    after: WorkflowConfig;
    /** The indexed values that must move, with what they read before and after. */
    moved: Partial<PmProperty['index']>[];
  }[] = [
    {
      change: 'a weighted-scorecard weight (weighted is the primary model)',
      before: weightedPrimary,
      after: {
        ...weightedPrimary,
        scoring: {
          ...weightedPrimary.scoring,
          weightedCriteria: weightedPrimary.scoring.weightedCriteria.map((c) =>
            c.id === 'strategic-fit' ? { ...c, weight: 6 } : c,
          ),
        },
      },
      // Ratings 9 / 1 / 0 (risk is a cost): weights 3:2:1 give (2.7 + 0.2 + 1) / 6 = 0.65; 3:6:1 give (2.7 + 0.6 + 1) / 10 = 0.43.
      moved: [{ score: expect.closeTo(0.65, 10) as number }, { score: expect.closeTo(0.43, 10) as number }],
    },
    {
      change: 'the primary model (RICE to WSJF)',
      before: base,
      after: withScoring({ primaryModel: 'wsjf' }),
      // RICE 100 x 1 x 80 % / 2 = 40; WSJF (8 + 5 + 3) / 5 = 3.2.
      moved: [{ score: 40 }, { score: 3.2 }],
    },
    {
      change: 'the staleness limit (90 days to 30; scored 45 days ago)',
      before: base,
      after: withScoring({ staleAfterDays: 30 }),
      moved: [{ stale: 'false' }, { stale: 'true' }],
    },
    {
      change: 'the phase mapping (Story moves from requirements to work packages)',
      before: base,
      after: storyAsWorkPackage,
      moved: [{ phase: PHASE_IDS.requirements }, { phase: PHASE_IDS.workPackages }],
    },
    {
      change:
        'the readiness rule (of problem, persona, scenario and KPI only the persona, which is done, stays required)',
      before: base,
      after: { ...base, readiness: { ...base.readiness, requires: [{ item: 'persona', mustBeDone: false }] } },
      moved: [{ readiness: 25 }, { readiness: 100 }],
    },
  ];

  it.each(cases)('$change', async ({ before, after, moved: [was, now] }) => {
    const jira = new FakeJira([{ id: '1', key: 'APP', name: 'App' }]);
    const deps = fakeDeps(jira);
    const at = deps.clock.now();
    const issue = fakeIssue('APP-1');
    const doc: PmProperty = {
      schemaVersion: 1,
      version: 7,
      kpiKeys: [],
      personaKey: 'APP-9',
      scores: {
        rice: { reach: 100, impact: 1, confidence: 80, effort: 2 },
        wsjf: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 },
        weighted: { 'customer-value': 9, 'strategic-fit': 1, risk: 0 },
      },
      scoredAt: new Date(at.getTime() - 45 * DAY).toISOString(),
      index: {},
    };
    const persona = fakeIssue('APP-9', { issueType: 'Persona', status: 'Done', statusCategory: 'done' });
    const indexUnder = (config: WorkflowConfig) =>
      indexValues({ ...issue, pm: pmDataOf(doc) }, config, (key) => (key === persona.key ? persona : undefined), at);
    const indexed = { ...doc, index: indexUnder(before) };
    expect(indexed.index).toMatchObject(was!);
    jira.add({ issue, properties: { [PM_PROPERTY_KEY]: indexed } });
    jira.add({ issue: persona });
    await deps.store.set(CONFIG_KEY, { version: 2, config: after });

    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-01' });

    expect(jira.writes.map((w) => w.key)).toEqual(['APP-1']);
    const written = jira.writes[0]!.value as PmProperty;
    expect(written.index).toMatchObject(now!);
    expect(written).toEqual({ ...indexed, index: indexUnder(after) });
  });
});
