import { z } from 'zod';
import { bucketOf } from '../../domain/project-state/state-layout';
import { StorageRateLimitedError, type KeyValueStore } from '../../ports/key-value-store';
import { unpackRecord } from '../project-state/packed-record';
import { bucketKey } from '../project-state/state-keys';
import type { StateMeta } from '../project-state/state-schemas';
import { mapBounded } from '../shared/map-bounded';

const READS_IN_FLIGHT = 8;

/**
 * Only the `kids` lists of a links bucket (state-schemas.ts linksBucketSchema), each checked when
 * used: a page needs a few lists of a bucket holding hundreds of issues' links, and parsing the
 * whole bucket took most of the time this estimate adds to a page.
 */
const bucketKidsSchema = z.object({ kids: z.record(z.string(), z.unknown()) });
const kidIdsSchema = z.array(z.string());

/** What the stored state says is below a page's rows: an estimate for planning the page's reads. */
export interface StoredChildren {
  /** Row id -> the ids of its children. */
  kids: Map<string, string[]>;
  /** Child id -> how many children it has, for the children whose links bucket was read for a row anyway. */
  below: Map<string, number>;
}

/**
 * The rows' children as the project's stored state lists them: the links buckets of the rows
 * only (at most one KVS read per row). For planning the page's context read (how to split it,
 * which children's sub-tasks to ask for at once), never a figure shown: what a row shows is read
 * from Jira as the caller, so a list that is stale or names issues the caller cannot see only
 * changes how the reads are made. Undefined without stored state or when it cannot be read.
 */
export async function storedChildren(
  store: KeyValueStore,
  meta: StateMeta | undefined,
  rowIds: readonly string[],
): Promise<StoredChildren | undefined> {
  if (!meta || rowIds.length === 0) return undefined;
  const bucketFor = (id: string) => bucketOf(id, meta.bucketCount);
  const indexes = [...new Set(rowIds.map(bucketFor))];
  let buckets: (Record<string, unknown> | undefined)[];
  try {
    buckets = await mapBounded(indexes, READS_IN_FLIGHT, async (index) => {
      const raw = await store.get<unknown>(bucketKey(meta.projectKey, meta.generation, index));
      // Empty buckets are not stored; an unreadable one leaves the plan to Jira's answers.
      if (raw === undefined) return {};
      return unpackRecord(raw, bucketKidsSchema)?.kids;
    });
  } catch (error) {
    // Only an estimate: storage being busy leaves the plan to Jira's answers.
    if (error instanceof StorageRateLimitedError) return undefined;
    throw error;
  }
  const loaded = new Map(indexes.map((index, i) => [index, buckets[i]]));
  const kidsIn = (id: string): string[] | undefined | 'unreadable' => {
    const bucket = loaded.get(bucketFor(id));
    if (bucket === undefined) return loaded.has(bucketFor(id)) ? 'unreadable' : undefined;
    const parsed = kidIdsSchema.safeParse(bucket[id] ?? []);
    return parsed.success ? parsed.data : 'unreadable';
  };
  const out: StoredChildren = { kids: new Map(), below: new Map() };
  for (const id of rowIds) {
    const kids = kidsIn(id);
    if (kids === undefined || kids === 'unreadable') return undefined;
    out.kids.set(id, kids);
    for (const kid of kids) {
      const below = kidsIn(kid);
      if (Array.isArray(below)) out.below.set(kid, below.length);
    }
  }
  return out;
}
