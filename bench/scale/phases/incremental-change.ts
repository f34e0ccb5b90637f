import { readStateMeta } from '../../../src/app/project-state/state-records-store';
import { emptyMeasured, type Measured } from '../bench-fields';
import { rollupPropertyCalls } from '../counting-jira-backend';
import { BIG_PROJECT } from '../generate-scale-site';
import { storedVsFull } from '../verify-stored-state';
import { endpointProfile, type PhaseContext } from './phase-context';
import { setStoryPoints, settle, storiesOf } from './site-edits';

const SETTLE_CAP_MS = 300_000;

/**
 * One story of the big project gets new story points in Jira; the issue
 * trigger notes the project, the coalesced catch-up event (and its settle
 * run) bring the stored project state up to date. Counted: every Jira call
 * and KVS write unit of that path, from the edit until the runtime is idle;
 * then every record of the stored state is compared with a full build.
 */
export async function incrementalChange({ side }: PhaseContext): Promise<Measured> {
  const out = emptyMeasured();
  const [issueId] = await storiesOf(side, BIG_PROJECT, 1);
  if (!issueId) throw new Error(`no story in ${BIG_PROJECT}`);
  const storedBefore = (await side.check((deps) => readStateMeta(deps.store, BIG_PROJECT))) !== undefined;
  side.jira.reset();
  const kvsBefore = side.kvs.usage();
  const propertyUnitsBefore = side.kvs.usageByKeySegment()['rprops']?.writeUnits ?? 0;
  const events = side.eventsReceived();
  const status = await setStoryPoints(side, issueId, 21);
  if (status !== 204) throw new Error(`editing the story answered ${status}`);
  const settled = await settle(side, events + 1, SETTLE_CAP_MS);
  const counts = side.jira.counts();
  const kvs = side.kvs.usage();
  const after = await storedVsFull(side, BIG_PROJECT, [issueId]);
  out.profile.push(
    `incremental: Jira calls ${endpointProfile(counts.byEndpoint) || 'none'}; KVS ${kvs.requests - kvsBefore.requests} requests, ${kvs.readUnits - kvsBefore.readUnits} read / ${kvs.writeUnits - kvsBefore.writeUnits} write units`,
  );
  if (!storedBefore || !after.stored) {
    const why = `no stored state of ${BIG_PROJECT} to bring up to date (${storedBefore ? (after.note ?? 'unreadable after the change') : 'the cold roll-up left none'}), so the change updated nothing; measured ${counts.calls} Jira calls, ${kvs.writeUnits - kvsBefore.writeUnits} write units`;
    out.values.incremental_jira_calls = null;
    out.values.incremental_kvs_write_units = null;
    out.notes.incremental_jira_calls = why;
    out.notes.incremental_kvs_write_units = why;
    out.values.incremental_equals_full = 0;
    out.notes.incremental_equals_full = 'no stored state';
    return out;
  }
  // The roll-up property write-back is its own queued job after the state write: counted apart.
  const propertyCalls = rollupPropertyCalls(counts);
  const propertyUnits = (side.kvs.usageByKeySegment()['rprops']?.writeUnits ?? 0) - propertyUnitsBefore;
  out.profile.push(
    `incremental: roll-up property write-back (not in the incremental figures): ${propertyCalls} Jira calls, ${counts.bulkPropertyIssues ?? 0} parents written, ${propertyUnits} KVS write units`,
  );
  out.values.incremental_jira_calls = counts.calls - propertyCalls;
  out.values.incremental_kvs_write_units = kvs.writeUnits - kvsBefore.writeUnits - propertyUnits;
  out.values.incremental_equals_full = after.equal && settled ? 1 : 0;
  if (!settled) out.notes.incremental_equals_full = `the update had not finished after ${SETTLE_CAP_MS / 1000} s`;
  else if (after.note) out.notes.incremental_equals_full = after.note;
  else if (!after.equal)
    out.notes.incremental_equals_full = `${after.differingRecords.length} stored records differ from a full build (e.g. ${after.differingRecords.slice(0, 3).join(', ')}); ${after.storedIssues} issues stored, ${after.jiraIssues} in Jira`;
  out.profile.push(
    `incremental: stored effort of the edited story ${after.storedEffort[issueId] ?? 'absent'} (set to 21); ${after.storedIssues} issues stored, ${after.jiraIssues} in Jira`,
  );
  if (side.errors.length > 0)
    out.profile.push(`incremental: errors logged: ${side.errors.slice(0, 2).join(' | ').slice(0, 400)}`);
  return out;
}
