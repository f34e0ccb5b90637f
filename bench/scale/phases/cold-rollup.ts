import { readStateMeta } from '../../../src/app/project-state/state-records-store';
import type { RollupJob } from '../../../src/contract/views';
import { ADMIN } from '../../../dev/demo-data/users';
import { SEARCH_MAX_WITH_FIELDS } from '../../../dev/emulator';
import { emptyMeasured, type Measured } from '../bench-fields';
import { ROLLUP_PROPERTY_ENDPOINTS, rollupPropertyCalls } from '../counting-jira-backend';
import { inFlightProfile } from '../in-flight-profile';
import { describeFailure, endpointProfile, globalPage, type PhaseContext } from './phase-context';

/** `project/search` answers at most this many projects a page (dev/emulator/README.md). */
const PROJECTS_PER_PAGE = 100;

/**
 * The fewest Jira calls that could read every issue the app's account may
 * browse with the fields a roll-up needs: one site-wide search at the
 * emulator's cap for pages with fields (100), plus listing the projects.
 */
export function coldCallsLowerBound(perProject: Record<string, number>, appReadable: readonly string[]): number {
  const issues = appReadable.reduce((n, key) => n + (perProject[key] ?? 0), 0);
  return Math.ceil(issues / SEARCH_MAX_WITH_FIELDS) + Math.ceil(Object.keys(perProject).length / PROJECTS_PER_PAGE);
}

/**
 * Cold roll-up of the whole site, with nothing stored (a fresh KVS): the
 * portfolio page's `startRollup` as a Jira admin, then every queued chunk,
 * until the runtime is idle. The storage it leaves (each project's sharded
 * state) is the "stored state" the later measurements start from.
 */
export async function coldRollup({ side, sizes }: PhaseContext): Promise<Measured> {
  const out = emptyMeasured();
  side.jira.reset({ noteSearches: false });
  const kvsBefore = side.kvs.usage();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let job: RollupJob | undefined;
  let builtMs: number | undefined;
  try {
    const result = await side.invoke<RollupJob>('pm-portfolio', 'startRollup', {}, ADMIN.accountId, globalPage);
    if (result.ok) job = result.data;
    else out.notes.cold_wall_ms = `startRollup answered ${result.error.code}: ${result.error.message}`;
    // Polled as the portfolio page polls it: the job is done when every project's state is stored.
    if (job) {
      const ended = await untilJobEnds(side, job.jobId, started);
      if (ended.state === 'done') builtMs = ended.ms;
      else out.notes.cold_wall_ms = `the roll-up job ended ${ended.state}`;
    }
    await side.runtime.idle();
  } catch (error) {
    out.notes.cold_wall_ms = `startRollup refused: ${describeFailure(error)}`;
  }
  const idleMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const counts = side.jira.counts();
  const kvs = side.kvs.usage();
  // The roll-up property write-back after each build is its own job: counted apart (profile below).
  const propertyCalls = rollupPropertyCalls(counts);
  out.values.cold_calls = counts.calls - propertyCalls;
  out.values.cold_calls_lower_bound = coldCallsLowerBound(side.info.perProject, side.info.appReadable);
  out.values.cold_wall_ms = builtMs === undefined ? null : Math.round(builtMs);
  if (builtMs !== undefined)
    out.notes.cold_wall_ms = `until the job said done (every project's state stored); with the property write-back after it, ${(idleMs / 1000).toFixed(1)} s`;
  out.values.cold_latency_bound_ms =
    Math.ceil(out.values.cold_calls / Math.max(1, counts.maxInFlight)) * sizes.latencyMs;
  out.notes.cold_latency_bound_ms = `the roll-up had at most ${counts.maxInFlight} Jira calls in flight (the write-back not counted)`;
  if (job) {
    const progress = await side.invoke<RollupJob>(
      'pm-portfolio',
      'getRollupProgress',
      { jobId: job.jobId },
      ADMIN.accountId,
      globalPage,
    );
    const state = progress.ok
      ? `job ${progress.data.state}, ${progress.data.processed} of ${progress.data.total ?? '?'} projects${progress.data.message ? `: ${progress.data.message}` : ''}`
      : `progress answered ${progress.error.code}`;
    out.profile.push(`cold roll-up: ${state}`);
  }
  const stored = await side.check(async (deps) =>
    Promise.all(
      Object.keys(side.info.perProject).map(async (key) => {
        const meta = await readStateMeta(deps.store, key);
        return meta ? `${key} ${meta.issues} issues in ${meta.shardCount} shards` : `${key} none`;
      }),
    ),
  );
  out.profile.push(`cold roll-up: stored project state: ${stored.join(', ')}`);
  out.profile.push(`cold roll-up: Jira calls ${endpointProfile(counts.byEndpoint)}`);
  if (builtMs !== undefined) {
    const rollupSpans = counts.spans.filter((s) => !ROLLUP_PROPERTY_ENDPOINTS.includes(s.endpoint));
    const flight = inFlightProfile(rollupSpans, builtMs);
    out.profile.push(
      `cold roll-up: Jira calls in flight until done: mean ${flight.mean.toFixed(1)}, max ${flight.max}, none in flight ${(100 * flight.idleShare).toFixed(0)} % of the time, by tenth of it ${flight.byTenth.map((x) => x.toFixed(1)).join(' ')}; app process CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms until idle (${((cpu.user + cpu.system) / 1000 / Math.max(1, idleMs)).toFixed(2)} of one core)`,
    );
  }
  out.profile.push(
    `cold roll-up: roll-up property write-back (not in cold_calls): ${propertyCalls} Jira calls, ${counts.bulkPropertyIssues ?? 0} parents written, done ${(idleMs / 1000).toFixed(1)} s after the start; neither cold_wall_ms nor its bound includes it`,
  );
  out.profile.push(
    `cold roll-up: KVS ${kvs.requests - kvsBefore.requests} requests, ${kvs.readUnits - kvsBefore.readUnits} read / ${kvs.writeUnits - kvsBefore.writeUnits} write units, ${kvs.rateLimited - kvsBefore.rateLimited} rate-limited`,
  );
  if (side.errors.length > 0)
    out.profile.push(`cold roll-up: ${side.errors.length} errors logged, first: ${side.errors[0]?.slice(0, 300)}`);
  return out;
}

const PROGRESS_POLL_MS = 250;

/** Milliseconds from `started` until getRollupProgress says the job ended, and how it ended. */
async function untilJobEnds(
  side: PhaseContext['side'],
  jobId: string,
  started: number,
): Promise<{ ms: number; state: string }> {
  for (;;) {
    const progress = await side.invoke<RollupJob>(
      'pm-portfolio',
      'getRollupProgress',
      { jobId },
      ADMIN.accountId,
      globalPage,
    );
    if (!progress.ok) return { ms: performance.now() - started, state: `unreadable (${progress.error.code})` };
    if (progress.data.state === 'done' || progress.data.state === 'failed')
      return { ms: performance.now() - started, state: progress.data.state };
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
  }
}
