import fc from 'fast-check';
import { defaultWorkflowConfig, type IssueChange, type PmIssue, type WorkflowConfig } from '../../../../src/domain';

/** Random issues and changes for the property tests of the roll-ups (full vs incremental). */
// Small pools make collisions (duplicates, cycles, shared keys, missing parents) likely.
export const ID_POOL = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
const KEY_POOL = ['A-1', 'A-2', 'A-3', 'B-1', 'B-2', 'B-3'];
const TYPES = ['Initiative', 'Epic', 'Story', 'Task', 'Sub-task', 'Problem', 'Persona', 'Scenario', 'KPI', 'Mystery'];

export const config: WorkflowConfig = {
  ...defaultWorkflowConfig,
  hierarchy: { ...defaultWorkflowConfig.hierarchy, parentLinks: [{ type: 'Parent-Child', parentDirection: 'inward' }] },
  kpi: { ...defaultWorkflowConfig.kpi, rollup: 'weighted', weights: { 'A-2': 2 } },
};

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const rawNumber = fc.oneof(
  fc.constantFrom(0, 0.25, 0.5, 1, 2, 3, 5, 8, 13, 20, 50, 80, 100),
  fc.double({ min: -5, max: 500, noNaN: true }),
  fc.constant(null),
);

export const issueArb: fc.Arbitrary<PmIssue> = fc
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
        wsjf: maybe(
          fc.record({
            userBusinessValue: rawNumber,
            timeCriticality: rawNumber,
            riskReduction: rawNumber,
            jobSize: rawNumber,
          }),
        ),
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

export const changeArb: fc.Arbitrary<IssueChange> = fc.oneof(
  { weight: 3, arbitrary: issueArb.map((issue) => ({ kind: 'upsert' as const, issue })) },
  { weight: 1, arbitrary: fc.constantFrom(...ID_POOL).map((issueId) => ({ kind: 'delete' as const, issueId })) },
);
