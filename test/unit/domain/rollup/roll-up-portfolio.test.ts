import {
  defaultWorkflowConfig,
  listRollupProblems,
  rollUpPortfolio,
  type PmIssue,
  type WorkflowConfig,
} from '../../../../src/domain';
import {
  addOwnEffort,
  addOwnFigures,
  emptyAggregate,
  finishAggregate,
  nodeAggregate,
} from '../../../../src/domain/rollup/aggregate';
import { makeRollupContext } from '../../../../src/domain/rollup/rollup-context';
import { makeIssue, makeKpi, makePm, NOW } from '../support/make-issue';

const config: WorkflowConfig = {
  ...defaultWorkflowConfig,
  hierarchy: { ...defaultWorkflowConfig.hierarchy, parentLinks: [{ type: 'Parent-Child', parentDirection: 'inward' }] },
};

const issues: PmIssue[] = [
  makeIssue({ id: '1', issueType: 'Initiative', statusCategory: 'indeterminate' }),
  makeIssue({ id: '2', issueType: 'Epic', parentId: '1' }),
  makeIssue({
    id: '3',
    parentId: '2',
    effort: 5,
    statusCategory: 'done',
    pm: makePm({
      problemKey: 'APP-10',
      personaKey: 'APP-11',
      scenarioKey: 'APP-12',
      kpiKeys: ['APP-13'],
      scores: { rice: { reach: 450, impact: 3, confidence: 100, effort: 2 } },
      scoredAt: '2026-06-01T00:00:00Z',
    }),
  }),
  makeIssue({ id: '4', parentId: '2', effort: 3, updated: '2025-01-01T00:00:00Z', pm: makePm({ scores: {} }) }),
  makeIssue({
    id: '4',
    parentId: '2',
    effort: 3,
    pm: makePm({ problemKey: 'APP-10', scores: { rice: { reach: 2000, impact: 1, confidence: 80, effort: 4 } } }),
  }),
  makeIssue({ id: '5', issueType: 'Sub-task', parentId: '3', effort: 2, statusCategory: 'done' }),
  makeIssue({ id: '10', issueType: 'Problem', statusCategory: 'done' }),
  makeIssue({ id: '11', issueType: 'Persona', statusCategory: 'done' }),
  makeIssue({ id: '12', issueType: 'Scenario', statusCategory: 'done' }),
  makeIssue({
    id: '13',
    issueType: 'KPI',
    statusCategory: 'done',
    kpi: makeKpi({ actuals: [{ date: '2026-06-15', value: 30 }] }),
  }),
  makeIssue({ id: '20', parentId: '999' }),
  makeIssue({ id: '30', issueType: 'Task', parentId: '31' }),
  makeIssue({ id: '31', issueType: 'Task', parentId: '30' }),
  makeIssue({ id: '40', issueType: 'Incident' }),
  makeIssue({
    id: '50',
    key: 'OPS-1',
    projectKey: 'OPS',
    issueType: 'Task',
    effort: 1,
    statusCategory: 'indeterminate',
    links: [{ type: 'Parent-Child', direction: 'inward', issueId: '2' }],
  }),
];

