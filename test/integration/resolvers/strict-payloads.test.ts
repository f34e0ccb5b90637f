import type { z } from 'zod';
import {
  ADMIN_FUNCTIONS,
  DASHBOARD_FUNCTIONS,
  PORTFOLIO_FUNCTIONS,
  REQUIREMENT_FUNCTIONS,
} from '../../../src/contract/function-keys';
import * as P from '../../../src/contract/payloads';
import * as PE from '../../../src/contract/payloads-evidence';
import * as PBC from '../../../src/contract/payloads-business-case';
import * as PL from '../../../src/contract/payloads-launch-readiness';
import * as PS from '../../../src/contract/payloads-scoring';
import * as RM from '../../../src/contract/roadmap';
import * as VD from '../../../src/contract/views-delivery';
import { DEFAULT_BUSINESS_CASE_SETTINGS } from '../../../src/domain/workflow/business-case-settings';
import { evidenceSettings } from '../../../src/domain/workflow/evidence-settings';
import { DEFAULT_DEPENDENCY_LINKS } from '../../../src/domain/ranking/blocked-issue-ids';
import type { Result } from '../../../src/contract/result';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { mappingRuleSchema, workflowConfigSchema } from '../../../src/domain/workflow/workflow-config-schema';
import {
  ADMIN_ID,
  KPI_DEFINITION,
  adminPage,
  globalPage,
  invoke,
  issuePanel,
  openHarness,
  projectPage,
  type Extension,
  type Harness,
} from './resolver-harness';
import { VALID_SCORING_INPUTS } from '../../fixtures/valid-scoring-inputs';

/**
 * Every payload is strict at every depth: starting from a valid example of each
 * function key, an unknown field is injected into one nested object at a time (the
 * payload itself, scores.rice, definition.thresholds, actual, every part of the
 * workflow configuration, ...) and the resolver must answer `validation` naming
 * that object - never accept the call with the field silently dropped.
 *
 * The objects are found by walking the zod schema beside the example, so records
 * (criterion ratings, per-project rules) are not mistaken for objects, and a
 * coverage check fails when a schema gains a nested object no example reaches.
 */
const UNKNOWN = 'unexpectedField';

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: z.ZodType): ZodDef {
  let def = defOf(schema);
  while (WRAPPERS.has(def.type) || def.type === 'pipe')
    def = defOf((def.type === 'pipe' ? def.in : def.innerType) as z.ZodType);
  return def;
}

type Path = (string | number)[];
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Arrays and records collapse to `*` so schema paths and value paths compare. */
const shapeKey = (path: Path, kinds: ('key' | 'any')[]) =>
  path.map((p, i) => (kinds[i] === 'any' ? '*' : String(p))).join('.');

/** Every path in `value` where an object schema applies (first element of each array only). */
function objectPaths(
  schema: z.ZodType,
  value: unknown,
  path: Path = [],
  kinds: ('key' | 'any')[] = [],
): { path: Path; shape: string }[] {
  const def = unwrap(schema);
  if (def.type === 'object' && isPlainObject(value)) {
    const here = [{ path, shape: shapeKey(path, kinds) }];
    return here.concat(
      Object.entries(def.shape ?? {}).flatMap(([key, child]) =>
        key in value ? objectPaths(child, value[key], [...path, key], [...kinds, 'key']) : [],
      ),
    );
  }
  if (def.type === 'array' && Array.isArray(value) && value.length > 0)
    return objectPaths(def.element as z.ZodType, value[0], [...path, 0], [...kinds, 'any']);
  if (def.type === 'record' && isPlainObject(value)) {
    const [first] = Object.keys(value);
    return first === undefined
      ? []
      : objectPaths(def.valueType as z.ZodType, value[first], [...path, first], [...kinds, 'any']);
  }
  if (def.type === 'union')
    return (def.options ?? []).flatMap((option) =>
      option.safeParse(value).success ? objectPaths(option, value, path, kinds) : [],
    );
  return [];
}

