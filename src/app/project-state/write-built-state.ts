import { randomUUID } from 'node:crypto';
import type { BuiltProjectState } from '../../domain/project-state/build-project-state';
import { PROJECT_STATE_VERSION } from '../../domain/project-state/state-records';
import { StorageRateLimitedError, type KeyValueStore } from '../../ports/key-value-store';
import type { Clock } from '../../ports/clock';
import { mapBounded } from '../shared/map-bounded';
import { packRecord } from './packed-record';
import { bucketKey, generationPrefix, shardKey, treeKey } from './state-keys';
import type { StateMeta } from './state-schemas';
import { readStateMeta, writeStateMeta } from './state-records-store';

/** Writes in flight at once (KVS allows 1,000 requests a second per installation). */
const WRITE_CONCURRENCY = 8;
/**
 * How long a background write waits out KVS's per-minute unit budget before giving up (Forge
 * then redelivers). Full builds run in queue consumers (900 s); all projects stored in the same
 * minutes share one installation's 4,000 units a minute (a 50,000-issue project needs about 400
 * packed), and other work spends them too, so a write may wait rather than fail the project.
 */
const RATE_LIMIT_PATIENCE_MS = 300_000;

/**
 * Stores a full build as a new generation, then the meta record pointing at
 * it, then deletes the replaced generation: readers see the old state or the
 * new one, never a mix. Records are packed (packed-record.ts); waits out
 * KVS's per-minute budget when other work has spent it.
 */
export async function writeBuiltState(
  store: KeyValueStore,
  clock: Clock,
  project: { id: string; key: string; name: string },
  built: BuiltProjectState,
  extra: Pick<StateMeta, 'disagreement'> = {},
): Promise<StateMeta> {
  const previous = await readStateMeta(store, project.key);
  const generation = randomUUID().slice(0, 8);
  const writes: [string, unknown][] = [];
  built.shards.forEach((shard, i) => writes.push([shardKey(project.key, generation, i), shard]));
  built.buckets.forEach((bucket, i) => {
    if (Object.keys(bucket.at).length + Object.keys(bucket.by).length + Object.keys(bucket.kids).length > 0)
      writes.push([bucketKey(project.key, generation, i), bucket]);
  });
  for (const [id, record] of built.tree) {
    const [level, index] = id.split(':').map(Number) as [number, number];
    writes.push([treeKey(project.key, generation, { level, index }), record]);
  }
  await mapBounded(writes, WRITE_CONCURRENCY, ([key, value]) =>
    patiently(clock, () => store.set(key, packRecord(value))),
  );
  const meta: StateMeta = {
    version: PROJECT_STATE_VERSION,
    projectId: project.id,
    projectKey: project.key,
    projectName: project.name,
    generation,
    computedAt: built.computedAt,
    updatedAt: built.computedAt,
    configFingerprint: built.configFingerprint,
    shardCount: built.shardCount,
    bucketCount: built.bucketCount,
    issues: built.shards.reduce((n, s) => n + s.facts.length, 0),
    top: built.top,
    ...extra,
  };
  await patiently(clock, () => writeStateMeta(store, meta));
  if (previous && previous.generation !== generation)
    await deleteGeneration(store, clock, project.key, previous.generation);
  return meta;
}

async function deleteGeneration(
  store: KeyValueStore,
  clock: Clock,
  projectKey: string,
  generation: string,
): Promise<void> {
  const prefix = generationPrefix(projectKey, generation);
  for (;;) {
    const page = await patiently(clock, () => store.queryByPrefix<unknown>(prefix, { limit: 100 }));
    if (page.entries.length === 0) return;
    await mapBounded(page.entries, WRITE_CONCURRENCY, (entry) => patiently(clock, () => store.delete(entry.key)));
  }
}

/** Runs a storage call, waiting out rate limits (backing off to 16 s between tries) for up to `RATE_LIMIT_PATIENCE_MS`. */
export async function patiently<T>(clock: Clock, call: () => Promise<T>): Promise<T> {
  let waited = 0;
  for (let delay = 1000; ; delay = Math.min(delay * 2, 16_000)) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof StorageRateLimitedError) || waited >= RATE_LIMIT_PATIENCE_MS) throw error;
      await clock.sleep(delay);
      waited += delay;
    }
  }
}
