/**
 * Where a project's stored state puts things. Shards hold issues by a hash
 * of the id, links buckets hold keys by a hash of the key; both counts are
 * powers of two fixed when the state is built, so an issue's place never
 * depends on the other issues. Partials are summed up a tree of this fanout.
 */
export const SUM_TREE_FANOUT = 16;
/**
 * Aim for at most this many issues per shard: stored deflated, 200 issues' facts are about
 * 7 KB, one 10 KB KVS unit to rewrite, with room for a shard the hash fills a little fuller.
 */
export const ISSUES_PER_SHARD = 200;
/** Shards per links bucket (a bucket holds a few keys per issue; two shards' worth is about 5 KB deflated). */
export const SHARDS_PER_BUCKET = 2;

/** FNV-1a over the string (32 bit); stable across runs and platforms. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shardCountFor(issues: number): number {
  let count = 1;
  while (count * ISSUES_PER_SHARD < issues) count *= 2;
  return count;
}

export const bucketCountFor = (shardCount: number): number => Math.max(1, shardCount / SHARDS_PER_BUCKET);
export const shardOf = (id: string, shardCount: number): number => hashOf(id) % shardCount;
export const bucketOf = (key: string, bucketCount: number): number => hashOf(key) % bucketCount;

/** Item counts per level of the sum tree: level 0 is the shards; the last level (<= fanout items) is kept in the meta record. */
export function treeLevels(shardCount: number): number[] {
  const counts = [shardCount];
  while ((counts[counts.length - 1] as number) > SUM_TREE_FANOUT)
    counts.push(Math.ceil((counts[counts.length - 1] as number) / SUM_TREE_FANOUT));
  return counts;
}