/** Every object position a schema declares (depth-limited; the schemas are not recursive). */
function schemaObjectShapes(schema: z.ZodType, prefix: string[] = [], depth = 0): string[] {
  if (depth > 12) return [];
  const def = unwrap(schema);
  const key = prefix.join('.');
  if (def.type === 'object')
    return [
      key,
      ...Object.entries(def.shape ?? {}).flatMap(([k, child]) => schemaObjectShapes(child, [...prefix, k], depth + 1)),
    ];
  if (def.type === 'array') return schemaObjectShapes(def.element as z.ZodType, [...prefix, '*'], depth + 1);
  if (def.type === 'record') return schemaObjectShapes(def.valueType as z.ZodType, [...prefix, '*'], depth + 1);
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => schemaObjectShapes(o, prefix, depth + 1));
  return [];
}

function withUnknownAt(value: unknown, path: Path): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target: Record<string | number, unknown> = copy;
  for (const step of path) target = target[step] as Record<string | number, unknown>;
  target[UNKNOWN] = 'should be rejected';
  return copy;
}

const SCORES = VALID_SCORING_INPUTS;
const firstRule = defaultWorkflowConfig.mapping.default[0]!;
const RULE = { phaseId: firstRule.phaseId, issueType: firstRule.issueType, labels: ['pm'], components: ['web'] };
const CONFIG = {
  ...structuredClone(defaultWorkflowConfig),
  mapping: { ...structuredClone(defaultWorkflowConfig.mapping), projects: { CHK: [RULE] } },
  hierarchy: {
    ...structuredClone(defaultWorkflowConfig.hierarchy),
    parentLinks: [{ type: 'Parent-Child', parentDirection: 'outward' as const }],
  },
  businessCase: { ...DEFAULT_BUSINESS_CASE_SETTINGS, phases: [...DEFAULT_BUSINESS_CASE_SETTINGS.phases] },
  evidence: evidenceSettings(defaultWorkflowConfig),
  dependencies: { links: DEFAULT_DEPENDENCY_LINKS.map((link) => ({ ...link })) },
};

/** What the resolvers check: the config body of saveConfig goes through the domain's schema. */
const siteConfigPayload = P.saveConfigPayload.extend({ config: workflowConfigSchema });
const projectRulesPayload = P.saveConfigPayload.extend({ config: mappingRuleSchema.array() });

