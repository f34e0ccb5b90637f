import type { PortfolioRollup, RollupNode } from './rollup-types';

/**
 * The issue a referenced key resolves to: the lowest id holding it, if any.
 *
 * @example
 * resolveKey(rollup, 'APP-12')?.statusCategory
 */
export function resolveKey(rollup: PortfolioRollup, key: string): RollupNode | undefined {
  const ids = rollup.index.refTargets[key];
  const id = ids === undefined ? undefined : ids[0];
  return id === undefined ? undefined : rollup.nodes[id];
}
