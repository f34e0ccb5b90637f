import {
  defaultWorkflowConfig,
  listRollupProblems,
  rollUpPortfolio,
  type PmIssue,
  type WorkflowConfig,
} from '../../../../src/domain';
import { addOwnFigures, emptyAggregate, finishAggregate, nodeAggregate } from '../../../../src/domain/rollup/aggregate';
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
  makeIssue({ id: '4', parentId: '2', effort: 3, pm: makePm({ problemKey: 'APP-10', scores: { rice: { reach: 2000, impact: 1, confidence: 80, effort: 4 } } }) }),
  makeIssue({ id: '5', issueType: 'Sub-task', parentId: '3', effort: 2, statusCategory: 'done' }),
  makeIssue({ id: '10', issueType: 'Problem', statusCategory: 'done' }),
  makeIssue({ id: '11', issueType: 'Persona', statusCategory: 'done' }),
  makeIssue({ id: '12', issueType: 'Scenario', statusCategory: 'done' }),
  makeIssue({ id: '13', issueType: 'KPI', statusCategory: 'done', kpi: makeKpi({ actuals: [{ date: '2026-06-15', value: 30 }] }) }),
  makeIssue({ id: '20', parentId: '999' }),
  makeIssue({ id: '30', issueType: 'Task', parentId: '31' }),
  makeIssue({ id: '31', issueType: 'Task', parentId: '30' }),
  makeIssue({ id: '40', issueType: 'Incident' }),
  makeIssue({ id: '50', key: 'OPS-1', projectKey: 'OPS', issueType: 'Task', effort: 1, statusCategory: 'indeterminate', links: [{ type: 'Parent-Child', direction: 'inward', issueId: '2' }] }),
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
    expect(agg.effortTotal).toBe(11);
    expect(agg.effortDone).toBe(7);
    expect(agg.unestimated).toBe(1);
    expect(agg.progressByCount).toBeCloseTo(2 / 5);
    expect(agg.progressByEffort).toBeCloseTo(7 / 11);
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
    const shuffled = [...issues].sort((a, b) => ((Number(a.id) * 7919 * seed) % 101) - ((Number(b.id) * 7919 * seed) % 101));
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
      expect(nodeAggregate(node, rollup, ctx)).toEqual(finishAggregate(general, ctx));
    }
  });

  it('counts a duplicated referenced key and resolves it to the lowest id', () => {
    const dup = rollUpPortfolio([...issues, makeIssue({ id: '60', key: 'APP-10', issueType: 'Problem' })], config, NOW);
    expect(dup.index.refTargets['APP-10']).toEqual(['10', '60']);
    expect(listRollupProblems(dup)).toContainEqual({ kind: 'duplicate-key', issueId: '10', key: 'APP-10', ids: ['10', '60'] });
  });
});
