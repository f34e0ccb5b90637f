import { z } from 'zod';
import { NUMERIC_SCORE_MODELS } from '../scoring/score-model-ids';
import { UNMAPPED_PHASE } from './phase-ids';

/**
 * Zod schema of the workflow configuration (current schema version). The
 * config is data, so admins can edit the workflow without a deploy; every
 * cross-reference (section of a phase, upstream phases, mapping targets) is
 * checked here so the engine can trust it afterwards.
 *
 * @example
 * workflowConfigSchema.safeParse(defaultWorkflowConfig).success // true
 */
export const WORKFLOW_CONFIG_SCHEMA_VERSION = 2;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)')
  .max(64);

export const sectionSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(80),
  /** CSS colour, e.g. '#0052CC'. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #RRGGBB colour'),
});

export const phaseSchema = z.strictObject({
  id: idSchema.refine((id) => id !== UNMAPPED_PHASE, `"${UNMAPPED_PHASE}" is reserved`),
  name: z.string().min(1).max(80),
  sectionId: idSchema,
  /** Phases whose results this phase builds on (the method's dependencies). */
  upstream: z.array(idSchema),
});

/**
 * One mapping rule: issues of `issueType` belong to `phaseId`. A rule with
 * `labels` / `components` only matches issues carrying at least one of them;
 * such narrowed rules win over plain ones (see `resolvePhase`).
 */
export const mappingRuleSchema = z.strictObject({
  phaseId: idSchema,
  issueType: z.string().min(1),
  labels: z.array(z.string().min(1)).optional(),
  components: z.array(z.string().min(1)).optional(),
});

export const parentLinkSchema = z.strictObject({
  /** Link type name, e.g. "Parent-Child". */
  type: z.string().min(1),
  /** On the child's link, the direction in which its parent lies. */
  parentDirection: z.enum(['inward', 'outward']),
});

export const readinessItemSchema = z.strictObject({
  item: z.enum(['problem', 'persona', 'scenario', 'kpi']),
  /** Whether the upstream item must be done, or merely exist. */
  mustBeDone: z.boolean(),
});

export const scoreModelSchema = z.enum(NUMERIC_SCORE_MODELS);

export const weightedCriterionSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    label: z.string().min(1).max(80),
    weight: z.number().finite().min(0),
    min: z.number().finite().min(0),
    max: z.number().finite(),
    /** 'cost' criteria count inverted (a high rating is bad). */
    direction: z.enum(['benefit', 'cost']),
  })
  .refine((c) => c.max > c.min, { message: 'max must be greater than min', path: ['max'] });

export const scoringSettingsSchema = z.strictObject({
  primaryModel: scoreModelSchema,
  /** Models aggregated in roll-ups (max, sum, effort-weighted). */
  rollupModels: z.array(scoreModelSchema),
  /** ICE as the product I x C x E (original) or the average (some teams). */
  iceMode: z.enum(['product', 'average']),
  /** Reject RICE impact / confidence and WSJF values that are off the canonical scales. */
  strictScales: z.boolean(),
  weightedCriteria: z.array(weightedCriterionSchema),
  /** MoSCoW guard: Must effort above this share of capacity is flagged (DSDM: 60 %). */
  moscowMustShareLimit: z.number().gt(0).max(1),
  /** Scores whose inputs are older than this are flagged stale. */
  staleAfterDays: z.number().int().min(1),
  /** Two models disagree when their rank correlation falls below this. */
  disagreementThreshold: z.number().min(-1).max(1),
});

export const kpiSettingsSchema = z.strictObject({
  rollup: z.enum(['worst', 'weighted']),
  /** KPI issue key -> weight for the weighted roll-up (default weight 1). */
  weights: z.record(z.string(), z.number().finite().min(0)),
  /** Number of latest actuals the trend looks at. */
  trendWindow: z.number().int().min(2).max(52),
});