interface Case {
  name: string;
  key: string;
  module: string;
  extension: Extension;
  schema: z.ZodType;
  example: unknown;
}
const panel = issuePanel('CHK-1', 'CHK');
const CASES: Case[] = [
  {
    name: 'getDashboard',
    key: 'getDashboard',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: P.getDashboardPayload,
    example: { model: 'rice' },
  },
  {
    name: 'getBacklogPage',
    key: 'getBacklogPage',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: P.getBacklogPagePayload,
    example: { model: 'wsjf', pageSize: 5, filter: { status: 'all' } },
  },
  {
    name: 'exportBacklogCsv',
    key: 'exportBacklogCsv',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: P.exportBacklogCsvPayload,
    example: { model: 'ice', filter: { status: 'all', moscow: 'must' } },
  },
  {
    name: 'getRequirementContext',
    key: 'getRequirementContext',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: P.getRequirementContextPayload,
    example: {},
  },
  {
    name: 'saveRequirement',
    key: 'saveRequirement',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: P.saveRequirementPayload,
    example: {
      version: 0,
      changes: { phase: 'requirements', problemKey: 'CHK-2', personaKey: null, kpiKeys: ['CHK-3'], scores: SCORES },
    },
  },
  {
    name: 'previewScore',
    key: 'previewScore',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: P.previewScorePayload,
    example: { scores: SCORES },
  },
  {
    name: 'defineKpi',
    key: 'defineKpi',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: P.defineKpiPayload,
    example: { version: 0, definition: KPI_DEFINITION },
  },
  {
    name: 'recordKpiActual',
    key: 'recordKpiActual',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: P.recordKpiActualPayload,
    example: { version: 0, actual: { date: '2026-10-15', value: 3 } },
  },
  {
    name: 'getEvidence',
    key: 'getEvidence',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: PE.getEvidencePayload,
    example: {},
  },
  {
    name: 'saveEvidence (link)',
    key: 'saveEvidence',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: PE.saveEvidencePayload,
    example: {
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
  },
  {
    name: 'saveEvidence (unlink)',
    key: 'saveEvidence',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: PE.saveEvidencePayload,
    example: { version: 0, change: { action: 'unlink', key: 'CHK-2' } },
  },
  {
    name: 'saveEvidence (removeHidden)',
    key: 'saveEvidence',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: PE.saveEvidencePayload,
    example: { version: 0, change: { action: 'removeHidden' } },
  },
  {
    name: 'getCheckDecisions',
    key: 'getCheckDecisions',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: PBC.getCheckDecisionsPayload,
    example: {},
  },
  {
    name: 'getLaunchReadiness',
    key: 'getLaunchReadiness',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: PL.getLaunchReadinessPayload,
    example: { launch: { kind: 'release', id: '30003' } },
  },
  {
    name: 'getDeliveryProgress',
    key: 'getDeliveryProgress',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: VD.getDeliveryProgressPayload,
    example: {},
  },
  {
    name: 'getScoreRanks',
    key: 'getScoreRanks',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: PS.getScoreRanksPayload,
    example: { scores: [{ model: 'rice', value: 12.5 }] },
  },
  {
    name: 'getBacklogScoring',
    key: 'getBacklogScoring',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: PS.getBacklogScoringPayload,
    example: { issueKey: 'CHK-2' },
  },
  {
    name: 'saveBacklogScoring',
    key: 'saveBacklogScoring',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: PS.saveBacklogScoringPayload,
    example: { issueKey: 'CHK-2', version: 0, scores: SCORES },
  },
  {
    name: 'liftBlocker',
    key: 'liftBlocker',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: PS.liftBlockerPayload,
    example: { issueKey: 'CHK-2', model: 'rice' },
  },
  {
    name: 'getBusinessCase',
    key: 'getBusinessCase',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: PBC.getBusinessCasePayload,
    example: {},
  },
  {
    name: 'saveBusinessCase',
    key: 'saveBusinessCase',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: PBC.saveBusinessCasePayload,
    example: {
      version: 0,
      case: {
        costPerEffortUnit: 800,
        costs: [{ label: 'Licence', amount: 1000, kind: 'one-off' }],
        benefits: [{ kpiKey: 'CHK-2', valuePerUnit: 100 }],
        assumptions: ['x'],
      },
      removeHiddenBenefits: false,
    },
  },
  {
    name: 'saveDecision',
    key: 'saveDecision',
    module: 'pm-requirement-panel',
    extension: panel,
    schema: PBC.saveDecisionPayload,
    example: {
      version: 0,
      decision: {
        options: [{ id: 'buy', name: 'Buy' }],
        criteria: [{ id: 'cost', name: 'Cost', weight: 1 }],
        ratings: { buy: { cost: 5 } },
        choice: 'buy',
        rationale: 'x',
      },
    },
  },
  {
    name: 'getConfig',
    key: 'getConfig',
    module: 'pm-admin',
    extension: adminPage,
    schema: P.getConfigPayload,
    example: {},
  },
  {
    name: 'saveConfig (site)',
    key: 'saveConfig',
    module: 'pm-admin',
    extension: adminPage,
    schema: siteConfigPayload,
    example: { version: 0, config: CONFIG },
  },
  {
    name: 'saveConfig (project rules)',
    key: 'saveConfig',
    module: 'pm-admin',
    extension: adminPage,
    schema: projectRulesPayload,
    example: { version: 0, projectKey: 'CHK', config: [RULE] },
  },
  {
    name: 'getSiteOptions',
    key: 'getSiteOptions',
    module: 'pm-admin',
    extension: adminPage,
    schema: P.getSiteOptionsPayload,
    example: {},
  },
  {
    name: 'previewMapping',
    key: 'previewMapping',
    module: 'pm-admin',
    extension: adminPage,
    schema: P.previewMappingPayload,
    example: { rules: [RULE], index: 0 },
  },
  {
    name: 'getPortfolio',
    key: 'getPortfolio',
    module: 'pm-portfolio',
    extension: globalPage,
    schema: P.getPortfolioPayload,
    example: { cursor: 'x', pageSize: 10, model: 'wsjf' },
  },
  {
    name: 'exportPortfolioCsv',
    key: 'exportPortfolioCsv',
    module: 'pm-portfolio',
    extension: globalPage,
    schema: P.exportPortfolioCsvPayload,
    example: { model: 'rice' },
  },
  {
    name: 'startRollup',
    key: 'startRollup',
    module: 'pm-portfolio',
    extension: globalPage,
    schema: P.startRollupPayload,
    example: {},
  },
  {
    name: 'getRollupProgress',
    key: 'getRollupProgress',
    module: 'pm-portfolio',
    extension: globalPage,
    schema: P.getRollupProgressPayload,
    example: { jobId: 'job-1' },
  },
  {
    name: 'getRoadmap',
    key: 'getRoadmap',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: RM.getRoadmapPayload,
    example: { level: 'initiative', nextWithinDays: 60 },
  },
  {
    name: 'exportRoadmapCsv',
    key: 'exportRoadmapCsv',
    module: 'pm-dashboard',
    extension: projectPage('CHK'),
    schema: RM.exportRoadmapCsvPayload,
    example: { level: 'epic', nextWithinDays: 90, filter: { themes: ['CHK-1'], statuses: ['new'], horizons: ['now'] } },
  },
  {
    name: 'getPortfolioRoadmap',
    key: 'getPortfolioRoadmap',
    module: 'pm-portfolio',
    extension: globalPage,
    schema: RM.getRoadmapPayload,
    example: { level: 'epic', nextWithinDays: 30 },
  },
  {
    name: 'exportPortfolioRoadmapCsv',
    key: 'exportPortfolioRoadmapCsv',
    module: 'pm-portfolio',
    extension: globalPage,
    schema: RM.exportRoadmapCsvPayload,
    example: {
      level: 'initiative',
      nextWithinDays: 30,
      filter: { themes: [''], statuses: ['done'], horizons: ['done'] },
    },
  },
];

const ALL_KEYS = [
  ...Object.values(DASHBOARD_FUNCTIONS),
  ...Object.values(REQUIREMENT_FUNCTIONS),
  ...Object.values(ADMIN_FUNCTIONS),
  ...Object.values(PORTFOLIO_FUNCTIONS),
];

describe('every payload rejects an unknown field at every depth', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('covers every function key of the contract', () => {
    expect([...new Set(CASES.map((c) => c.key))].sort()).toEqual([...ALL_KEYS].sort());
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: the example is valid and reaches every nested object of the schema',
    (_name, c) => {
      expect(c.schema.safeParse(c.example).error?.issues ?? []).toEqual([]);
      const reached = new Set(objectPaths(c.schema, c.example).map((p) => p.shape));
      expect(schemaObjectShapes(c.schema).filter((shape) => !reached.has(shape))).toEqual([]);
    },
  );

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: an unknown field in any nested object answers validation naming it',
    async (_name, c) => {
      const paths = objectPaths(c.schema, c.example);
      expect(paths.length).toBeGreaterThan(0);
      for (const { path } of paths) {
        const result = (await invoke(
          h,
          c.module,
          c.key,
          withUnknownAt(c.example, path),
          ADMIN_ID,
          c.extension,
        )) as Result<unknown>;
        const where = path.join('.');
        expect({ where, code: result.ok ? 'ok' : result.error.code }).toEqual({ where, code: 'validation' });
        if (result.ok) continue;
        const issues = (result.error.details as { issues: { path: string[] | string; message: string }[] }).issues;
        // Config errors name the path dotted from `config`; payload errors as segments.
        const named = issues.map((i) => ({
          path: Array.isArray(i.path) ? i.path.join('.') : i.path,
          message: i.message,
        }));
        expect(named).toContainEqual({ path: where, message: expect.stringContaining(UNKNOWN) });
      }
    },
  );
});
