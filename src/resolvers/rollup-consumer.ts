import Resolver from '@forge/resolver';
import { z } from 'zod';
import { processRollupChunk } from '../app/rollup/process-rollup-chunk';
import { composeDeps } from './shared/compose-deps';

/** The consumer's resolver method in manifest.yml (`consumer.resolver.method`). */
export const ROLLUP_CHUNK_METHOD = 'rollup-chunk';

/** The event body `startRollup` pushes (a RollupChunk); Forge may add `retryContext`. */
const chunkSchema = z.object({
  jobId: z.string().min(1),
  chunk: z.number().int().min(0),
  projectKeys: z.array(z.string().min(1)),
  accountId: z.string().min(1),
});

/**
 * Processes one queued roll-up chunk. Invalid bodies are logged and dropped
 * (retrying cannot fix them); failures inside are recorded on the job, so
 * nothing here throws back to the queue.
 */
export async function handleRollupChunk(body: unknown): Promise<{ ok: boolean }> {
  const deps = composeDeps();
  const parsed = chunkSchema.safeParse(body);
  if (!parsed.success) {
    deps.logger.warn('dropped a roll-up event with an unexpected body', { issues: parsed.error.issues.slice(0, 3) });
    return { ok: false };
  }
  try {
    await processRollupChunk(deps, parsed.data);
    return { ok: true };
  } catch (error) {
    deps.logger.error('roll-up chunk failed', error, { jobId: parsed.data.jobId, chunk: parsed.data.chunk });
    return { ok: false };
  }
}

/**
 * The manifest's consumer uses the resolver form (`resolver: {function,
 * method: rollup-chunk}`): Forge calls the handler with
 * `{call:{functionKey:'rollup-chunk', payload: body, jobId}, context}`.
 */
export const rollupConsumerResolver = new Resolver().define(ROLLUP_CHUNK_METHOD, ({ payload }) => handleRollupChunk(payload));
