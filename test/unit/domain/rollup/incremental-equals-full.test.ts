import fc from 'fast-check';
import {
  applyChangeToIssues,
  applyIssueChange,
  defaultWorkflowConfig,
  rollUpPortfolio,
  type IssueChange,
  type PmIssue,
  type WorkflowConfig,
} from '../../../../src/domain';
import { NOW } from '../support/make-issue';

// Small pools make collisions (duplicates, cycles, shared keys, missing parents) likely.
const ID_POOL = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
const KEY_POOL = ['A-1', 'A-2', 'A-3', 'B-1', 'B-2', 'B-3'];
const TYPES = ['Initiative', 'Epic', 'Story', 'Task', 'Sub-task', 'Problem', 'Persona', 'Scenario', 'KPI', 'Mystery'];

const config: WorkflowConfig = {
  ...defaultWorkflowConfig,
  hierarchy: { ...defaultWorkflowConfig.hierarchy, parentLinks: [{ type: 'Parent-Child', parentDirection: 'inward' }] },
  kpi: { ...defaultWorkflowConfig.kpi, rollup: 'weighted', weights: { 'A-2': 2 } },
};

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const rawNumber = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1, 2, 3, 5, 8, 13, 20, 50, 80, 100), fc.double({ min: -5, max: 500, noNaN: true }), fc.constant(null));

