import type { RollupContext } from '../rollup/rollup-context';
import { sumPartials, type ProjectPartial } from './project-partial';
import { SUM_TREE_FANOUT, treeLevels } from './state-layout';
import type { TreeRecord } from './state-records';

/**
 * The shards' partials summed up a fixed-fanout tree: level k record i holds
 * the partials of level k-1 items [i*F, i*F+F); the top level (at most F
 * partials) lives in the meta record. One shard's change rewrites one record
 * per level, and the project total is always the same sums in the same order.
 */
export interface TreeSlot {
  level: number;
  index: number;
}

export const treeRecordId = (slot: TreeSlot): string => `${slot.level}:${slot.index}`;

/** The tree records above a shard, lowest level first. */
export function treePath(shard: number, shardCount: number): TreeSlot[] {
  const levels = treeLevels(shardCount);
  const path: TreeSlot[] = [];
  let index = shard;
  for (let level = 1; level < levels.length; level++) {
    index = Math.floor(index / SUM_TREE_FANOUT);
    path.push({ level, index });
  }
  return path;
}

/** Builds every tree record and the top level from the shards' partials. */
export function buildTree(
  shardPartials: readonly ProjectPartial[],
  ctx: RollupContext,
): { records: Map<string, TreeRecord>; top: ProjectPartial[] } {
  const records = new Map<string, TreeRecord>();
  let items = shardPartials.slice();
  for (let level = 1; level < treeLevels(shardPartials.length).length; level++) {
    const next: ProjectPartial[] = [];
    for (let i = 0; i * SUM_TREE_FANOUT < items.length; i++) {
      const partials = items.slice(i * SUM_TREE_FANOUT, (i + 1) * SUM_TREE_FANOUT);
      records.set(treeRecordId({ level, index: i }), { partials });
      next.push(sumPartials(partials, ctx));
    }
    items = next;
  }
  return { records, top: items };
}

/**
 * Writes changed shard partials into the loaded tree records on their paths
 * and the top level, lowest level first. `record` must answer every slot of
 * `treePath` for the changed shards. Returns the ids of the records changed.
 */
export function updateTree(
  changed: ReadonlyMap<number, ProjectPartial>,
  shardCount: number,
  record: (slot: TreeSlot) => TreeRecord,
  top: ProjectPartial[],
  ctx: RollupContext,
): string[] {
  const touched: string[] = [];
  let items = new Map(changed);
  const levels = treeLevels(shardCount).length;
  for (let level = 1; level < levels; level++) {
    const next = new Map<number, ProjectPartial>();
    for (const [index, partial] of [...items].sort((a, b) => a[0] - b[0])) {
      const slot = { level, index: Math.floor(index / SUM_TREE_FANOUT) };
      const rec = record(slot);
      rec.partials[index % SUM_TREE_FANOUT] = partial;
      next.set(slot.index, partial);
    }
    for (const index of next.keys()) {
      const slot = { level, index };
      next.set(index, sumPartials(record(slot).partials, ctx));
      touched.push(treeRecordId(slot));
    }
    items = next;
  }
  for (const [index, partial] of items) top[index] = partial;
  return touched;
}
