import type { PortfolioRollup } from '../../domain/rollup/rollup-types';

/**
 * Ids of every issue below `issueId` in a cached roll-up (children first,
 * then their children). Jira sends no events for them when `issueId` is
 * deleted, so they are the issues to read again.
 *
 * @example subtreeIds(rollup, epicId) // ['story-1', 'story-2', 'subtask-of-story-1']
 */
export function subtreeIds(rollup: PortfolioRollup, issueId: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([issueId]);
  const queue = [...(rollup.nodes[issueId]?.childIds ?? [])];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    queue.push(...(rollup.nodes[id]?.childIds ?? []));
  }
  return out;
}
