import { readStateMeta } from '../../../src/app/project-state/state-records-store';
import { snapshotKey, type ProjectSnapshot } from '../../../src/app/rollup/take-daily-snapshot';
import { emptyMeasured, type Measured } from '../bench-fields';
import { SITE_NOW } from '../generate-scale-site';
import { describeFailure, endpointProfile, type PhaseContext } from './phase-context';

/** Consumers may run 900 s, then retries with backoff: stop waiting after this long. */
const SNAPSHOT_CAP_MS = 1_200_000;

/**
 * The daily scheduled trigger of the whole site, until every queued project
 * snapshot (and its retries) has finished. OK when the trigger answered 204
 * and every project the app may browse has a complete snapshot record. The
 * profile says what each project's stored state holds afterwards (the
 * snapshot stores it, replacing the generation the cold roll-up left).
 */
export async function dailySnapshot({ side }: PhaseContext): Promise<Measured> {
  const out = emptyMeasured();
  side.jira.reset();
  const kvsBefore = side.kvs.usage();
  const errorsBefore = side.errors.length;
  const started = performance.now();
  let answer: unknown;
  try {
    answer = await side.runtime.invoker.runScheduledTrigger('pm-daily-snapshot');
  } catch (error) {
    answer = describeFailure(error);
  }
  const idle = await Promise.race([
    side.runtime.idle().then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), SNAPSHOT_CAP_MS).unref()),
  ]);
  const wallS = (performance.now() - started) / 1000;
  const date = SITE_NOW.toISOString().slice(0, 10);
  const snapshots = await side.check((deps) =>
    Promise.all(side.info.appReadable.map((key) => deps.store.get<ProjectSnapshot>(snapshotKey(date, key)))),
  );
  const states = await side.check((deps) =>
    Promise.all(side.info.appReadable.map((key) => readStateMeta(deps.store, key))),
  );
  out.profile.push(
    `snapshot: stored project state after it: ${side.info.appReadable
      .map((key, i) => {
        const meta = states[i];
        return meta
          ? `${key} ${meta.issues} of ${side.info.perProject[key] ?? '?'} issues, generation ${meta.generation}`
          : `${key} none`;
      })
      .join('; ')}`,
  );
  const missing = side.info.appReadable.filter((_, i) => !snapshots[i]?.complete);
  const answered204 = (answer as { statusCode?: number } | undefined)?.statusCode === 204;
  const ok = answered204 && idle && missing.length === 0;
  out.values.snapshot_ok = ok ? 1 : 0;
  if (!ok) {
    out.notes.snapshot_ok = [
      answered204 ? '' : `the trigger answered ${JSON.stringify(answer)}`,
      idle ? '' : `still running after ${SNAPSHOT_CAP_MS / 1000} s`,
      missing.length > 0 ? `no complete snapshot of ${missing.join(', ')}` : '',
      side.errors.length > errorsBefore ? `first error: ${side.errors[errorsBefore]?.slice(0, 200)}` : '',
    ]
      .filter(Boolean)
      .join('; ');
  }
  out.values.snapshot_wall_s = idle ? Math.round(wallS * 10) / 10 : null;
  const counts = side.jira.counts();
  const kvs = side.kvs.usage();
  out.profile.push(
    `snapshot: Jira calls ${endpointProfile(counts.byEndpoint)}; KVS ${kvs.readUnits - kvsBefore.readUnits} read / ${kvs.writeUnits - kvsBefore.writeUnits} write units, ${kvs.rateLimited - kvsBefore.rateLimited} rate-limited; ${side.errors.length - errorsBefore} errors logged`,
  );
  return out;
}