const issueArb: fc.Arbitrary<PmIssue> = fc
  .record({
    id: fc.constantFrom(...ID_POOL),
    keyFromPool: fc.boolean(),
    key: fc.constantFrom(...KEY_POOL),
    projectKey: fc.constantFrom('A', 'B'),
    issueType: fc.constantFrom(...TYPES),
    statusCategory: fc.constantFrom('new', 'indeterminate', 'done') as fc.Arbitrary<PmIssue['statusCategory']>,
    parentId: maybe(fc.constantFrom(...ID_POOL, '99')),
    linkParent: maybe(fc.constantFrom(...ID_POOL)),
    labels: fc.subarray(['user', 'gtm-team']),
    updated: fc.constantFrom('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
    effort: maybe(fc.constantFrom(0, 1, 2, 3, 5, 0.1)),
    pm: maybe(
      fc.record({
        phase: maybe(fc.constantFrom('requirements', 'kpis', 'nope')),
        problemKey: maybe(fc.constantFrom(...KEY_POOL)),
        personaKey: maybe(fc.constantFrom(...KEY_POOL)),
        scenarioKey: maybe(fc.constantFrom(...KEY_POOL)),
        kpiKeys: fc.subarray(KEY_POOL, { maxLength: 2 }),
        rice: maybe(fc.record({ reach: rawNumber, impact: rawNumber, confidence: rawNumber, effort: rawNumber })),
        wsjf: maybe(fc.record({ userBusinessValue: rawNumber, timeCriticality: rawNumber, riskReduction: rawNumber, jobSize: rawNumber })),
        ice: maybe(fc.record({ impact: rawNumber, confidence: rawNumber, ease: rawNumber })),
        scoredAt: maybe(fc.constantFrom('2026-01-01T00:00:00Z', '2026-06-20T00:00:00Z', 'not a date')),
      }),
    ),
    kpiActual: maybe(fc.integer({ min: 0, max: 60 })),
  })
  .map((r) => {
    const issue: PmIssue = {
      id: r.id,
      key: r.keyFromPool ? r.key : `${r.projectKey}-${r.id}`,
      projectKey: r.projectKey,
      issueType: r.issueType,
      summary: `issue ${r.id}`,
      status: r.statusCategory,
      statusCategory: r.statusCategory,
      links: r.linkParent === undefined ? [] : [{ type: 'Parent-Child', direction: 'inward', issueId: r.linkParent }],
      labels: r.labels,
      components: [],
      updated: r.updated,
    };
    if (r.parentId !== undefined) issue.parentId = r.parentId;
    if (r.effort !== undefined) issue.effort = r.effort;
    if (r.pm !== undefined) {
      const { rice, wsjf, ice, phase, problemKey, personaKey, scenarioKey, scoredAt, kpiKeys } = r.pm;
      issue.pm = { kpiKeys, scores: {} };
      if (rice) issue.pm.scores.rice = rice;
      if (wsjf) issue.pm.scores.wsjf = wsjf;
      if (ice) issue.pm.scores.ice = ice;
      if (phase) issue.pm.phase = phase;
      if (problemKey) issue.pm.problemKey = problemKey;
      if (personaKey) issue.pm.personaKey = personaKey;
      if (scenarioKey) issue.pm.scenarioKey = scenarioKey;
      if (scoredAt) issue.pm.scoredAt = scoredAt;
    }
    if (r.kpiActual !== undefined) {
      issue.kpi = {
        name: 'k',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 0,
        target: 50,
        periodStart: '2026-01-01',
        dueDate: '2026-12-31',
        thresholds: { atRisk: 0.9, offTrack: 0.6 },
        actuals: [{ date: '2026-06-01', value: r.kpiActual }],
      };
    }
    return issue;
  });

const changeArb: fc.Arbitrary<IssueChange> = fc.oneof(
  { weight: 3, arbitrary: issueArb.map((issue) => ({ kind: 'upsert' as const, issue })) },
  { weight: 1, arbitrary: fc.constantFrom(...ID_POOL).map((issueId) => ({ kind: 'delete' as const, issueId })) },
);

describe('applyIssueChange (property)', () => {
  it('equals a full recompute after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 14 }), fc.array(changeArb, { minLength: 1, maxLength: 6 }), (issues, changes) => {
        // Start from a cached (JSON round-tripped) roll-up, as the backend will.
        let rollup = JSON.parse(JSON.stringify(rollUpPortfolio(issues, config, NOW)));
        let current = issues;
        for (const change of changes) {
          const result = applyIssueChange(rollup, change, config, NOW);
          if (result.status !== 'applied') throw new Error('expected applied');
          rollup = result.rollup;
          current = applyChangeToIssues(current, change);
          expect(rollup).toEqual(rollUpPortfolio(current, config, NOW));
        }
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('touches only the changed issue, its ancestors and issues referring to it', () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 14 }), issueArb, (issues, issue) => {
        const before = rollUpPortfolio(issues, config, NOW);
        const ancestorsOf = (id: string) => {
          const out = new Set<string>();
          for (let cur = before.nodes[id]; cur; cur = cur.parentId === null ? undefined : before.nodes[cur.parentId]) out.add(cur.id);
          return out;
        };
        const result = applyIssueChange(JSON.parse(JSON.stringify(before)), { kind: 'upsert', issue }, config, NOW);
        if (result.status !== 'applied') throw new Error('expected applied');
        const after = result.rollup;
        const allowed = new Set<string>([...ancestorsOf(issue.id)]);
        for (let cur = after.nodes[issue.id]; cur; cur = cur.parentId === null ? undefined : after.nodes[cur.parentId]) allowed.add(cur.id);
        // Issues whose placement or figures depend on the changed one, with their ancestors.
        const dependants = new Set<string>([
          ...(before.index.orphansByParent[issue.id] ?? []),
          ...(before.nodes[issue.id] ? before.nodes[issue.id]!.childIds : []),
          ...Object.values(before.nodes).filter((n) => n.problems?.cycle?.includes(issue.id) || n.problems?.cycle !== undefined).map((n) => n.id),
          ...Object.values(after.nodes).filter((n) => n.problems?.cycle !== undefined).flatMap((n) => n.problems!.cycle!),
          ...(before.index.referencedBy[issue.key] ?? []),
          ...(before.nodes[issue.id] ? before.index.referencedBy[before.nodes[issue.id]!.key] ?? [] : []),
          ...(after.index.referencedBy[issue.key] ?? []),
        ]);
        for (const d of dependants) {
          for (const a of ancestorsOf(d)) allowed.add(a);
          for (let cur = after.nodes[d]; cur; cur = cur.parentId === null ? undefined : after.nodes[cur.parentId]) allowed.add(cur.id);
        }
        for (const id of result.touchedNodeIds) expect(allowed.has(id)).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('asks for a full recompute when the config changed', () => {
    const rollup = rollUpPortfolio([], config, NOW);
    const other = { ...config, scoring: { ...config.scoring, iceMode: 'average' as const } };
    expect(applyIssueChange(rollup, { kind: 'delete', issueId: '1' }, other, NOW)).toEqual({ status: 'needs-full-recompute', reason: 'config-changed' });
  });
});
