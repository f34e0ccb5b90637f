import { defaultWorkflowConfig, rollUpPortfolio, type PmIssue } from '../../../../src/domain';
import { emptyAggregate, finishAggregate } from '../../../../src/domain/rollup/aggregate';
import { makeRollupContext } from '../../../../src/domain/rollup/rollup-context';
import type { RollupAggregate } from '../../../../src/domain/rollup/rollup-types';
import { SHARE_UP_TO_ISSUES, shareEqualParts } from '../../../../src/domain/rollup/shared-parts';
import { makeIssue, makePm, NOW } from '../support/make-issue';

const ctx = makeRollupContext(defaultWorkflowConfig, NOW);
const width = ctx.phaseIds.length + 1;

/** A finished aggregate of `issues` issues with the given phase counts and status counts. */
function aggregate(issues: number, phaseCounts: Record<number, number>, done: number): RollupAggregate {
  const agg = emptyAggregate(ctx.phaseIds.length, ctx.models.length);
  agg.issues = issues;
  for (const [column, n] of Object.entries(phaseCounts)) agg.byPhase[Number(column)] = n;
  agg.byStatus.new = issues - done;
  agg.byStatus.done = done;
  return finishAggregate(agg, ctx);
}

describe('shareEqualParts', () => {
  it('gives equal small subtrees one phase row and one status object, and keeps unequal ones apart', () => {
    const a = shareEqualParts(aggregate(3, { 1: 1, 2: 2 }, 1), ctx);
    const b = shareEqualParts(aggregate(3, { 1: 1, 2: 2 }, 1), ctx);
    const c = shareEqualParts(aggregate(3, { 1: 2, 2: 1 }, 1), ctx);
    expect(b.byPhase).toBe(a.byPhase);
    expect(b.byStatus).toBe(a.byStatus);
    expect(c.byPhase).not.toBe(a.byPhase);
    expect(c.byPhase.slice(0, 3)).toEqual([0, 2, 1]);
    expect(c.byStatus).toBe(a.byStatus);
  });

  it('never shares a row whose counts differ, also when their hashes collide', () => {
    // 31 * x + y: [.., 0, 31] and [.., 1, 0] hash alike.
    const first = shareEqualParts(aggregate(2, { [width - 2]: 0, [width - 1]: 31 }, 0), ctx);
    const second = shareEqualParts(aggregate(2, { [width - 2]: 1, [width - 1]: 0 }, 0), ctx);
    expect(second.byPhase).not.toBe(first.byPhase);
    expect(second.byPhase[width - 2]).toBe(1);
    expect(second.byPhase[width - 1]).toBe(0);
    expect(first.byPhase[width - 1]).toBe(31);
  });

  it('leaves large subtrees with parts of their own', () => {
    const n = SHARE_UP_TO_ISSUES + 1;
    const a = shareEqualParts(aggregate(n, { 0: n }, 0), ctx);
    const b = shareEqualParts(aggregate(n, { 0: n }, 0), ctx);
    expect(b.byPhase).not.toBe(a.byPhase);
    expect(b).toEqual(a);
  });

  it('in a roll-up, stories alike share their parts and every figure stays as computed', () => {
    const issues: PmIssue[] = [makeIssue({ id: '1', issueType: 'Epic' })];
    for (let s = 0; s < 4; s++) {
      const id = String(10 + s);
      issues.push(
        makeIssue({
          id,
          parentId: '1',
          pm: makePm({ kpiKeys: ['APP-99'], problemKey: 'APP-98' }),
          statusCategory: s % 2 === 0 ? 'done' : 'new',
        }),
      );
      issues.push(makeIssue({ id: `${id}1`, issueType: 'Sub-task', parentId: id, effort: 2 }));
    }
    const rollup = rollUpPortfolio(issues, defaultWorkflowConfig, NOW);
    const story = (id: string): RollupAggregate => rollup.nodes[id]?.agg as RollupAggregate;
    expect(story('12').byPhase).toBe(story('10').byPhase);
    expect(story('12').readiness).toBe(story('10').readiness);
    expect(story('12').kpi).toBe(story('10').kpi);
    expect(story('11').byStatus).not.toBe(story('10').byStatus);
    expect(story('10').kpi.keys).toEqual(['APP-99']);
    expect(story('10').kpi.statuses).toEqual(['no-data']);
    expect(story('10').byStatus).toEqual({ new: 1, indeterminate: 0, done: 1 });
    expect(story('11').byStatus).toEqual({ new: 2, indeterminate: 0, done: 0 });
    // The epic adds its children's shared parts into parts of its own.
    const epic = rollup.nodes['1']?.agg as RollupAggregate;
    expect(epic.issues).toBe(9);
    expect(epic.byStatus).toEqual({ new: 7, indeterminate: 0, done: 2 });
    expect(epic.kpi.keys).toEqual(['APP-99']);
    expect(epic.effortTotal).toBe(8);
  });

  it('a large subtree keeps a phase row of its own after later subtrees are counted', () => {
    const story = { issueType: 'Story' };
    const issues: PmIssue[] = [makeIssue({ id: '1', issueType: 'Epic' }), makeIssue({ id: '2', issueType: 'Epic' })];
    for (let s = 0; s < SHARE_UP_TO_ISSUES + 2; s++) {
      issues.push(makeIssue({ id: String(100 + s), parentId: '1', ...story }));
      issues.push(makeIssue({ id: String(200 + s), parentId: '2', issueType: 'Sub-task' }));
    }
    const rollup = rollUpPortfolio(issues, defaultWorkflowConfig, NOW);
    const byPhase = (id: string): number[] => (rollup.nodes[id]?.agg as RollupAggregate).byPhase;
    const expected = (id: string): number[] => {
      const row = byPhase(id).map(() => 0);
      for (const child of [id, ...(rollup.nodes[id]?.childIds ?? [])]) {
        const own = rollup.nodes[child]?.agg.byPhase as number[];
        if (child === id) {
          const column = ctx.phaseIds.indexOf(rollup.nodes[id]?.phase as string);
          row[column] = (row[column] as number) + 1;
        } else own.forEach((n, c) => (row[c] = (row[c] as number) + n));
      }
      return row;
    };
    expect(byPhase('1')).not.toBe(byPhase('2'));
    expect(byPhase('1')).toEqual(expected('1'));
    expect(byPhase('2')).toEqual(expected('2'));
    expect(byPhase('1').reduce((a, b) => a + b, 0)).toBe(SHARE_UP_TO_ISSUES + 3);
  });
});
