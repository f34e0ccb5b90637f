import type { ProgressView } from '../../contract/views';
import type { RollupAggregate } from '../../domain/rollup/rollup-types';
import { percentOfShare } from '../../domain/shared/share-percent';

/**
 * The domain's subtree aggregate as the view's progress (percentages to one decimal, never 100 unless all
 * done nor 0 unless none: they reach the backlog and portfolio CSVs): done and total
 * count units of work (issues without children; a parent is not one of its own units).
 */
export function progressViewOf(agg: RollupAggregate | undefined): ProgressView {
  if (!agg) return { done: 0, total: 0, percentByCount: 0 };
  return {
    done: agg.unitsDone,
    total: agg.units,
    percentByCount: agg.progressByCount === null ? 0 : percentOfShare(agg.progressByCount),
    ...(agg.progressByEffort !== null ? { percentByEffort: percentOfShare(agg.progressByEffort) } : {}),
  };
}
