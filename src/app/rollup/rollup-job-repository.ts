import type { RollupJob } from '../../contract/views';
import type { KeyValueStore } from '../../ports/key-value-store';

/**
 * A roll-up job in KVS: the job record is written once when it starts; each
 * chunk writes its own result record, so chunks running in parallel (as
 * Forge may run them) never overwrite each other's progress.
 */
export interface JobRecord {
  jobId: string;
  accountId: string;
  createdAt: string;
  chunks: number;
  total: number;
}

export interface ChunkRecord {
  chunk: number;
  processed: number;
  failed: string[];
  finishedAt: string;
  message?: string;
}

const jobKey = (jobId: string) => `job:${jobId}`;
const chunkPrefix = (jobId: string) => `jobchunk:${jobId}:`;
const chunkKey = (jobId: string, chunk: number) => `${chunkPrefix(jobId)}${String(chunk).padStart(4, '0')}`;

export async function writeJob(store: KeyValueStore, job: JobRecord): Promise<void> {
  await store.set(jobKey(job.jobId), job);
}

export async function readJob(store: KeyValueStore, jobId: string): Promise<JobRecord | undefined> {
  return store.get<JobRecord>(jobKey(jobId));
}

export async function deleteJob(store: KeyValueStore, jobId: string): Promise<void> {
  await store.delete(jobKey(jobId));
}

export async function writeChunkResult(store: KeyValueStore, jobId: string, result: ChunkRecord): Promise<void> {
  await store.set(chunkKey(jobId, result.chunk), result);
}

export async function readChunkResult(store: KeyValueStore, jobId: string, chunk: number): Promise<ChunkRecord | undefined> {
  return store.get<ChunkRecord>(chunkKey(jobId, chunk));
}

export async function readChunkResults(store: KeyValueStore, jobId: string): Promise<ChunkRecord[]> {
  const results: ChunkRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryByPrefix<ChunkRecord>(chunkPrefix(jobId), { limit: 100, ...(cursor ? { cursor } : {}) });
    results.push(...page.entries.map((e) => e.value));
    cursor = page.nextCursor;
  } while (cursor);
  return results;
}

/** The job's state from its chunk records (pure). */
export function jobView(job: JobRecord, chunks: readonly ChunkRecord[]): RollupJob {
  const processed = chunks.reduce((sum, c) => sum + c.processed, 0);
  const failed = chunks.flatMap((c) => c.failed);
  const finished = chunks.length >= job.chunks;
  const state: RollupJob['state'] = !finished ? (chunks.length === 0 ? 'queued' : 'running') : failed.length > 0 ? 'failed' : 'done';
  const message =
    failed.length > 0
      ? `${failed.length} project${failed.length === 1 ? '' : 's'} could not be rolled up completely; the portfolio reads ${failed.length === 1 ? 'it' : 'them'} live.`
      : undefined;
  return { jobId: job.jobId, state, processed, total: job.total, ...(message ? { message } : {}) };
}