export const evidenceSettingsSchema = z.strictObject({
  /** Issues in these phases are evidence items (interview notes, support tickets, sales feedback). */
  itemPhases: z.array(idSchema).min(1),
  /** Issues in these phases may have evidence linked (problems, requirements). */
  targetPhases: z.array(idSchema).min(1),
});

/** Money settings of business cases; each one left out takes its default (src/domain/workflow/business-case-settings.ts). */
export const businessCaseSettingsSchema = z.strictObject({
  /** Issues in these phases carry a business case and a Build / Buy / Partner decision. */
  phases: z.array(idSchema).min(1).optional(),
  /** A currency label shown with amounts (ISO 4217 code or a symbol). */
  currency: z.string().trim().min(1).max(8).optional(),
  /** What one unit of rolled-up effort (a story point) costs. */
  costPerEffortUnit: z.number().finite().min(0).max(1e9).optional(),
  /** Yearly discount rate for NPV (0.1 = 10 %). */
  yearlyDiscountRate: z.number().finite().gt(-1).max(10).optional(),
  periodMonths: z.union([z.literal(1), z.literal(3), z.literal(12)]).optional(),
  horizonPeriods: z.number().int().min(1).max(240).optional(),
});

/** A link type that means "blocks" for dependency-aware ranking (ranking/blocked-issue-ids.ts has the default). */
export const dependencyLinkSchema = z.strictObject({
  /** Link type name, e.g. "Blocks". */
  type: z.string().min(1),
  /** On the blocker's link, the direction in which the blocked issue lies. */
  blockedDirection: z.enum(['inward', 'outward']),
});

export const workflowConfigSchema = z
  .strictObject({
    schemaVersion: z.literal(WORKFLOW_CONFIG_SCHEMA_VERSION),
    sections: z.array(sectionSchema).min(1),
    /** Phases in workflow order. */
    phases: z.array(phaseSchema).min(1),
    mapping: z.strictObject({
      /** Site-wide default rules. */
      default: z.array(mappingRuleSchema),
      /** Per-project rules, tried before the site-wide default. */
      projects: z.record(z.string().min(1), z.array(mappingRuleSchema)),
    }),
    hierarchy: z.strictObject({
      /** Issue type name -> level (Initiative 2, Epic 1, Story 0, Sub-task -1). */
      levels: z.record(z.string().min(1), z.number().int()),
      /** Link types that express "child of", besides Jira's own `parent`. */
      parentLinks: z.array(parentLinkSchema),
    }),
    readiness: z.strictObject({
      /** Phases whose issues get a readiness assessment. */
      appliesToPhases: z.array(idSchema),
      /** Upstream items a ready issue needs. */
      requires: z.array(readinessItemSchema),
    }),
    scoring: scoringSettingsSchema,
    kpi: kpiSettingsSchema,
    /** Which phases' issues are customer evidence and which may have evidence linked; absent = the default (evidence-settings.ts). */
    evidence: evidenceSettingsSchema.optional(),
    /** Business case money settings; absent = the defaults (business-case-settings.ts). */
    businessCase: businessCaseSettingsSchema.optional(),
    /** Link types whose blocker is flagged when it ranks below what it blocks; absent = Jira's "Blocks". */
    dependencies: z.strictObject({ links: z.array(dependencyLinkSchema).max(20) }).optional(),
  })
  .superRefine((config, ctx) => {
    const sectionIds = new Set<string>();
    config.sections.forEach((s, i) => {
      if (sectionIds.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `duplicate section id "${s.id}"` });
      sectionIds.add(s.id);
    });
    const phaseIds = new Set<string>();
    config.phases.forEach((p, i) => {
      if (phaseIds.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['phases', i, 'id'], message: `duplicate phase id "${p.id}"` });
      phaseIds.add(p.id);
      if (!sectionIds.has(p.sectionId))
        ctx.addIssue({ code: 'custom', path: ['phases', i, 'sectionId'], message: `unknown section "${p.sectionId}"` });
    });
    config.phases.forEach((p, i) =>
      p.upstream.forEach((u, j) => {
        if (!phaseIds.has(u))
          ctx.addIssue({ code: 'custom', path: ['phases', i, 'upstream', j], message: `unknown phase "${u}"` });
        if (u === p.id)
          ctx.addIssue({
            code: 'custom',
            path: ['phases', i, 'upstream', j],
            message: 'a phase cannot depend on itself',
          });
      }),
    );
    const cycle = findUpstreamCycle(config.phases);
    if (cycle)
      ctx.addIssue({
        code: 'custom',
        path: ['phases'],
        message: `upstream dependencies form a cycle: ${cycle.join(' -> ')}`,
      });
    const checkRules = (rules: MappingRule[], path: (string | number)[]) =>
      rules.forEach((r, i) => {
        if (!phaseIds.has(r.phaseId))
          ctx.addIssue({ code: 'custom', path: [...path, i, 'phaseId'], message: `unknown phase "${r.phaseId}"` });
      });
    checkRules(config.mapping.default, ['mapping', 'default']);
    for (const [project, rules] of Object.entries(config.mapping.projects))
      checkRules(rules, ['mapping', 'projects', project]);
    config.readiness.appliesToPhases.forEach((id, i) => {
      if (!phaseIds.has(id))
        ctx.addIssue({ code: 'custom', path: ['readiness', 'appliesToPhases', i], message: `unknown phase "${id}"` });
    });
    for (const field of ['itemPhases', 'targetPhases'] as const)
      config.evidence?.[field].forEach((id, i) => {
        if (!phaseIds.has(id))
          ctx.addIssue({ code: 'custom', path: ['evidence', field, i], message: `unknown phase "${id}"` });
      });
    const criterionIds = new Set<string>();
    config.scoring.weightedCriteria.forEach((c, i) => {
      if (criterionIds.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['scoring', 'weightedCriteria', i, 'id'],
          message: `duplicate criterion id "${c.id}"`,
        });
      criterionIds.add(c.id);
    });
    if (config.scoring.weightedCriteria.length > 0 && !config.scoring.weightedCriteria.some((c) => c.weight > 0))
      ctx.addIssue({
        code: 'custom',
        path: ['scoring', 'weightedCriteria'],
        message: 'at least one criterion needs a weight above 0',
      });
  });

