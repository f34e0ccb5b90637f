import type { KpiStatusValue } from '../kpi/kpi-status';
import type { RollupAggregate, ScoreAggregate } from '../rollup/rollup-types';

/**
 * What a parent issue carries in its `pm-workflow.rollup` property (indexed by the manifest's
 * `pm-rollup-index`: pmRollupProgress, pmRollupEffortProgress, pmRollupScore, pmRollupScoreSum,
 * pmRollupKpiStatus, pmRollupReadiness). A figure that does not exist is absent, never 0, so
 * JQL `pmRollupProgress is EMPTY` finds the parents with nothing to count.
 */
export interface RollupPropertyValues {
  /** Done units of work under the parent, percent (0..100, one decimal). */
  progress?: number;
  /** Done effort of the subtree, percent (0..100, one decimal). */
  effortProgress?: number;
  /** Highest score (primary model) of its direct children's subtrees. */
  score?: number;
  /** Sum of those scores. */
  scoreSum?: number;
  /** Worst (or weighted, as configured) status of the subtree's distinct KPIs. */
  kpiStatus: KpiStatusValue | 'none';
  /** Readiness of the subtree's assessed requirements: all ready, none ready, or partial. */
  readiness: 'ready' | 'partial' | 'not-ready' | 'none';
}

const percent = (ratio: number | null): number | undefined =>
  ratio === null ? undefined : Math.round(ratio * 1000) / 10;
/** Scores keep 4 decimals: float noise in a sum must not count as a change worth a write. */
const rounded = (n: number): number => Math.round(n * 10_000) / 10_000;

/**
 * A parent's property values from its roll-up node: its subtree aggregate and its direct
 * children's, `model` being the primary score model's index in the roll-up's models (-1 when it
 * is not rolled up: no score then).
 *
 * @example
 * // an epic with stories done / open, scored 8 and 5 (primary model), one KPI at risk
 * rollupPropertyValues(epic.agg, epic.children, 0)
 * // { progress: 50, effortProgress: 37.5, score: 8, scoreSum: 13, kpiStatus: 'at-risk', readiness: 'partial' }
 */
export function rollupPropertyValues(
  agg: RollupAggregate,
  children: readonly RollupAggregate[],
  model: number,
): RollupPropertyValues {
  let max: number | null = null;
  let sum = 0;
  for (const child of children) {
    const s: ScoreAggregate | undefined = model >= 0 ? child.scores[model] : undefined;
    if (!s || s.scored === 0 || s.max === null) continue;
    sum += s.sum;
    if (max === null || s.max > max) max = s.max;
  }
  const progress = percent(agg.progressByCount);
  const effortProgress = percent(agg.progressByEffort);
  return {
    ...(progress !== undefined ? { progress } : {}),
    ...(effortProgress !== undefined ? { effortProgress } : {}),
    ...(max !== null ? { score: rounded(max), scoreSum: rounded(sum) } : {}),
    kpiStatus: agg.kpi.status,
    readiness: readinessOf(agg.readiness),
  };
}

function readinessOf(r: RollupAggregate['readiness']): RollupPropertyValues['readiness'] {
  if (r.assessed === 0) return 'none';
  if (r.ready === r.assessed) return 'ready';
  if (r.notReady === r.assessed) return 'not-ready';
  return 'partial';
}

/** Two value sets are the same write (key order aside). */
export function sameRollupValues(a: RollupPropertyValues, b: RollupPropertyValues): boolean {
  return (
    a.progress === b.progress &&
    a.effortProgress === b.effortProgress &&
    a.score === b.score &&
    a.scoreSum === b.scoreSum &&
    a.kpiStatus === b.kpiStatus &&
    a.readiness === b.readiness
  );
}
