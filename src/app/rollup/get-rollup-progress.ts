import type { RollupJob } from '../../contract/views';
import { notFound } from '../shared/app-error';
import type { AppDeps, Caller } from '../shared/app-deps';
import { jobView, readChunkResults, readJob } from './rollup-job-repository';

/** Progress of a roll-up job; only the person who started it can see it. */
export async function getRollupProgress(deps: AppDeps, caller: Caller, jobId: string): Promise<RollupJob> {
  const job = await readJob(deps.store, jobId);
  if (!job || job.accountId !== caller.accountId) throw notFound('No such roll-up job.');
  return jobView(job, await readChunkResults(deps.store, jobId));
}
