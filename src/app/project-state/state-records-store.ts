import type { z } from 'zod';
import {
  emptyBucket,
  type LinksBucket,
  type ShardRecord,
  type TreeRecord,
} from '../../domain/project-state/state-records';
import { treeRecordId, type TreeSlot } from '../../domain/project-state/sum-tree';
import type { KeyValueStore } from '../../ports/key-value-store';
import { packRecord, unpackRecord } from './packed-record';
import { bucketKey, shardKey, stateMetaKey, treeKey } from './state-keys';
import {
  linksBucketSchema,
  shardRecordSchema,
  stateMetaSchema,
  treeRecordSchema,
  type StateMeta,
} from './state-schemas';

/** Raised when a stored record is missing or unreadable: the state must be rebuilt. */
export class BrokenStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrokenStateError';
  }
}

// The schemas mirror the domain types; these assignments fail to compile when they drift apart.
type Mirrors<T, S extends z.ZodType> = z.infer<S> extends T ? true : never;
export const schemasMirrorDomain: [
  Mirrors<ShardRecord, typeof shardRecordSchema>,
  Mirrors<LinksBucket, typeof linksBucketSchema>,
  Mirrors<TreeRecord, typeof treeRecordSchema>,
] = [true, true, true];

export async function readStateMeta(store: KeyValueStore, projectKey: string): Promise<StateMeta | undefined> {
  const raw = await store.get<unknown>(stateMetaKey(projectKey));
  if (raw === undefined) return undefined;
  // Another version or a damaged record: treated as no state (the next build replaces it).
  return unpackRecord(raw, stateMetaSchema);
}

/** Stores the meta record (packed like every state record). */
export const writeStateMeta = (store: KeyValueStore, meta: StateMeta): Promise<void> =>
  store.set(stateMetaKey(meta.projectKey), packRecord(meta));

/**
 * The records of one stored generation, read on demand (each once) and
 * written back when changed: shards, links buckets and sum-tree records
 * first, the meta record last, so a reader never sees a meta that points at
 * partials not yet written.
 */
export class StateRecords {
  private readonly shards = new Map<number, ShardRecord>();
  private readonly buckets = new Map<number, LinksBucket>();
  private readonly tree = new Map<string, { slot: TreeSlot; record: TreeRecord }>();
  private readonly dirty = new Set<string>();

  constructor(
    private readonly store: KeyValueStore,
    readonly meta: StateMeta,
  ) {}

  async shard(index: number): Promise<ShardRecord> {
    let rec = this.shards.get(index);
    if (rec === undefined) {
      rec = await this.read(shardKey(this.meta.projectKey, this.meta.generation, index), shardRecordSchema);
      this.shards.set(index, rec);
    }
    return rec;
  }

  async bucket(index: number): Promise<LinksBucket> {
    let rec = this.buckets.get(index);
    if (rec === undefined) {
      const raw = await this.store.get<unknown>(bucketKey(this.meta.projectKey, this.meta.generation, index));
      // Empty buckets are not stored.
      rec = raw === undefined ? emptyBucket() : this.parse(raw, linksBucketSchema, `links bucket ${index}`);
      this.buckets.set(index, rec);
    }
    return rec;
  }

  async treeRecord(slot: TreeSlot): Promise<TreeRecord> {
    const id = treeRecordId(slot);
    let entry = this.tree.get(id);
    if (entry === undefined) {
      entry = {
        slot,
        record: await this.read(treeKey(this.meta.projectKey, this.meta.generation, slot), treeRecordSchema),
      };
      this.tree.set(id, entry);
    }
    return entry.record;
  }

  /** A loaded tree record (call `treeRecord` first). */
  loadedTree(slot: TreeSlot): TreeRecord {
    const entry = this.tree.get(treeRecordId(slot));
    if (entry === undefined) throw new Error(`tree record ${treeRecordId(slot)} was not loaded`);
    return entry.record;
  }

  loadedBucket(index: number): LinksBucket {
    const rec = this.buckets.get(index);
    if (rec === undefined) throw new Error(`links bucket ${index} was not loaded`);
    return rec;
  }

  markShard(index: number): void {
    this.dirty.add(`s:${index}`);
  }
  markBucket(index: number): void {
    this.dirty.add(`l:${index}`);
  }
  markTree(id: string): void {
    this.dirty.add(`t:${id}`);
  }

  /** Writes the changed records, then the meta record; says how large each written shard is as stored. */
  async flush(meta: StateMeta): Promise<{ records: number; shardChars: Map<number, number> }> {
    const { projectKey, generation } = this.meta;
    let records = 0;
    const shardChars = new Map<number, number>();
    for (const mark of [...this.dirty].sort()) {
      const [kind, id] = [mark.slice(0, 1), mark.slice(2)];
      if (kind === 's') {
        const packed = packRecord(this.shards.get(Number(id)));
        shardChars.set(Number(id), packed.deflated.length);
        await this.store.set(shardKey(projectKey, generation, Number(id)), packed);
      } else if (kind === 'l') {
        const bucket = this.buckets.get(Number(id)) as LinksBucket;
        const empty =
          Object.keys(bucket.at).length + Object.keys(bucket.by).length + Object.keys(bucket.kids).length === 0;
        const key = bucketKey(projectKey, generation, Number(id));
        await (empty ? this.store.delete(key) : this.store.set(key, packRecord(bucket)));
      } else {
        const entry = this.tree.get(id) as { slot: TreeSlot; record: TreeRecord };
        await this.store.set(treeKey(projectKey, generation, entry.slot), packRecord(entry.record));
      }
      records++;
    }
    this.dirty.clear();
    await writeStateMeta(this.store, meta);
    return { records: records + 1, shardChars };
  }

  private async read<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S>> {
    const raw = await this.store.get<unknown>(key);
    if (raw === undefined) throw new BrokenStateError(`stored state record ${key} is missing`);
    return this.parse(raw, schema, key);
  }

  private parse<S extends z.ZodType>(raw: unknown, schema: S, what: string): z.infer<S> {
    return parseStateRecord(raw, schema, what);
  }
}

/** A stored shard, bucket or tree record, unpacked and parsed; BrokenStateError when it is not one. */
export function parseStateRecord<S extends z.ZodType>(raw: unknown, schema: S, what: string): z.infer<S> {
  const value = unpackRecord(raw, schema);
  if (value === undefined) throw new BrokenStateError(`stored state record ${what} is unreadable`);
  return value;
}
