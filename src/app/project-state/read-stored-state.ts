import type { BuiltProjectState } from '../../domain/project-state/build-project-state';
import {
  emptyBucket,
  type LinksBucket,
  type ShardRecord,
  type TreeRecord,
} from '../../domain/project-state/state-records';
import { treeLevels } from '../../domain/project-state/state-layout';
import type { KeyValueStore } from '../../ports/key-value-store';
import type { Clock } from '../../ports/clock';
import { generationPrefix } from './state-keys';
import { linksBucketSchema, shardRecordSchema, treeRecordSchema, type StateMeta } from './state-schemas';
import { BrokenStateError, parseStateRecord, readStateMeta } from './state-records-store';
import { patiently } from './write-built-state';

/** A whole stored generation, in the shape of a full build (without `computedAt`, which only the meta's clock fields carry). */
export type StoredProjectState = Omit<BuiltProjectState, 'computedAt'>;

export interface StoredStateRead {
  meta: StateMeta;
  state: StoredProjectState;
}

/** KVS query pages of this many entries (the most Forge answers). */
const QUERY_PAGE = 100;

/**
 * Every record of a project's current stored generation (shards, links
 * buckets, sum-tree records, the top level from the meta), read with prefix
 * queries and parsed like any stored record, as `buildProjectState` would
 * hold them: compare it with a full build at the stored `shardCount` to
 * check incremental work. Undefined when nothing is stored; a missing shard
 * or tree record, or a damaged one, throws BrokenStateError. Waits out KVS
 * rate limits when given a clock. For checks and tests: a 50,000-issue
 * project is about 2,700 records, so no user-facing read uses this.
 */
export async function readStoredState(
  store: KeyValueStore,
  projectKey: string,
  clock?: Clock,
): Promise<StoredStateRead | undefined> {
  const kvs = <T>(call: () => Promise<T>): Promise<T> => (clock ? patiently(clock, call) : call());
  const meta = await kvs(() => readStateMeta(store, projectKey));
  if (!meta) return undefined;
  const prefix = generationPrefix(projectKey, meta.generation);
  const shards = new Array<ShardRecord | undefined>(meta.shardCount);
  const buckets: LinksBucket[] = Array.from({ length: meta.bucketCount }, emptyBucket);
  const tree = new Map<string, TreeRecord>();
  let cursor: string | undefined;
  do {
    const page = await kvs(() =>
      store.queryByPrefix<unknown>(prefix, { limit: QUERY_PAGE, ...(cursor ? { cursor } : {}) }),
    );
    for (const { key, value } of page.entries) {
      const [kind, ...rest] = key.slice(prefix.length).split(':');
      if (kind === 's') shards[Number(rest[0])] = parseStateRecord(value, shardRecordSchema, key);
      else if (kind === 'l') buckets[Number(rest[0])] = parseStateRecord(value, linksBucketSchema, key);
      else if (kind === 't') tree.set(rest.join(':'), parseStateRecord(value, treeRecordSchema, key));
    }
    cursor = page.nextCursor;
  } while (cursor);
  const missingShard = shards.findIndex((s) => s === undefined);
  if (missingShard >= 0 || shards.length !== meta.shardCount)
    throw new BrokenStateError(`stored state shard ${missingShard} of ${projectKey} is missing`);
  const levels = treeLevels(meta.shardCount);
  for (let level = 1; level < levels.length; level++) {
    for (let index = 0; index < (levels[level] as number); index++) {
      if (!tree.has(`${level}:${index}`))
        throw new BrokenStateError(`stored state tree record ${level}:${index} of ${projectKey} is missing`);
    }
  }
  return {
    meta,
    state: {
      configFingerprint: meta.configFingerprint,
      shardCount: meta.shardCount,
      bucketCount: meta.bucketCount,
      shards: shards as ShardRecord[],
      buckets,
      tree,
      top: meta.top,
    },
  };
}
