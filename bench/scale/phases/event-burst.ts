import { emptyMeasured, type Measured } from '../bench-fields';
import { BIG_PROJECT } from '../generate-scale-site';
import { storedVsFull } from '../verify-stored-state';
import { endpointProfile, type PhaseContext } from './phase-context';
import { editResends, setStoryPoints, settle, storiesOf } from './site-edits';

/** How long the stored state may take to settle before the bench stops waiting (the goal is 180 s). */
const SETTLE_CAP_MS = 600_000;

/**
 * A bulk edit: `burstEvents` stories of the big project get new story points,
 * evenly spread over `burstWindowMs` (2,000 a minute at scale 1). Measured:
 * from the first edit until the runtime is idle, whether the stored project
 * state then equals a full build (every record), failures surfaced (runtime and app errors,
 * KVS 429s, refused edits) and updates lost (an edited story whose stored
 * effort is not its final value).
 */
export async function eventBurst({ side, sizes }: PhaseContext): Promise<Measured> {
  const out = emptyMeasured();
  const stories = await storiesOf(side, BIG_PROJECT, sizes.burstEvents);
  // Distinct stories first; a larger burst edits some twice (the last value must win).
  const targets = Array.from({ length: sizes.burstEvents }, (_, i) => stories[i % stories.length] as string);
  const finalPoints = new Map<string, number>();
  side.jira.reset();
  const kvsBefore = side.kvs.usage();
  const errorsBefore = side.errors.length;
  const eventsBefore = side.eventsReceived();
  const gapMs = sizes.burstWindowMs / sizes.burstEvents;
  const started = performance.now();
  let refusedEdits = 0;
  const edits = targets.map(async (id, i) => {
    await new Promise((resolve) => setTimeout(resolve, i * gapMs));
    const points = 1 + (i % 13);
    const status = await setStoryPoints(side, id, points);
    if (status === 204) finalPoints.set(id, points);
    else refusedEdits += 1;
  });
  await Promise.all(edits);
  const settled = await settle(side, eventsBefore + sizes.burstEvents - refusedEdits, SETTLE_CAP_MS);
  const convergedMs = performance.now() - started;
  const counts = side.jira.counts();
  const kvs = side.kvs.usage();
  const rateLimited = kvs.rateLimited - kvsBefore.rateLimited;
  const errors = side.errors.length - errorsBefore;
  out.values.burst_events = sizes.burstEvents - refusedEdits;
  out.values.burst_errors = errors + rateLimited + refusedEdits;
  out.notes.burst_errors = `${errors} runtime / app errors, ${rateLimited} KVS requests answered 429, ${refusedEdits} edits refused by Jira`;
  out.profile.push(
    `burst: Jira calls ${endpointProfile(counts.byEndpoint) || 'none'}; KVS ${kvs.requests - kvsBefore.requests} requests, ${kvs.readUnits - kvsBefore.readUnits} read / ${kvs.writeUnits - kvsBefore.writeUnits} write units, ${rateLimited} rate-limited`,
  );
  out.profile.push(`burst: bench edits re-sent after a dropped connection to the Jira process: ${editResends.count}`);
  if (errors > 0)
    out.profile.push(
      `burst: first errors: ${side.errors
        .slice(errorsBefore, errorsBefore + 2)
        .join(' | ')
        .slice(0, 400)}`,
    );
  const check = await storedVsFull(side, BIG_PROJECT, [...finalPoints.keys()]);
  if (!check.stored) {
    out.values.burst_converged_s = null;
    out.values.burst_lost_updates = null;
    out.notes.burst_converged_s = `no stored state of ${BIG_PROJECT} to converge (${check.note ?? 'none'})${settled ? '' : `; still busy after ${SETTLE_CAP_MS / 1000} s`}`;
    out.notes.burst_lost_updates = 'no stored state: every edit is missing from it';
    return out;
  }
  out.values.burst_converged_s = settled && check.equal ? Math.round(convergedMs / 100) / 10 : null;
  if (!settled) out.notes.burst_converged_s = `still busy after ${SETTLE_CAP_MS / 1000} s`;
  else if (check.note) out.notes.burst_converged_s = `idle after ${(convergedMs / 1000).toFixed(1)} s; ${check.note}`;
  else if (!check.equal)
    out.notes.burst_converged_s = `idle after ${(convergedMs / 1000).toFixed(1)} s but ${check.differingRecords.length} stored records differ from a full build (e.g. ${check.differingRecords.slice(0, 3).join(', ')}); ${check.storedIssues} issues stored, ${check.jiraIssues} in Jira`;
  out.values.burst_lost_updates = [...finalPoints].filter(([id, points]) => check.storedEffort[id] !== points).length;
  return out;
}
