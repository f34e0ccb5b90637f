import fc from 'fast-check';
import type { z } from 'zod';
import { RESOLVER_CONTRACT } from '../../src/contract/resolver-contract';
import * as P from '../../src/contract/payloads';
import * as PE from '../../src/contract/payloads-evidence';
import * as PBC from '../../src/contract/payloads-business-case';
import * as PG from '../../src/contract/payloads-gadget';
import * as PL from '../../src/contract/payloads-launch-readiness';
import * as PS from '../../src/contract/payloads-scoring';
import * as RM from '../../src/contract/roadmap';
import * as VD from '../../src/contract/views-delivery';
import { ERROR_CODES, type Result } from '../../src/contract/result';
import { defaultWorkflowConfig } from '../../src/domain/workflow/default-workflow';
import { mappingRuleSchema, workflowConfigSchema } from '../../src/domain/workflow/workflow-config-schema';
import {
  ADMIN_ID,
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
import { allPaths, hostilePayloads } from './invalid-payloads';
import { storedState } from './stored-state';
import { VALID_SCORING_INPUTS } from '../fixtures/valid-scoring-inputs';

/**
 * Every function key, through the real @forge/resolver handlers and the local Forge
 * runtime against the emulator, receives generated invalid payloads (500 per key; 5,000
 * with PM_RELIABILITY_HEAVY=1). Each must answer one structured error envelope with a
 * code from the contract, whose message carries no stack trace and none of the payload's
 * text, and nothing stored may change (issues, properties and KVS compared as text,
 * no issue event, no KVS write).
 */
const PER_KEY = 500 * (process.env['PM_RELIABILITY_HEAVY'] === '1' ? 10 : 1);

const SCORES = VALID_SCORING_INPUTS;
const RULE = { ...defaultWorkflowConfig.mapping.default[0]!, labels: ['pm'], components: ['web'] };

/** Whether the resolver would accept the payload (@forge/resolver passes `payload || {}`, so '' and 0 mean {}). */
type Accepts = (payload: unknown) => boolean;
const schemaAccepts =
  (schema: z.ZodType): Accepts =>
  (payload) =>
    schema.safeParse(payload || {}).success;
const configAccepts: Accepts = (payload) => {
  const parsed = P.saveConfigPayload.safeParse(payload || {});
  if (!parsed.success) return false;
  const body = parsed.data.projectKey === undefined ? workflowConfigSchema : mappingRuleSchema.array();
  return body.safeParse(parsed.data.config).success;
};

interface Case {
  key: string;
  module: string;
  extension: Extension;
  accepts: Accepts;
  examples: unknown[];
}
const panel = issuePanel('CHK-1', 'CHK');
const CASES: Case[] = [
  {
    key: 'getDashboard',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(P.getDashboardPayload),
    examples: [{ model: 'rice' }],
  },
  {
    key: 'getBacklogPage',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(P.getBacklogPagePayload),
    examples: [{ model: 'wsjf', pageSize: 5, filter: { status: 'all' } }],
  },
  {
    key: 'exportBacklogCsv',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(P.exportBacklogCsvPayload),
    examples: [{ model: 'ice' }],
  },
  {
    key: 'getRequirementContext',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(P.getRequirementContextPayload),
    examples: [{}],
  },
  {
    key: 'saveRequirement',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(P.saveRequirementPayload),
    examples: [
      {
        version: 0,
        changes: {
          phase: 'requirements',
          problemKey: 'CHK-2',
          personaKey: null,
          scenarioKey: 'CHK-4',
          kpiKeys: ['CHK-3'],
          scores: SCORES,
        },
      },
    ],
  },
  {
    key: 'previewScore',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(P.previewScorePayload),
    examples: [{ scores: SCORES }],
  },
  {
    key: 'defineKpi',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(P.defineKpiPayload),
    examples: [{ version: 0, definition: KPI_DEFINITION }],
  },
  {
    key: 'recordKpiActual',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(P.recordKpiActualPayload),
    examples: [{ version: 0, actual: { date: '2026-10-15', value: 3 } }],
  },
  {
    key: 'getEvidence',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(PE.getEvidencePayload),
    examples: [{}],
  },
  {
    key: 'saveEvidence',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(PE.saveEvidencePayload),
    examples: [
      {
        version: 0,
        change: {
          action: 'link',
          key: 'CHK-2',
          strength: 2,
          sourceKind: 'segment',
          source: 'SMB',
          observedOn: '2026-10-01',
          note: 'x',
        },
      },
      { version: 0, change: { action: 'removeHidden' } },
    ],
  },
  {
    key: 'getCheckDecisions',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(PBC.getCheckDecisionsPayload),
    examples: [{}],
  },
  {
    key: 'getLaunchReadiness',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(PL.getLaunchReadinessPayload),
    examples: [{}, { launch: { kind: 'release', id: '30003' } }, { launch: { kind: 'initiative', key: 'CHK-11' } }],
  },
  {
    key: 'getGadget',
    module: 'pm-health-gadget',
    extension: dashboardGadget({ projectKey: 'CHK' }),
    accepts: schemaAccepts(PG.getGadgetPayload),
    examples: [{}, { top: 10 }],
  },
  {
    key: 'getGadgetOptions',
    module: 'pm-health-gadget',
    extension: dashboardGadget({ projectKey: 'CHK', model: 'wsjf' }),
    accepts: schemaAccepts(PG.getGadgetOptionsPayload),
    examples: [{}],
  },
  {
    key: 'getDeliveryProgress',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(VD.getDeliveryProgressPayload),
    examples: [{}],
  },
  {
    key: 'getScoreRanks',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(PS.getScoreRanksPayload),
    examples: [
      {
        scores: [
          { model: 'rice', value: 12.5 },
          { model: 'moscow', value: 4 },
        ],
      },
    ],
  },
  {
    key: 'getBacklogScoring',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(PS.getBacklogScoringPayload),
    examples: [{ issueKey: 'CHK-2' }],
  },
  {
    key: 'saveBacklogScoring',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(PS.saveBacklogScoringPayload),
    examples: [{ issueKey: 'CHK-2', version: 0, scores: SCORES }],
  },
  {
    key: 'liftBlocker',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(PS.liftBlockerPayload),
    examples: [{ issueKey: 'CHK-2' }, { issueKey: 'CHK-2', model: 'wsjf' }],
  },
  {
    key: 'getBusinessCase',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(PBC.getBusinessCasePayload),
    examples: [{}],
  },
  {
    key: 'saveBusinessCase',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(PBC.saveBusinessCasePayload),
    examples: [
      {
        version: 0,
        case: {
          costPerEffortUnit: 800,
          costs: [{ label: 'Licence', amount: 1000, kind: 'one-off' }],
          benefits: [{ kpiKey: 'CHK-2', valuePerUnit: 100 }],
          assumptions: ['x'],
        },
      },
    ],
  },
  {
    key: 'saveDecision',
    module: 'pm-requirement-panel',
    extension: panel,
    accepts: schemaAccepts(PBC.saveDecisionPayload),
    examples: [
      {
        version: 0,
        decision: {
          options: [{ id: 'buy', name: 'Buy' }],
          criteria: [{ id: 'cost', name: 'Cost', weight: 1 }],
          ratings: { buy: { cost: 5 } },
          choice: 'buy',
        },
      },
    ],
  },
  {
    key: 'getConfig',
    module: 'pm-admin',
    extension: adminPage,
    accepts: schemaAccepts(P.getConfigPayload),
    examples: [{}],
  },
  {
    key: 'saveConfig',
    module: 'pm-admin',
    extension: adminPage,
    accepts: configAccepts,
    examples: [
      { version: 0, config: defaultWorkflowConfig },
      { version: 0, projectKey: 'CHK', config: [RULE] },
    ],
  },
  {
    key: 'getSiteOptions',
    module: 'pm-admin',
    extension: adminPage,
    accepts: schemaAccepts(P.getSiteOptionsPayload),
    examples: [{}],
  },
  {
    key: 'previewMapping',
    module: 'pm-admin',
    extension: adminPage,
    accepts: schemaAccepts(P.previewMappingPayload),
    examples: [{ rules: [RULE, { phaseId: 'requirements', issueType: 'Story' }], index: 1 }],
  },
  {
    key: 'getPortfolio',
    module: 'pm-portfolio',
    extension: globalPage,
    accepts: schemaAccepts(P.getPortfolioPayload),
    examples: [{ cursor: 'x', pageSize: 10, model: 'wsjf' }],
  },
  {
    key: 'exportPortfolioCsv',
    module: 'pm-portfolio',
    extension: globalPage,
    accepts: schemaAccepts(P.exportPortfolioCsvPayload),
    examples: [{ model: 'rice' }],
  },
  {
    key: 'startRollup',
    module: 'pm-portfolio',
    extension: globalPage,
    accepts: schemaAccepts(P.startRollupPayload),
    examples: [{}],
  },
  {
    key: 'getRollupProgress',
    module: 'pm-portfolio',
    extension: globalPage,
    accepts: schemaAccepts(P.getRollupProgressPayload),
    examples: [{ jobId: 'job-1' }],
  },
  {
    key: 'getRoadmap',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(RM.getRoadmapPayload),
    examples: [{ level: 'initiative', nextWithinDays: 60 }],
  },
  {
    key: 'exportRoadmapCsv',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    accepts: schemaAccepts(RM.exportRoadmapCsvPayload),
    examples: [
      { level: 'epic', nextWithinDays: 90, filter: { themes: ['CHK-1'], statuses: ['new'], horizons: ['now'] } },
    ],
  },
  {
    key: 'getPortfolioRoadmap',
    module: 'pm-portfolio',
    extension: globalPage,
    accepts: schemaAccepts(RM.getRoadmapPayload),
    examples: [{ level: 'epic', nextWithinDays: 30 }],
  },
  {
    key: 'exportPortfolioRoadmapCsv',
    module: 'pm-portfolio',
    extension: globalPage,
    accepts: schemaAccepts(RM.exportRoadmapCsvPayload),
    examples: [
      { level: 'initiative', nextWithinDays: 30, filter: { themes: [''], statuses: ['done'], horizons: ['done'] } },
    ],
  },
];
/** From the contract's one registry, so a new function key is covered here or this test fails. */
const ALL_KEYS = Object.keys(RESOLVER_CONTRACT);

/**
 * String values of a payload (what an error message must not echo back). Field names may be
 * named - "Unrecognized key" tells the caller what to remove - but only within the length cap.
 */
function texts(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

const STACK = /\n\s+at |\bat \S+ \(|\.(ts|js|mjs|cjs):\d+|node_modules|[A-Za-z]*Error: /;
const MAX_MESSAGE = 300;

/** Why `result` is not an acceptable answer to a bad payload, or undefined. */
export function problemWith(result: unknown, payload: unknown, known: Set<string>): string | undefined {
  if (result === null || typeof result !== 'object') return `not an envelope: ${typeof result}`;
  const r = result as Result<unknown>;
  if (Object.keys(r).sort().join() !== 'error,ok' || r.ok !== false)
    return `not an error envelope: keys ${Object.keys(r).join()}`;
  const { code, message, details } = r.error;
  if (Object.keys(r.error).some((k) => !['code', 'message', 'details'].includes(k)))
    return `extra error fields ${Object.keys(r.error).join()}`;
  if (!(ERROR_CODES as readonly string[]).includes(code)) return `unknown code ${String(code)}`;
  if (typeof message !== 'string' || message.length === 0) return 'no message';
  if (message.length > MAX_MESSAGE) return `message of ${message.length} chars`;
  if (STACK.test(message) || STACK.test(JSON.stringify(details ?? null))) return `stack trace in ${message}`;
  const names = keysOf(payload);
  for (const text of texts(payload))
    if (text.length >= 8 && !known.has(text) && !names.has(text) && message.includes(text))
      return `message echoes payload text ${JSON.stringify(text.slice(0, 40))}`;
  return undefined;
}

describe('bad input: every function key refuses generated invalid payloads with a structured error and changes nothing', () => {
  let h: Harness;
  let before: string;
  let events = 0;
  let unsubscribe: () => void;
  const totals: Record<
    string,
    { tried: number; structured: number; validation: number; codes: Record<string, number> }
  > = {};

  beforeAll(async () => {
    h = await openHarness({ issues: 200 });
    await h.runtime.idle();
    before = await storedState(h);
    unsubscribe = h.emulator.onIssueEvent(() => void (events += 1));
  });
  afterAll(async () => {
    unsubscribe();
    const tried = Object.values(totals).reduce((n, t) => n + t.tried, 0);
    const structured = Object.values(totals).reduce((n, t) => n + t.structured, 0);
    // The figures the README's Reliability section quotes.
    console.log(
      JSON.stringify(
        { perKey: totals, tried, structuredPercent: tried === 0 ? 0 : (100 * structured) / tried },
        null,
        1,
      ),
    );
    await h.close();
  });

  it('covers every function key of the contract', () => {
    expect([...new Set(CASES.map((c) => c.key))].sort()).toEqual([...ALL_KEYS].sort());
    for (const c of CASES)
      for (const example of c.examples)
        expect({ key: c.key, valid: c.accepts(example) }).toEqual({ key: c.key, valid: true });
  });

  it.each(CASES.map((c) => [c.key, c] as const))(`%s: ${PER_KEY} invalid payloads`, async (key, c) => {
    const stats = (totals[key] = { tried: 0, structured: 0, validation: 0, codes: {} as Record<string, number> });
    const known = new Set(c.examples.flatMap((e) => [...texts(e), ...allPaths(e).map((p) => p.join('.'))]));
    const writesBefore = h.kvs.usage().writeUnits;
    const arbitrary = fc.oneof(...c.examples.map(hostilePayloads)).filter(({ payload }) => !c.accepts(payload));
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ payload, mutation }) => {
        stats.tried += 1;
        let result: unknown;
        try {
          result = await invoke(h, c.module, c.key, payload, ADMIN_ID, c.extension);
        } catch (error) {
          throw new Error(`${mutation}: exception escaped: ${(error as Error).message.slice(0, 200)}`);
        }
        const problem = problemWith(result, payload, known);
        if (problem) throw new Error(`${mutation}: ${problem}`);
        stats.structured += 1;
        const code = (result as { error: { code: string } }).error.code;
        stats.codes[code] = (stats.codes[code] ?? 0) + 1;
        if (code === 'validation') stats.validation += 1;
      }),
      { numRuns: PER_KEY, seed: 4242, endOnFailure: true },
    );
    expect(stats.tried).toBeGreaterThanOrEqual(PER_KEY);
    expect(h.kvs.usage().writeUnits).toBe(writesBefore);
    expect(events).toBe(0);
  });

  it('stored state is byte-identical afterwards (issues, properties, KVS)', async () => {
    await h.runtime.idle();
    expect(await storedState(h)).toBe(before);
  });
});
