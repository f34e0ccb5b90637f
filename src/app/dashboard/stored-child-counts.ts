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

/**
 * How many children the project's stored state lists under each row: the links buckets of the
 * rows only (at most one KVS read per row). A size estimate for splitting the page's context
 * read into searches that each fit one Jira page, never a figure shown: what a row shows is read
 * from Jira as the caller, so a count that is stale or includes issues the caller cannot see only
 * changes how the reads are split. Undefined without stored state or when it cannot be read.
 */
export async function storedChildCounts(
  store: KeyValueStore,
  meta: StateMeta | undefined,
  rowIds: readonly string[],
): Promise<Map<string, number> | undefined> {
  if (!meta || rowIds.length === 0) return undefined;
  const bucketFor = (id: string) => bucketOf(id, meta.bucketCount);
  const indexes = [...new Set(rowIds.map(bucketFor))];
  let buckets: (Record<string, unknown> | undefined)[];
  try {
    buckets = await mapBounded(indexes, READS_IN_FLIGHT, async (index) => {
      const raw = await store.get<unknown>(bucketKey(meta.projectKey, meta.generation, index));
      // Empty buckets are not stored; an unreadable one leaves the read unsplit.
      if (raw === undefined) return {};
      return unpackRecord(raw, bucketKidsSchema)?.kids;
    });
  } catch (error) {
    // Only an estimate: storage being busy leaves the read unsplit.
    if (error instanceof StorageRateLimitedError) return undefined;
    throw error;
  }
  const kidsOf = new Map(indexes.map((index, i) => [index, buckets[i]]));
  const counts = new Map<string, number>();
  for (const id of rowIds) {
    const kids = kidsOf.get(bucketFor(id));
    if (kids === undefined) return undefined;
    const list = kids[id];
    if (list === undefined) counts.set(id, 0);
    else {
      const parsed = kidIdsSchema.safeParse(list);
      if (!parsed.success) return undefined;
      counts.set(id, parsed.data.length);
    }
  }
  return counts;
}
