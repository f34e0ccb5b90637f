import { randomUUID } from 'node:crypto';
import type { RollupJob } from '../../contract/views';
import type { AppDeps, Caller } from '../shared/app-deps';
import { deleteJob, jobView, writeJob } from './rollup-job-repository';

/** Projects per queued chunk: small, so each chunk ends well inside the consumer's time limit. */
export const PROJECTS_PER_CHUNK = 1;

/**
 * Starts a cold roll-up of every project the caller can browse: one queued
 * chunk per project; the consumer (`rollupConsumerHandler`) computes and
 * caches each, and `getRollupProgress` reports how far it got.
 */
export async function startRollup(deps: AppDeps, caller: Caller, only?: readonly string[]): Promise<RollupJob> {
  // `only`: projects the caller is already known to browse (the project page's own project).
  const projects = only ? [...only].sort() : (await deps.jira.listProjects({ as: 'user' })).map((p) => p.key).sort();
  const jobId = randomUUID();
  const chunks: string[][] = [];
  for (let i = 0; i < projects.length; i += PROJECTS_PER_CHUNK) chunks.push(projects.slice(i, i + PROJECTS_PER_CHUNK));
  const job = {
    jobId,
    accountId: caller.accountId,
    createdAt: deps.clock.now().toISOString(),
    chunks: chunks.length,
    total: projects.length,
  };
  await writeJob(deps.store, job);
  if (chunks.length > 0) {
    try {
      await deps.queue.enqueue(
        chunks.map((projectKeys, chunk) => ({ jobId, chunk, projectKeys, accountId: caller.accountId })),
      );
    } catch (error) {
      // No job without queued work: progress must never show a job that cannot run.
      await deleteJob(deps.store, jobId);
      throw error;
    }
  }
  return jobView(job, []);
}
