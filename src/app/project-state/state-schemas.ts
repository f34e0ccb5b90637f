import { z } from 'zod';
import { MOSCOW_CATEGORIES } from '../../domain/issue/moscow-categories';
import { KPI_STATUSES } from '../../domain/kpi/kpi-status-values';
import { READINESS_STATES } from '../../domain/readiness/readiness-states';
import { PROJECT_STATE_VERSION } from '../../domain/project-state/state-records';

/*
 * Stored project state, parsed when read like any Jira answer: a record
 * from an older or damaged build is refused (and the state rebuilt), never
 * misread. Shapes mirror src/domain/project-state/*.
 */
const status = z.enum(['new', 'indeterminate', 'done']);
const kpiStatus = z.enum(KPI_STATUSES);
const ownScore = z.union([z.number(), z.literal('not-scored'), z.null()]);

export const issueFactsSchema = z.strictObject({
  id: z.string(),
  key: z.string(),
  phase: z.string().nullable(),
  status,
  effort: z.number().nullable(),
  parentId: z.string().nullable(),
  scores: z.array(ownScore),
  moscow: z.enum(MOSCOW_CATEGORIES).nullable(),
  stale: z.boolean(),
  kpiStatus: kpiStatus.nullable(),
  refs: z.strictObject({
    problemKey: z.string().nullable(),
    personaKey: z.string().nullable(),
    scenarioKey: z.string().nullable(),
    kpiKeys: z.array(z.string()),
  }),
  requirement: z.boolean(),
  hasChildren: z.boolean(),
  effortBelow: z.boolean(),
  readiness: z.strictObject({ state: z.enum(READINESS_STATES), level: z.number() }).nullable(),
});

export const partialSchema = z.strictObject({
  issues: z.number(),
  phaseStatus: z.array(z.number()),
  effortTotal: z.number(),
  effortDone: z.number(),
  unestimated: z.number(),
  scores: z.array(z.tuple([z.number(), z.number(), z.number().nullable(), z.number(), z.number(), z.number()])),
  top: z.array(z.tuple([z.string(), z.number()]).nullable()),
  kpi: z.strictObject({
    onTrack: z.number(),
    atRisk: z.number(),
    offTrack: z.number(),
    noData: z.number(),
    weightedSum: z.number(),
    weightTotal: z.number(),
  }),
  readiness: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
  units: z.number(),
  unitsDone: z.number(),
  requirements: z.number(),
  stale: z.number(),
  moscowEffort: z.tuple([z.number(), z.number(), z.number()]),
  moscowItems: z.number(),
});

export const shardRecordSchema = z.strictObject({ facts: z.array(issueFactsSchema), partial: partialSchema });
export const linksBucketSchema = z.strictObject({
  at: z.record(z.string(), z.array(z.strictObject({ id: z.string(), statusCategory: status }))),
  by: z.record(z.string(), z.array(z.string())),
  kids: z.record(z.string(), z.array(z.string())),
});
export const treeRecordSchema = z.strictObject({ partials: z.array(partialSchema) });

export const stateMetaSchema = z.strictObject({
  version: z.literal(PROJECT_STATE_VERSION),
  projectId: z.string(),
  projectKey: z.string(),
  projectName: z.string(),
  generation: z.string(),
  /** When the last full build read the project (time-dependent figures are as of then). */
  computedAt: z.string(),
  /** When a change was last taken in. */
  updatedAt: z.string(),
  configFingerprint: z.string(),
  shardCount: z.number().int().positive(),
  bucketCount: z.number().int().positive(),
  issues: z.number().int().nonnegative(),
  top: z.array(partialSchema),
  /** Models ranking the requirements very differently, from the last full build. */
  disagreement: z
    .strictObject({ models: z.tuple([z.string(), z.string()]), correlation: z.number(), threshold: z.number() })
    .optional(),
});

export type StateMeta = z.infer<typeof stateMetaSchema>;
