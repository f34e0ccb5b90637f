import { DEFAULT_TIME_ZONE } from '../shared/day-in-zone';
import type { PmIssue } from '../issue/pm-issue';
import { compareIds } from '../ranking/compare-issue-keys';
import { isPreferredCopy } from '../rollup/dedupe-issues';
import { makeRollupContext, type RollupContext } from '../rollup/rollup-context';
import type { WorkflowConfig } from '../workflow/workflow-config-schema';
import { factsReadiness, issueFacts, type IssueFacts } from './issue-facts';
import { markEffortBelow } from './effort-below';
import { editLinks, targetOf } from './links-edits';
import { partialOf, type ProjectPartial } from './project-partial';
import { bucketCountFor, bucketOf, shardCountFor, shardOf } from './state-layout';
import { emptyBucket, type LinksBucket, type ShardRecord, type TreeRecord } from './state-records';
import { buildTree } from './sum-tree';

export interface BuiltProjectState {
  computedAt: string;
  configFingerprint: string;
  shardCount: number;
  bucketCount: number;
  shards: ShardRecord[];
  buckets: LinksBucket[];
  /** Sum-tree records by `treeRecordId`. */
  tree: Map<string, TreeRecord>;
  /** The top level of the sum tree (kept in the meta record). */
  top: ProjectPartial[];
}

/**
 * A project's stored state from all of its issues: facts in shards by id,
 * the links index (key targets, referrers, children), readiness against the
 * project's own issues, and the partials summed up the tree. `shardCount`
 * defaults to one for the project's size; pass the stored one to compare an
 * incrementally updated state with a full build.
 */
export function buildProjectState(
  issues: readonly PmIssue[],
  config: WorkflowConfig,
  now: Date,
  shardCount?: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): BuiltProjectState {
  const ctx = makeRollupContext(config, now, timeZone);
  const newest = new Map<string, PmIssue>();
  for (const issue of issues) {
    const seen = newest.get(issue.id);
    if (seen === undefined || isPreferredCopy(issue, seen)) newest.set(issue.id, issue);
  }
  return buildStateFromFacts(
    [...newest.values()].map((issue) => issueFacts(issue, ctx)),
    ctx,
    shardCount,
  );
}

/**
 * The same from each issue's own facts (`issueFacts`), one per issue id: a
 * reader can turn each page into facts as it arrives and drop the issues,
 * so a large project's build holds a few hundred bytes per issue, not the
 * issues. `facts` is taken over (readiness, `hasChildren` and `effortBelow` are set on it).
 */
export function buildStateFromFacts(facts: IssueFacts[], ctx: RollupContext, shardCount?: number): BuiltProjectState {
  const shardTotal = shardCount ?? shardCountFor(facts.length);
  const bucketCount = bucketCountFor(shardTotal);
  const buckets = Array.from({ length: bucketCount }, emptyBucket);
  const bucketFor = (key: string) => buckets[bucketOf(key, bucketCount)] as LinksBucket;
  for (const f of facts) editLinks(undefined, f, bucketFor);
  const lookup = (key: string) => targetOf(bucketFor(key), key);
  const byShard: IssueFacts[][] = Array.from({ length: shardTotal }, () => []);
  for (const f of facts) {
    f.readiness = factsReadiness(f, lookup, ctx);
    f.hasChildren = (bucketFor(f.id).kids[f.id]?.length ?? 0) > 0;
    (byShard[shardOf(f.id, shardTotal)] as IssueFacts[]).push(f);
  }
  markEffortBelow(facts);
  const shards = byShard.map((list) =>
    shardRecord(
      list.sort((a, b) => compareIds(a.id, b.id)),
      ctx,
    ),
  );
  const { records, top } = buildTree(
    shards.map((s) => s.partial),
    ctx,
  );
  return {
    computedAt: ctx.nowIso,
    configFingerprint: ctx.configFingerprint,
    shardCount: shardTotal,
    bucketCount,
    shards,
    buckets,
    tree: records,
    top,
  };
}

export const shardRecord = (facts: IssueFacts[], ctx: RollupContext): ShardRecord => ({
  facts,
  partial: partialOf(facts, ctx),
});
