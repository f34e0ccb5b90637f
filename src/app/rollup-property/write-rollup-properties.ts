import { ROLLUP_PROPERTY_KEY, type RollupProperty } from '../../contract/rollup-property';
import { PROJECT_STATE_VERSION } from '../../domain/project-state/state-records';
import { diffRollupValues } from '../../domain/rollup-property/diff-rollup-values';
import { projectRollupValues } from '../../domain/rollup-property/project-rollup-values';
import { makeRollupContext } from '../../domain/rollup/rollup-context';
import { BULK_PROPERTY_ISSUES_MAX } from '../../ports/jira-gateway';
import type { RollupPropertyTask } from '../../ports/job-queue';
import { loadConfig } from '../config/config-repository';
import { StateRecords, readStateMeta } from '../project-state/state-records-store';
import { patiently } from '../project-state/write-built-state';
import type { AppDeps } from '../shared/app-deps';
import { mapBounded } from '../shared/map-bounded';
import { siteTimeZone } from '../shared/site-time-zone';
import { allWritten, pendingKey, readWrittenValues, writeWrittenValues } from './rollup-property-records';

const READS_IN_FLIGHT = 8;
/**
 * Jira's bulk property tasks submitted at once: each waits in Jira's background (a poll
 * at 250 ms, then backoff), so one at a time made a 50,000-issue project's write-back
 * take minutes; a few in flight keep it well inside the invocation and Jira's limits.
 */
const BULK_TASKS_IN_FLIGHT = 4;

export interface RollupPropertyRun {
  outcome: 'written' | 'no-state' | 'stale-state';
  /** Parents of the project (issues with children). */
  parents: number;
  /** Parents whose property was written (values changed, or a former parent cleared). */
  written: number;
  /** Jira calls made (bulk submits and task polls). */
  calls: number;
  /** Parts of the written-values record stored. */
  recordParts: number;
}

/**
 * Writes the project's rolled-up values to its parents' `pm-workflow.rollup`
 * properties (indexed for JQL), from the stored state as it is now, sending
 * only parents whose values differ from the ones last written: Jira's bulk
 * property endpoint, 100 issues a call, as the app. Runs as a queued job under
 * the project's concurrency key, after the state was written; a burst of
 * state changes shares one run (the marker is cleared first, so a change
 * after this point queues the next run).
 *
 * Idempotent: the record of written values changes only after Jira's tasks
 * completed, so a retried run (Forge redelivers after a throw) writes the
 * same parents again. 'stale-state': the state was built with another config
 * or format; the rebuild that follows queues a write-back of its own.
 */
export async function writeRollupProperties(deps: AppDeps, task: RollupPropertyTask): Promise<RollupPropertyRun> {
  const { projectKey } = task;
  const kvs = <T>(call: () => Promise<T>) => patiently(deps.clock, call);
  const none = { parents: 0, written: 0, calls: 0, recordParts: 0 };
  await kvs(() => deps.store.delete(pendingKey(projectKey)));
  const meta = await kvs(() => readStateMeta(deps.store, projectKey));
  if (!meta) return { outcome: 'no-state', ...none };
  const { config } = await loadConfig(deps.store, deps.logger);
  const ctx = makeRollupContext(config, new Date(meta.updatedAt), await siteTimeZone(deps));
  if (meta.version !== PROJECT_STATE_VERSION || meta.configFingerprint !== ctx.configFingerprint)
    return { outcome: 'stale-state', ...none };

  const records = new StateRecords(deps.store, meta);
  const shards = await mapBounded(
    Array.from({ length: meta.shardCount }, (_, i) => i),
    READS_IN_FLIGHT,
    (i) => kvs(() => records.shard(i)),
  );
  const facts = shards.flatMap((s) => s.facts);
  const ids = new Set(facts.map((f) => f.id));
  const next = projectRollupValues(facts, ctx);
  const before = await kvs(() => readWrittenValues(deps.store, projectKey));
  const { writes, record } = diffRollupValues(allWritten(before), next, (id) => ids.has(id));

  const batches: (typeof writes)[] = [];
  for (let i = 0; i < writes.length; i += BULK_PROPERTY_ISSUES_MAX)
    batches.push(writes.slice(i, i + BULK_PROPERTY_ISSUES_MAX));
  const results = await mapBounded(batches, BULK_TASKS_IN_FLIGHT, (batch) =>
    deps.jira.setIssuePropertiesBulk(
      batch.map(([issueId, values]) => {
        const property: RollupProperty = values;
        return { issueId, properties: { [ROLLUP_PROPERTY_KEY]: property } };
      }),
      { as: 'app' },
    ),
  );
  const calls = results.reduce((n, r) => n + r.calls, 0);
  const failed = results.flatMap((r) => r.failedIssueIds);
  // What Jira could not set is recorded as it was before, so the next run writes it again.
  const previous = allWritten(before);
  for (const id of failed) {
    const was = previous[id];
    if (was) record[id] = was;
    else delete record[id];
  }
  const recordParts =
    writes.length > 0 || before.parts === 0
      ? await kvs(() => writeWrittenValues(deps.store, projectKey, record, before))
      : 0;
  return { outcome: 'written', parents: next.size, written: writes.length, calls, recordParts };
}