describe('rollUpPortfolio', () => {
  const rollup = rollUpPortfolio(issues, config, NOW);
  const col = (phase: string) => rollup.phaseIds.indexOf(phase);
  const rice = rollup.scoreModels.indexOf('rice');

  it('builds the tree from parent fields and configured links, across projects', () => {
    expect(rollup.nodes['2']?.childIds).toEqual(['3', '4', '50']);
    expect(rollup.nodes['5']?.parentId).toBe('3');
    expect(rollup.projects['APP']?.childIds).toEqual(['1', '10', '11', '12', '13', '20', '30', '40']);
    expect(rollup.projects['OPS']).toMatchObject({ memberCount: 1, childIds: [] });
    expect(rollup.portfolio.projectKeys).toEqual(['APP', 'OPS']);
    expect(rollup.nodes['1']?.level).toBe(2);
    expect(rollup.nodes['5']?.level).toBe(-1);
  });

  it('aggregates an epic: counts, progress, scores, readiness, KPIs, staleness', () => {
    const agg = rollup.nodes['2']!.agg;
    expect(agg.issues).toBe(5);
    expect(agg.byStatus).toEqual({ new: 2, indeterminate: 1, done: 2 });
    expect(agg.byPhase[col('requirements')]).toBe(3);
    expect(agg.byPhase[col('work-packages')]).toBe(2);
    // Effort once: story 3's own 5 gives way to its sub-task's 2, so 2 (done) + 3 + 1 = 6 (was 11, 7 done).
    expect(agg.effortTotal).toBe(6);
    expect(agg.effortDone).toBe(2);
    expect(agg.unestimated).toBe(1);
    // Units of work are the leaves 5 (done), 4 and OPS-1; the epic and story 3 are parents (was 2 of 5).
    expect([agg.units, agg.unitsDone]).toEqual([3, 1]);
    expect(agg.progressByCount).toBeCloseTo(1 / 3);
    expect(agg.progressByEffort).toBeCloseTo(2 / 6);
    expect(agg.scores[rice]).toMatchObject({ scored: 2, notScored: 0, max: 675, sum: 1075 });
    // (675 x 5 + 400 x 3) / (5 + 3)
    expect(agg.scores[rice]?.effortWeighted).toBeCloseTo(571.875);
    expect(agg.readiness).toMatchObject({ assessed: 3, ready: 1, partial: 1, notReady: 1 });
    expect(agg.readiness.meanLevel).toBeCloseTo((100 + 25 + 0) / 3);
    expect(agg.kpi).toMatchObject({ onTrack: 1, status: 'on-track' });
    expect(agg.stale).toBe(1); // issue 4 has inputs but no scoredAt
  });

  it('explains readiness per requirement', () => {
    expect(rollup.nodes['3']?.readiness).toMatchObject({ level: 100, state: 'ready', missing: [] });
    expect(rollup.nodes['4']?.readiness?.missing.map((g) => g.item)).toEqual(['persona', 'scenario', 'kpi']);
    expect(rollup.nodes['5']?.readiness).toBeNull();
  });

  it('reports data problems instead of throwing', () => {
    expect(listRollupProblems(rollup)).toEqual([
      { kind: 'duplicate', issueId: '4', key: 'APP-4', extraCopies: 1 },
      { kind: 'missing-parent', issueId: '20', key: 'APP-20', parentId: '999' },
      { kind: 'cycle', issueId: '30', key: 'APP-30', cycle: ['30', '31'] },
      { kind: 'unmapped', issueId: '40', key: 'APP-40', issueType: 'Incident' },
    ]);
    expect(rollup.nodes['31']?.parentId).toBe('30');
    expect(rollup.nodes['4']?.scores[rice]).toBe(400); // the newer copy was kept
    expect(rollup.portfolio.agg.byPhase[rollup.phaseIds.length]).toBe(1); // the unmapped column
  });

  it('sums every project into the portfolio', () => {
    expect(rollup.portfolio.agg.issues).toBe(14);
    expect(rollup.projects['APP']!.agg.issues).toBe(14); // OPS-1 sits under an APP epic
    expect(rollup.projects['OPS']!.agg.issues).toBe(0);
  });

  it('is plain JSON data', () => expect(JSON.parse(JSON.stringify(rollup))).toEqual(rollup));

  it.each([1, 2, 3])('does not depend on input order (shuffle %d)', (seed) => {
    const shuffled = [...issues].sort(
      (a, b) => ((Number(a.id) * 7919 * seed) % 101) - ((Number(b.id) * 7919 * seed) % 101),
    );
    expect(rollUpPortfolio(shuffled, config, NOW)).toEqual(rollup);
  });

  it('handles an empty portfolio', () => {
    const empty = rollUpPortfolio([], config, NOW);
    expect(empty.portfolio.agg).toMatchObject({ issues: 0, progressByCount: null, progressByEffort: null });
    expect(listRollupProblems(empty)).toEqual([]);
  });

  it('the leaf fast path gives exactly the general figures', () => {
    const ctx = makeRollupContext(config, NOW);
    for (const node of Object.values(rollup.nodes)) {
      if (node.childIds.length > 0) continue;
      const general = emptyAggregate(ctx.phaseIds.length, ctx.models.length);
      addOwnFigures(general, node, rollup, ctx);
      addOwnEffort(general, node);
      expect(nodeAggregate(node, rollup, ctx)).toEqual(finishAggregate(general, ctx));
    }
  });

  it('counts a duplicated referenced key and resolves it to the lowest id', () => {
    const dup = rollUpPortfolio([...issues, makeIssue({ id: '60', key: 'APP-10', issueType: 'Problem' })], config, NOW);
    expect(dup.index.refTargets['APP-10']).toEqual(['10', '60']);
    expect(listRollupProblems(dup)).toContainEqual({
      kind: 'duplicate-key',
      issueId: '10',
      key: 'APP-10',
      ids: ['10', '60'],
    });
  });
});

