import type { RoadmapProgress } from '../../contract/roadmap';
import type { StatusCategory } from '../../domain/issue/pm-issue';
import { childProgress } from '../../domain/roadmap/child-progress';
import { bucketOf, shardOf } from '../../domain/project-state/state-layout';
import { StorageRateLimitedError } from '../../ports/key-value-store';
import { BrokenStateError, StateRecords, readStateMeta } from '../project-state/state-records-store';
import type { AppDeps } from '../shared/app-deps';
import { mapBounded } from '../shared/map-bounded';

/**
 * Stored records (links buckets and shards) one roadmap answer reads at most: about as many
 * KVS read units as a backlog page, and a bounded wait, however large the project.
 */
export const STATE_READ_BUDGET = 120;
const READS_IN_FLIGHT = 8;

export const NO_STATE_REASON =
  'Not available yet: the project has no stored roll-up (it is built by the daily snapshot or a portfolio roll-up).';
export const BUDGET_REASON = `Not computed here: its children are spread over more stored records than one page reads (${STATE_READ_BUDGET}).`;
const BROKEN_REASON = 'Not available: the stored roll-up is being rebuilt. Try again later.';
const BUSY_REASON = 'Not available: app storage is busy. Try again in a minute.';

export interface ProgressTarget {
  id: string;
  projectKey: string;
}

/**
 * Each item's delivery progress (done children of its children) from its
 * project's stored state: the links bucket holding its children's ids, then
 * the shards holding their facts. Items are served in the order given (put
 * what matters most first) until the read budget is spent; the rest, and
 * items of projects without stored state, say why there is no figure.
 * Counts come from the app's stored view of the project (children the
 * caller may not browse are counted; none of them is named).
 */
export async function storedChildProgress(
  deps: AppDeps,
  targets: readonly ProgressTarget[],
): Promise<Map<string, RoadmapProgress>> {
  const answer = new Map<string, RoadmapProgress>();
  const projects = [...new Set(targets.map((t) => t.projectKey))];
  const records = new Map<string, StateRecords | undefined>();
  await mapBounded(projects, READS_IN_FLIGHT, async (key) => {
    const meta = await readStateMeta(deps.store, key);
    records.set(key, meta ? new StateRecords(deps.store, meta) : undefined);
  });
  let spent = 0;
  const loaded = new Set<string>();
  const take = (ids: string[]): boolean => {
    const fresh = ids.filter((id) => !loaded.has(id));
    if (spent + fresh.length > STATE_READ_BUDGET) return false;
    spent += fresh.length;
    for (const id of fresh) loaded.add(id);
    return true;
  };
  for (const target of targets) {
    const state = records.get(target.projectKey);
    if (!state) {
      answer.set(target.id, { state: 'unavailable', reason: NO_STATE_REASON });
      continue;
    }
    try {
      const bucket = bucketOf(target.id, state.meta.bucketCount);
      if (!take([`${target.projectKey}:l:${bucket}`])) {
        answer.set(target.id, { state: 'unavailable', reason: BUDGET_REASON });
        continue;
      }
      const kids = (await state.bucket(bucket)).kids[target.id] ?? [];
      const shards = [...new Set(kids.map((id) => shardOf(id, state.meta.shardCount)))];
      if (!take(shards.map((s) => `${target.projectKey}:s:${s}`))) {
        answer.set(target.id, { state: 'unavailable', reason: BUDGET_REASON });
        continue;
      }
      const facts = new Map<string, StatusCategory>();
      await mapBounded(shards, READS_IN_FLIGHT, async (s) => {
        for (const f of (await state.shard(s)).facts) facts.set(f.id, f.status);
      });
      const statuses = kids.map((id) => facts.get(id)).filter((s): s is StatusCategory => s !== undefined);
      // A child listed without facts means records written mid-change: no figure rather than a wrong one.
      if (statuses.length !== kids.length) {
        answer.set(target.id, { state: 'unavailable', reason: BROKEN_REASON });
        continue;
      }
      const progress = childProgress(statuses);
      answer.set(
        target.id,
        progress
          ? { state: 'available', ...progress, percent: (100 * progress.done) / progress.total }
          : { state: 'no-children' },
      );
    } catch (error) {
      if (error instanceof BrokenStateError) answer.set(target.id, { state: 'unavailable', reason: BROKEN_REASON });
      else if (error instanceof StorageRateLimitedError)
        answer.set(target.id, { state: 'unavailable', reason: BUSY_REASON });
      else throw error;
    }
  }
  return answer;
}
