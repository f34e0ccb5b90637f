import { loadConfig } from '../../src/app/config/config-repository';
import { buildProjectRollup } from '../../src/app/rollup/build-project-rollup';
import { readRollup } from '../../src/app/rollup/rollup-cache';
import type { AppSide } from './app-side';

/** JSON with object keys sorted, so two roll-ups built in different orders compare equal when their data is. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export interface StoredVsFull {
  /** No stored roll-up of the project (none was ever cached, or a part is missing). */
  stored: boolean;
  equal: boolean;
  /** Nodes whose stored copy differs from the full recompute's (or is missing from either). */
  differingNodes: string[];
  /** The stored effort of each watched issue (null: none; absent: not in the stored roll-up). */
  storedEffort: Record<string, number | null>;
}

/**
 * Compares the project's stored roll-up with a full recompute from Jira as it
 * is now (the app's own read and domain roll-up, run as an uncounted check):
 * nodes, project and portfolio aggregates. Incremental work is correct when
 * the two are equal.
 */
export async function storedVsFull(side: AppSide, projectKey: string, watchIds: readonly string[] = []): Promise<StoredVsFull> {
  return side.check(async (deps) => {
    const cached = await readRollup(deps.store, projectKey);
    if (!cached) return { stored: false, equal: false, differingNodes: [], storedEffort: {} };
    const { config } = await loadConfig(deps.store, deps.logger);
    const project = { id: '', key: projectKey, name: projectKey };
    const full = (await buildProjectRollup(deps, project, config, 'app')).rollup;
    const ids = new Set([...Object.keys(cached.rollup.nodes), ...Object.keys(full.nodes)]);
    const differingNodes = [...ids].filter((id) => canonical(cached.rollup.nodes[id]) !== canonical(full.nodes[id]));
    const equal = differingNodes.length === 0 && canonical(cached.rollup.projects) === canonical(full.projects) && canonical(cached.rollup.portfolio) === canonical(full.portfolio);
    const storedEffort: Record<string, number | null> = {};
    for (const id of watchIds) {
      const node = cached.rollup.nodes[id];
      if (node) storedEffort[id] = node.effort;
    }
    return { stored: true, equal, differingNodes, storedEffort };
  });
}