describe('roll-up counting rules (issue 12)', () => {
  const at = (list: PmIssue[], id: string, cfg: WorkflowConfig = config) =>
    rollUpPortfolio(list, cfg, NOW).nodes[id]!.agg;

  describe('progress by count comes from children only: a parent is not one of its own units of work', () => {
    it.each<[string, PmIssue[], string, [number, number], number | null]>([
      // Before: the epic (in progress) counted as one of three issues, 2 of 3 done = 67 %.
      [
        'an in-progress epic whose two stories are done is 100 %',
        [
          makeIssue({ id: '1', issueType: 'Epic', statusCategory: 'indeterminate' }),
          makeIssue({ id: '2', parentId: '1', statusCategory: 'done' }),
          makeIssue({ id: '3', parentId: '1', statusCategory: 'done' }),
        ],
        '1',
        [2, 2],
        1,
      ],
      // Before: the done epic counted as one of its own done units, 2 of 3 = 67 %.
      [
        'a done epic with one of two stories done is 50 %',
        [
          makeIssue({ id: '1', issueType: 'Epic', statusCategory: 'done' }),
          makeIssue({ id: '2', parentId: '1', statusCategory: 'done' }),
          makeIssue({ id: '3', parentId: '1' }),
        ],
        '1',
        [2, 1],
        0.5,
      ],
      // Units are the leaves: the sub-tasks of story 2 and story 3, not story 2 itself.
      [
        'grandchildren: the leaves below are the units',
        [
          makeIssue({ id: '1', issueType: 'Epic' }),
          makeIssue({ id: '2', parentId: '1', statusCategory: 'done' }),
          makeIssue({ id: '21', issueType: 'Sub-task', parentId: '2', statusCategory: 'done' }),
          makeIssue({ id: '22', issueType: 'Sub-task', parentId: '2', statusCategory: 'done' }),
          makeIssue({ id: '3', parentId: '1' }),
        ],
        '1',
        [3, 2],
        2 / 3,
      ],
      ['a leaf is its own unit of work', [makeIssue({ id: '1', statusCategory: 'done' })], '1', [1, 1], 1],
    ])('%s', (_name, list, id, [units, done], progress) => {
      const agg = at(list, id);
      expect([agg.units, agg.unitsDone]).toEqual([units, done]);
      expect(agg.progressByCount).toBe(progress);
    });

    it("a project's progress counts its units of work", () => {
      const r = rollUpPortfolio(
        [
          makeIssue({ id: '1', issueType: 'Epic', statusCategory: 'indeterminate' }),
          makeIssue({ id: '2', parentId: '1', statusCategory: 'done' }),
          makeIssue({ id: '3', statusCategory: 'done' }),
        ],
        config,
        NOW,
      );
      expect(r.projects['APP']!.agg).toMatchObject({ issues: 3, units: 2, unitsDone: 2, progressByCount: 1 });
    });
  });

  describe('effort entered on both a story and its sub-tasks is counted once', () => {
    it.each<[string, PmIssue[], [number, number]]>([
      // Before: 5 + 2 + 3 = 10, of which 2 done.
      [
        "sub-tasks estimated: their effort, not the story's as well",
        [
          makeIssue({ id: '1', effort: 5 }),
          makeIssue({ id: '11', issueType: 'Sub-task', parentId: '1', effort: 2, statusCategory: 'done' }),
          makeIssue({ id: '12', issueType: 'Sub-task', parentId: '1', effort: 3 }),
        ],
        [5, 2],
      ],
      [
        "sub-tasks not estimated: the story's own effort, done when the story is",
        [
          makeIssue({ id: '1', effort: 5, statusCategory: 'done' }),
          makeIssue({ id: '11', issueType: 'Sub-task', parentId: '1', statusCategory: 'done' }),
        ],
        [5, 5],
      ],
      [
        'one sub-task estimated is enough for the sub-tasks to count',
        [
          makeIssue({ id: '1', effort: 8 }),
          makeIssue({ id: '11', issueType: 'Sub-task', parentId: '1', effort: 3, statusCategory: 'done' }),
          makeIssue({ id: '12', issueType: 'Sub-task', parentId: '1' }),
        ],
        [3, 3],
      ],
    ])('%s', (_name, list, [total, done]) => {
      expect(at(list, '1')).toMatchObject({ effortTotal: total, effortDone: done });
    });

    it('an epic estimated itself and through its stories counts the stories', () => {
      const list = [
        makeIssue({ id: '1', issueType: 'Epic', effort: 20 }),
        makeIssue({ id: '2', parentId: '1', effort: 5, statusCategory: 'done' }),
        makeIssue({ id: '3', parentId: '1', effort: 3 }),
        makeIssue({ id: '31', issueType: 'Sub-task', parentId: '3', effort: 1 }),
      ];
      // Story 3 counts its sub-task's 1; the epic counts 5 + 1, not its own 20.
      expect(at(list, '1')).toMatchObject({ effortTotal: 6, effortDone: 5 });
      expect(at(list, '1').progressByEffort).toBeCloseTo(5 / 6);
    });
  });

  describe('KPI roll-ups count each distinct KPI once, however many children link it', () => {
    const kpi = (id: string, value: number) =>
      makeIssue({ id, issueType: 'KPI', kpi: makeKpi({ actuals: [{ date: '2026-06-15', value }] }) });
    const story = (id: string, kpiKeys: string[]) => makeIssue({ id, parentId: '1', pm: makePm({ kpiKeys }) });
    // APP-90 is on track (30 of 20..40 at mid-year), APP-91 off track (21).
    const list = [
      makeIssue({ id: '1', issueType: 'Epic' }),
      story('2', ['APP-90']),
      story('3', ['APP-90']),
      story('4', ['APP-90', 'APP-90']),
      story('5', ['APP-91']),
      kpi('90', 30),
      kpi('91', 21),
    ];

    it('the epic: two distinct KPIs, not five links', () => {
      // Before: onTrack 4 (three stories, one listing it twice), offTrack 1.
      expect(at(list, '1').kpi).toMatchObject({
        onTrack: 1,
        offTrack: 1,
        noData: 0,
        keys: ['APP-90', 'APP-91'],
        status: 'off-track',
      });
    });

    it('the weighted mode weighs each KPI once: one on track and one off track are at risk', () => {
      const weighted = { ...config, kpi: { ...config.kpi, rollup: 'weighted' as const } };
      // Before: (4 x 1 + 1 x 0) / 5 = 0.8, on track, because APP-90 was linked four times.
      expect(at(list, '1', weighted).kpi).toMatchObject({ weightedSum: 1, weightTotal: 2, status: 'at-risk' });
    });

    it('the project: the KPI issue itself and the links to it are one KPI', () => {
      const r = rollUpPortfolio(list, config, NOW);
      expect(r.projects['APP']!.agg.kpi).toMatchObject({ onTrack: 1, offTrack: 1, keys: ['APP-90', 'APP-91'] });
      expect(r.portfolio.agg.kpi).toMatchObject({ onTrack: 1, offTrack: 1 });
    });

    it('a linked key no issue holds is one "no data" KPI, however often linked', () => {
      expect(
        at([makeIssue({ id: '1', issueType: 'Epic' }), story('2', ['APP-404']), story('3', ['APP-404'])], '1').kpi,
      ).toMatchObject({ noData: 1, keys: ['APP-404'] });
    });
  });
});
