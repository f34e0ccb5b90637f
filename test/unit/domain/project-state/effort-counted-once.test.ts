import fc from 'fast-check';
import { defaultWorkflowConfig, rollUpPortfolio, type PmIssue } from '../../../../src/domain';
import { buildProjectState } from '../../../../src/domain/project-state/build-project-state';
import { sumPartials } from '../../../../src/domain/project-state/project-partial';
import { projectTotals } from '../../../../src/domain/project-state/project-totals';
import { makeRollupContext } from '../../../../src/domain/rollup/rollup-context';
import { makeIssue, NOW } from '../support/make-issue';
import { config, issueArb } from '../support/pm-issue-arbitrary';

const issue = (id: string, effort: number | null, parentId?: string, done = false): PmIssue =>
  makeIssue({
    id,
    ...(effort === null ? {} : { effort }),
    ...(parentId === undefined ? {} : { parentId }),
    ...(done ? { status: 'Done', statusCategory: 'done' as const } : {}),
  });

function effortOf(issues: PmIssue[]) {
  const ctx = makeRollupContext(defaultWorkflowConfig, NOW);
  const { aggregate } = projectTotals(sumPartials(buildProjectState(issues, defaultWorkflowConfig, NOW).top, ctx), ctx);
  return { total: aggregate.effortTotal, done: aggregate.effortDone, unestimated: aggregate.unestimated };
}

describe('project state: effort entered on a story and its sub-tasks is counted once', () => {
  it.each<[string, PmIssue[], { total: number; done: number; unestimated: number }]>([
    // Was 10 and 2: the story's 5 and its sub-tasks' 2 + 3.
    [
      'story 5 with sub-tasks 2 (done) and 3 counts the sub-tasks',
      [issue('1', 5), issue('2', 2, '1', true), issue('3', 3, '1')],
      { total: 5, done: 2, unestimated: 0 },
    ],
    [
      'story 8 whose sub-tasks have no estimate keeps its own',
      [issue('1', 8), issue('2', null, '1'), issue('3', null, '1')],
      { total: 8, done: 0, unestimated: 2 },
    ],
    [
      'a sub-task estimated 0 carries no effort: the story keeps its 5',
      [issue('1', 5, undefined, true), issue('2', 0, '1')],
      { total: 5, done: 5, unestimated: 0 },
    ],
    [
      'epic 20 > story without estimate > sub-task 3: effort two levels below counts, the epic does not',
      [issue('1', 20), issue('2', null, '1'), issue('3', 3, '2')],
      { total: 3, done: 0, unestimated: 1 },
    ],
    [
      'only one of two stories split into sub-tasks: 5 + (1 + 1)',
      [issue('1', 5), issue('2', 8), issue('3', 1, '2'), issue('4', 1, '2', true)],
      { total: 7, done: 1, unestimated: 0 },
    ],
    [
      'a sub-task whose parent is outside the project counts as it is',
      [issue('2', 2, '99')],
      { total: 2, done: 0, unestimated: 0 },
    ],
  ])('%s', (_name, issues, expected) => {
    expect(effortOf(issues)).toEqual(expected);
  });

  it('gives the tree roll-up effort totals unless a parent cycle was broken', () => {
    const ctx = makeRollupContext(config, NOW);
    let compared = 0;
    let withEffortBelow = 0;
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 14 }), (generated) => {
        const issues = generated.filter((i) => i.projectKey === 'A');
        const tree = rollUpPortfolio(issues, config, NOW);
        if (Object.values(tree.nodes).some((n) => n.problems?.cycle !== undefined)) return;
        compared++;
        const state = buildProjectState(issues, config, NOW);
        if (state.shards.some((s) => s.facts.some((f) => f.effortBelow && f.effort !== null))) withEffortBelow++;
        const { aggregate } = projectTotals(sumPartials(state.top, ctx), ctx);
        const treeAgg = tree.projects['A']?.agg;
        expect({ total: aggregate.effortTotal, done: aggregate.effortDone }).toEqual({
          total: treeAgg?.effortTotal ?? 0,
          done: treeAgg?.effortDone ?? 0,
        });
      }),
      { numRuns: 300, seed: 20261202 },
    );
    expect(compared).toBeGreaterThan(100);
    // The property must meet the rule, not only issues without children.
    expect(withEffortBelow).toBeGreaterThan(20);
  });
});
