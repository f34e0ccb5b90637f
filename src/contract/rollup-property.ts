import { z } from 'zod';
import { KPI_STATUSES } from '../domain/kpi/kpi-status-values';
import { READINESS_STATES } from '../domain/readiness/readiness-states';

/**
 * The issue property the app writes on every parent issue (an epic, an initiative, a story with
 * sub-tasks) with its rolled-up values, indexed for JQL by the manifest's `pm-rollup-index`
 * module: pmRollupProgress, pmRollupEffortProgress, pmRollupScore, pmRollupScoreSum,
 * pmRollupKpiStatus, pmRollupReadiness. Written as the app (app/rollup-property); read by
 * Jira's search, never by the app. A figure that does not exist is absent (JQL `is EMPTY`).
 */
export const ROLLUP_PROPERTY_KEY = 'pm-workflow.rollup';

const percent = z.number().min(0).max(100);
export const rollupPropertySchema = z.strictObject({
  progress: percent.optional(),
  effortProgress: percent.optional(),
  score: z.number().finite().optional(),
  scoreSum: z.number().finite().optional(),
  kpiStatus: z.enum([...KPI_STATUSES, 'none']),
  readiness: z.enum([...READINESS_STATES, 'none']),
});
export type RollupProperty = z.infer<typeof rollupPropertySchema>;

/** The values the manifest's `pm-rollup-index` module indexes, with their JQL aliases (one list, checked against manifest.yml). */
export const ROLLUP_INDEX_VALUES = [
  { path: 'progress', type: 'number', searchAlias: 'pmRollupProgress' },
  { path: 'effortProgress', type: 'number', searchAlias: 'pmRollupEffortProgress' },
  { path: 'score', type: 'number', searchAlias: 'pmRollupScore' },
  { path: 'scoreSum', type: 'number', searchAlias: 'pmRollupScoreSum' },
  { path: 'kpiStatus', type: 'string', searchAlias: 'pmRollupKpiStatus' },
  { path: 'readiness', type: 'string', searchAlias: 'pmRollupReadiness' },
] as const;