export type Section = z.infer<typeof sectionSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type MappingRule = z.infer<typeof mappingRuleSchema>;
export type ParentLink = z.infer<typeof parentLinkSchema>;
export type ReadinessItemRule = z.infer<typeof readinessItemSchema>;
export type ScoreModel = z.infer<typeof scoreModelSchema>;
export type WeightedCriterion = z.infer<typeof weightedCriterionSchema>;
export type ScoringSettings = z.infer<typeof scoringSettingsSchema>;
export type KpiSettings = z.infer<typeof kpiSettingsSchema>;
/** The settings in force: every field filled in (business-case-settings.ts). */
export type BusinessCaseSettings = Required<z.infer<typeof businessCaseSettingsSchema>>;
export type EvidenceSettings = z.infer<typeof evidenceSettingsSchema>;
export type WorkflowConfig = z.infer<typeof workflowConfigSchema>;

/** Returns one cycle in the upstream graph (ids in order, first repeated last), or null. */
function findUpstreamCycle(phases: readonly Phase[]): string[] | null {
  const byId = new Map(phases.map((p) => [p.id, p]));
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = finished
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    const s = state.get(id);
    if (s === 2) return null;
    if (s === 1) return [...path.slice(path.indexOf(id)), id];
    state.set(id, 1);
    path.push(id);
    for (const u of byId.get(id)?.upstream ?? []) {
      if (!byId.has(u) || u === id) continue; // reported separately
      const found = visit(u);
      if (found) return found;
    }
    path.pop();
    state.set(id, 2);
    return null;
  };
  for (const p of phases) {
    const found = visit(p.id);
    if (found) return found;
  }
  return null;
}
