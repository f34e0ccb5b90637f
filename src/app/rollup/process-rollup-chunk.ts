import type { RollupChunk } from '../../ports/job-queue';
import { loadConfig } from '../config/config-repository';
import { recordBuildWatermark } from '../project-events/catch-up-project';
import type { AppDeps } from '../shared/app-deps';
import { refreshProjectCache } from './refresh-project-cache';
import { readChunkResult, readJob, writeChunkResult } from './rollup-job-repository';

/** Stop starting new projects this long before the consumer's limit (900 s). */
export const CHUNK_TIME_BUDGET_MS = 780_000;

/**
 * One queued chunk of a roll-up job: each project is read as the app and its
 * state stored; a project Jira would not let us read completely is listed
 * as failed (never cached partially). When the time budget runs out, or a
 * project's read stopped before the invocation's limit (refreshProjectCache's
 * `resumable`), the chunk is queued again with the projects left and what it
 * finished so far (`carried`); the next invocation reads only what was left.
 *
 * Forge delivers an event at least once: a chunk whose result is already
 * stored was processed, so a redelivery does nothing (in particular it does
 * not re-queue its rest a second time). Chunks of one project never run at
 * once (the queue's concurrency key), so the check cannot race itself.
 */
export async function processRollupChunk(deps: AppDeps, chunk: RollupChunk): Promise<void> {
  const job = await readJob(deps.store, chunk.jobId);
  if (!job) {
    deps.logger.warn('roll-up chunk for an unknown job', { jobId: chunk.jobId });
    return;
  }
  if (await readChunkResult(deps.store, chunk.jobId, chunk.chunk)) {
    deps.logger.info('roll-up chunk delivered again; already processed', { jobId: chunk.jobId, chunk: chunk.chunk });
    return;
  }
  const started = deps.clock.now().getTime();
  const { config } = await loadConfig(deps.store, deps.logger);
  // What earlier invocations of this chunk finished (a chunk goes on in a new one when its time is up).
  const failed: string[] = [...(chunk.carried?.failed ?? [])];
  const notReadable: string[] = [...(chunk.carried?.notReadable ?? [])];
  const carriedProcessed = chunk.carried?.processed ?? 0;
  let processed = 0;
  for (const projectKey of chunk.projectKeys) {
    if (deps.clock.now().getTime() - started > CHUNK_TIME_BUDGET_MS) break;
    const project = await deps.jira.getBrowsableProject(projectKey, { as: 'app' });
    if (project) {
      const result = await refreshProjectCache(deps, project, config, { resumable: true })
        // Catch-up runs of the project (same queue key) go on from what this read could see.
        .then(async (r) =>
          r.cached && r.startedAtMs !== undefined
            ? recordBuildWatermark(deps, projectKey, r.startedAtMs).then(() => r)
            : r,
        )
        .catch((error: unknown) => {
          deps.logger.error('roll-up of a project failed', error, { projectKey });
          return { cached: false, continues: false };
        });
      // Its time is nearly up: the project's read goes on in the next chunk, from what is staged.
      if (result.continues) break;
      if (!result.cached) failed.push(projectKey);
    } else {
      // The caller browses it (it was listed as them) but the app's own grants do not:
      // nothing to retry; the portfolio reads it live as each person.
      notReadable.push(projectKey);
    }
    processed += 1;
  }
  const rest = chunk.projectKeys.slice(processed);
  if (rest.length > 0) {
    // The same chunk goes on in a new invocation, carrying what this one finished: its result is
    // written once, when it is done. (A new chunk number per continuation was a read-modify-write
    // of the job's chunk count, which chunks of different projects continuing at once lost.)
    const carried = { processed: carriedProcessed + processed, failed, notReadable };
    await deps.queue.enqueue([{ ...chunk, projectKeys: rest, carried }]);
    return;
  }
  await writeChunkResult(deps.store, chunk.jobId, {
    chunk: chunk.chunk,
    processed: carriedProcessed + processed,
    failed,
    ...(notReadable.length > 0 ? { notReadable } : {}),
    finishedAt: deps.clock.now().toISOString(),
  });
}
