import fc from 'fast-check';
import { defaultWorkflowConfig, rollUpPortfolio } from '../../../../src/domain';
import { buildProjectState } from '../../../../src/domain/project-state/build-project-state';
import { parentAggregates } from '../../../../src/domain/rollup-property/parent-aggregates';
import { projectRollupValues } from '../../../../src/domain/rollup-property/project-rollup-values';
import { rollupPropertyValues } from '../../../../src/domain/rollup-property/rollup-property-values';
import { makeRollupContext } from '../../../../src/domain/rollup/rollup-context';
import type { PmIssue } from '../../../../src/domain/issue/pm-issue';
import { makeIssue, makePm, NOW } from '../support/make-issue';
import { config, issueArb } from '../support/pm-issue-arbitrary';

const rice = (reach: number) => ({ rice: { reach, impact: 1, confidence: 100, effort: 1 } });
const done = { status: 'Done', statusCategory: 'done' as const };
const facts = (issues: PmIssue[]) =>
  buildProjectState(issues, defaultWorkflowConfig, NOW).shards.flatMap((s) => s.facts);
const valuesOf = (issues: PmIssue[]) =>
  Object.fromEntries(projectRollupValues(facts(issues), makeRollupContext(defaultWorkflowConfig, NOW)));

describe('projectRollupValues: a parent’s pm-workflow.rollup values (worked examples)', () => {
  // Stories are in the default workflow's assessed phase; these link no problem, persona or KPI: not ready.
  const epic = makeIssue({ id: '1', issueType: 'Epic', pm: makePm({ scores: rice(1000) }) });
  const cases: { name: string; issues: PmIssue[]; expected: Record<string, unknown> }[] = [
    {
      name: 'an epic with one story done of two: 50 % by count; effort 3 of 8 done; child scores 8 and 5 (RICE, its own score left out)',
      issues: [
        epic,
        makeIssue({ id: '2', parentId: '1', effort: 3, ...done, pm: makePm({ scores: rice(8) }) }),
        makeIssue({ id: '3', parentId: '1', effort: 5, pm: makePm({ scores: rice(5) }) }),
      ],
      expected: {
        '1': { progress: 50, effortProgress: 37.5, score: 8, scoreSum: 13, kpiStatus: 'none', readiness: 'not-ready' },
      },
    },
    {
      name: 'an initiative over an epic over two stories: progress counts the stories (units of work), not the epic',
      issues: [
        makeIssue({ id: '10', issueType: 'Initiative' }),
        makeIssue({ id: '11', issueType: 'Epic', parentId: '10' }),
        makeIssue({ id: '12', parentId: '11', ...done }),
        makeIssue({ id: '13', parentId: '11', ...done }),
        makeIssue({ id: '14', parentId: '10' }),
      ],
      expected: {
        '10': { progress: 66.7, kpiStatus: 'none', readiness: 'not-ready' },
        '11': { progress: 100, kpiStatus: 'none', readiness: 'not-ready' },
      },
    },
    {
      name: 'one third done rounds to one decimal; no estimate: no effort figure; no scored child: no score (absent, not 0)',
      issues: [
        makeIssue({ id: '20', issueType: 'Epic' }),
        makeIssue({ id: '21', parentId: '20', ...done }),
        makeIssue({ id: '22', parentId: '20' }),
        makeIssue({ id: '23', parentId: '20' }),
      ],
      expected: { '20': { progress: 33.3, kpiStatus: 'none', readiness: 'not-ready' } },
    },
    {
      name: 'an issue without children is no parent: nothing is written for it',
      issues: [makeIssue({ id: '30', issueType: 'Epic' }), makeIssue({ id: '31' })],
      expected: {},
    },
    {
      name: 'a parent loop (40 -> 41 -> 40) is broken at its lowest id, as the tree roll-up does: 40 is the parent',
      issues: [makeIssue({ id: '40', parentId: '41' }), makeIssue({ id: '41', parentId: '40', ...done })],
      expected: { '40': { progress: 100, kpiStatus: 'none', readiness: 'not-ready' } },
    },
  ];
  it.each(cases)('$name', ({ issues, expected }) => {
    expect(valuesOf(issues)).toEqual(expected);
  });
});

describe('rollupPropertyValues', () => {
  it('takes the primary model’s scores from the direct children; a model not rolled up gives none', () => {
    const issues = [
      makeIssue({ id: '1', issueType: 'Epic' }),
      makeIssue({ id: '2', parentId: '1', pm: makePm({ scores: rice(4) }) }),
    ];
    const [parent] = parentAggregates(facts(issues), makeRollupContext(defaultWorkflowConfig, NOW));
    expect(rollupPropertyValues(parent!.agg, parent!.children, 0)).toMatchObject({ score: 4, scoreSum: 4 });
    expect(rollupPropertyValues(parent!.agg, parent!.children, -1)).not.toHaveProperty('score');
  });

  it('readiness: all assessed ready, none ready, or partial; none assessed is "none"', () => {
    const agg = (assessed: number, ready: number, partial: number, notReady: number) =>
      ({
        progressByCount: null,
        progressByEffort: null,
        kpi: { status: 'at-risk' },
        readiness: { assessed, ready, partial, notReady, levelSum: 0, meanLevel: null },
        scores: [],
      }) as unknown as Parameters<typeof rollupPropertyValues>[0];
    const cases: [Parameters<typeof agg>, string][] = [
      [[0, 0, 0, 0], 'none'],
      [[2, 2, 0, 0], 'ready'],
      [[2, 0, 0, 2], 'not-ready'],
      [[3, 1, 1, 1], 'partial'],
      [[2, 0, 2, 0], 'partial'],
    ];
    for (const [args, readiness] of cases)
      expect(rollupPropertyValues(agg(...args), [], 0)).toEqual({ kpiStatus: 'at-risk', readiness });
  });
});

describe('parentAggregates equals the tree roll-up', () => {
  it('every parent’s subtree aggregate is the one rollUpPortfolio computes for the project’s own issues', () => {
    const ctx = makeRollupContext(config, NOW);
    let parents = 0;
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 14 }), (generated) => {
        const issues = generated.filter((i) => i.projectKey === 'A');
        const tree = rollUpPortfolio(issues, config, NOW);
        const stateFacts = buildProjectState(issues, config, NOW).shards.flatMap((s) => s.facts);
        for (const parent of parentAggregates(stateFacts, ctx)) {
          parents++;
          const node = tree.nodes[parent.id];
          expect(JSON.parse(JSON.stringify(parent.agg))).toEqual(JSON.parse(JSON.stringify(node?.agg)));
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
    expect(parents).toBeGreaterThan(100);
  });
});
