import type { IssueFacts } from '../project-state/issue-facts';
import type { RollupContext } from '../rollup/rollup-context';
import { parentAggregates } from './parent-aggregates';
import { rollupPropertyValues, type RollupPropertyValues } from './rollup-property-values';

/**
 * Every parent of a project (an issue of it with children) and the values its
 * `pm-workflow.rollup` property should carry, from the project's stored facts.
 * Scores are the primary model's (none when that model is not rolled up).
 */
export function projectRollupValues(
  facts: readonly IssueFacts[],
  ctx: RollupContext,
): Map<string, RollupPropertyValues> {
  const model = ctx.models.indexOf(ctx.config.scoring.primaryModel);
  const out = new Map<string, RollupPropertyValues>();
  for (const parent of parentAggregates(facts, ctx))
    out.set(parent.id, rollupPropertyValues(parent.agg, parent.children, model));
  return out;
}
