import { z } from 'zod';
import type { RollupJob } from '../../contract/views';
import type { KeyValueStore } from '../../ports/key-value-store';

/**
 * A roll-up job in KVS: the job record is written once when it starts; each
 * chunk writes its own result record, so chunks running in parallel (as
 * Forge may run them) never overwrite each other's progress.
 */
const jobRecordSchema = z.object({
  jobId: z.string(),
  accountId: z.string(),
  createdAt: z.string(),
  chunks: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;

const chunkRecordSchema = z.object({
  chunk: z.number().int().min(0),
  processed: z.number().int().min(0),
  /** Projects whose read failed or came back incomplete (not cached). */
  failed: z.array(z.string()),
  /** Projects the app itself may not browse (its permission scheme): not failures, nothing to retry. */
  notReadable: z.array(z.string()).optional(),
  finishedAt: z.string(),
  message: z.string().optional(),
});
export type ChunkRecord = z.infer<typeof chunkRecordSchema>;

/** Stored records are parsed like Jira answers; one that does not match reads as absent. */
function parsed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

const jobKey = (jobId: string) => `job:${jobId}`;
const chunkPrefix = (jobId: string) => `jobchunk:${jobId}:`;
const chunkKey = (jobId: string, chunk: number) => `${chunkPrefix(jobId)}${String(chunk).padStart(4, '0')}`;

export async function writeJob(store: KeyValueStore, job: JobRecord): Promise<void> {
  await store.set(jobKey(job.jobId), job);
}

export async function readJob(store: KeyValueStore, jobId: string): Promise<JobRecord | undefined> {
  return parsed(jobRecordSchema, await store.get<unknown>(jobKey(jobId)));
}

export async function deleteJob(store: KeyValueStore, jobId: string): Promise<void> {
  await store.delete(jobKey(jobId));
}

export async function writeChunkResult(store: KeyValueStore, jobId: string, result: ChunkRecord): Promise<void> {
  await store.set(chunkKey(jobId, result.chunk), result);
}

export async function readChunkResult(
  store: KeyValueStore,
  jobId: string,
  chunk: number,
): Promise<ChunkRecord | undefined> {
  return parsed(chunkRecordSchema, await store.get<unknown>(chunkKey(jobId, chunk)));
}

export async function readChunkResults(store: KeyValueStore, jobId: string): Promise<ChunkRecord[]> {
  const results: ChunkRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryByPrefix<unknown>(chunkPrefix(jobId), { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const entry of page.entries) {
      const record = parsed(chunkRecordSchema, entry.value);
      if (record) results.push(record);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return results;
}

/** The job's state from its chunk records (pure). */
export function jobView(job: JobRecord, chunks: readonly ChunkRecord[]): RollupJob {
  const processed = chunks.reduce((sum, c) => sum + c.processed, 0);
  const failed = chunks.flatMap((c) => c.failed);
  const notReadable = chunks.flatMap((c) => c.notReadable ?? []).sort();
  const finished = chunks.length >= job.chunks;
  const state: RollupJob['state'] = !finished
    ? chunks.length === 0
      ? 'queued'
      : 'running'
    : failed.length > 0
      ? 'failed'
      : 'done';
  const message =
    failed.length > 0
      ? `${failed.length} project${failed.length === 1 ? '' : 's'} could not be rolled up completely; the portfolio reads ${failed.length === 1 ? 'it' : 'them'} live.`
      : undefined;
  return {
    jobId: job.jobId,
    state,
    processed,
    total: job.total,
    ...(message ? { message } : {}),
    ...(notReadable.length > 0 ? { notReadable } : {}),
  };
}
