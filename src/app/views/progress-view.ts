import type { ProgressView } from '../../contract/views';
import type { RollupAggregate } from '../../domain/rollup/rollup-types';

/**
 * The domain's subtree aggregate as the view's progress (percentages rounded): done and total
 * count units of work (issues without children; a parent is not one of its own units).
 */
export function progressViewOf(agg: RollupAggregate | undefined): ProgressView {
  if (!agg) return { done: 0, total: 0, percentByCount: 0 };
  return {
    done: agg.unitsDone,
    total: agg.units,
    percentByCount: agg.progressByCount === null ? 0 : Math.round(agg.progressByCount * 100),
    ...(agg.progressByEffort !== null ? { percentByEffort: Math.round(agg.progressByEffort * 100) } : {}),
  };
}
