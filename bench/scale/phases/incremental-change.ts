import { readRollupMeta } from '../../../src/app/rollup/rollup-cache';
import { emptyMeasured, type Measured } from '../bench-fields';
import { BIG_PROJECT } from '../generate-scale-site';
import { storedVsFull } from '../verify-stored-rollup';
import { endpointProfile, type PhaseContext } from './phase-context';
import { setStoryPoints, settle, storiesOf } from './site-edits';

const SETTLE_CAP_MS = 300_000;

/**
 * One story of the big project gets new story points in Jira; the trigger,
 * queue and consumer bring the stored roll-up up to date. Counted: the Jira
 * calls and KVS write units of that work; then the stored roll-up is
 * compared with a full recompute.
 */
export async function incrementalChange({ side }: PhaseContext): Promise<Measured> {
  const out = emptyMeasured();
  const [issueId] = await storiesOf(side, BIG_PROJECT, 1);
  if (!issueId) throw new Error(`no story in ${BIG_PROJECT}`);
  const storedBefore = (await side.check((deps) => readRollupMeta(deps.store, BIG_PROJECT))) !== undefined;
  side.jira.reset();
  const kvsBefore = side.kvs.usage();
  const events = side.eventsReceived();
  const status = await setStoryPoints(side, issueId, 21);
  if (status !== 204) throw new Error(`editing the story answered ${status}`);
  const settled = await settle(side, events + 1, SETTLE_CAP_MS);
  const counts = side.jira.counts();
  const kvs = side.kvs.usage();
  const after = await storedVsFull(side, BIG_PROJECT, [issueId]);
  out.profile.push(`incremental: Jira calls ${endpointProfile(counts.byEndpoint) || 'none'}; KVS ${kvs.requests - kvsBefore.requests} requests, ${kvs.readUnits - kvsBefore.readUnits} read / ${kvs.writeUnits - kvsBefore.writeUnits} write units`);
  if (!storedBefore || !after.stored) {
    const why = `no stored roll-up of ${BIG_PROJECT} to bring up to date (the cold roll-up left none), so the change updated nothing; measured ${counts.calls} Jira calls, ${kvs.writeUnits - kvsBefore.writeUnits} write units`;
    out.values.incremental_jira_calls = null;
    out.values.incremental_kvs_write_units = null;
    out.notes.incremental_jira_calls = why;
    out.notes.incremental_kvs_write_units = why;
    out.values.incremental_equals_full = 0;
    out.notes.incremental_equals_full = 'no stored roll-up';
    return out;
  }
  out.values.incremental_jira_calls = counts.calls;
  out.values.incremental_kvs_write_units = kvs.writeUnits - kvsBefore.writeUnits;
  out.values.incremental_equals_full = after.equal && settled ? 1 : 0;
  if (!settled) out.notes.incremental_equals_full = `the update had not finished after ${SETTLE_CAP_MS / 1000} s`;
  else if (!after.equal) out.notes.incremental_equals_full = `${after.differingNodes.length} nodes differ from a full recompute (e.g. ${after.differingNodes.slice(0, 3).join(', ')})`;
  if (side.errors.length > 0) out.profile.push(`incremental: errors logged: ${side.errors.slice(0, 2).join(' | ').slice(0, 400)}`);
  return out;
}
