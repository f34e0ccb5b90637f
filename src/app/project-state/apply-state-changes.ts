import { factsReadiness, issueFacts, type IssueFacts } from '../../domain/project-state/issue-facts';
import { changesEffortAbove, feedsEffortAbove } from '../../domain/project-state/effort-below';
import { editLinks, targetOf } from '../../domain/project-state/links-edits';
import { carriesEffort } from '../../domain/rollup/counted-effort';
import { partialOf, type ProjectPartial } from '../../domain/project-state/project-partial';
import { bucketOf, shardOf } from '../../domain/project-state/state-layout';
import { treePath, updateTree } from '../../domain/project-state/sum-tree';
import { referencedKeys } from '../../domain/rollup/build-node';
import type { RollupContext } from '../../domain/rollup/rollup-context';
import type { PmIssue } from '../../domain/issue/pm-issue';
import { compareIds } from '../../domain/ranking/compare-issue-keys';
import type { StateMeta } from './state-schemas';
import type { StateRecords } from './state-records-store';

export interface StateChanges {
  /** Current data of issues of this project. */
  upserted: readonly PmIssue[];
  /** Ids no longer in this project (deleted or moved away). */
  removed: readonly string[];
}

/**
 * Takes changed issues into a stored state, reading and rewriting only the
 * records they reach: each issue's shard, the links buckets of the keys and
 * parents it names, the shards of issues whose readiness reads its key, and
 * one sum-tree record per level above each rewritten shard. The result
 * equals a full build with the same shard count (a property test checks it).
 * Returns the new meta record and the records written; nothing is stored
 * until `records.flush`.
 */
export async function applyStateChanges(
  records: StateRecords,
  changes: StateChanges,
  ctx: RollupContext,
): Promise<{ meta: StateMeta }> {
  const { shardCount, bucketCount } = records.meta;
  const bucketIndex = (key: string) => bucketOf(key, bucketCount);
  const touched = new Set<number>();
  const reassess = new Set<string>();
  const parents = new Set<string>();
  /** Issues whose `effortBelow` may have changed: the old and new parents of re-estimated or moved issues, new issues. */
  const effortParents = new Set<string>();
  let issues = records.meta.issues;

  const items: { id: string; after: IssueFacts | undefined }[] = [
    ...changes.upserted.map((issue) => ({ id: issue.id, after: issueFacts(issue, ctx) })),
    ...changes.removed.map((id) => ({ id, after: undefined })),
  ];
  for (const { id, after } of items) {
    const index = shardOf(id, shardCount);
    const shard = await records.shard(index);
    const at = findFacts(shard.facts, id);
    const before = at.found ? (shard.facts[at.index] as IssueFacts) : undefined;
    if (before === undefined && after === undefined) continue;
    const names = new Set<string>();
    for (const f of [before, after]) {
      if (f === undefined) continue;
      names.add(f.key);
      for (const k of referencedKeys(f.refs)) names.add(k);
      if (f.parentId !== null) names.add(f.parentId);
    }
    const involved = [...new Set([...names].map(bucketIndex))];
    const was = new Map<number, string>();
    for (const b of involved) was.set(b, JSON.stringify(await records.bucket(b)));
    if (after !== undefined && before !== undefined) {
      after.readiness = before.readiness;
      after.hasChildren = before.hasChildren;
      after.effortBelow = before.effortBelow;
    }
    const changedKeys = editLinks(before, after, (name) => records.loadedBucket(bucketIndex(name)));
    // Only rewrite buckets that changed: most edits (scores, text) leave the links as they were.
    for (const b of involved) if (JSON.stringify(records.loadedBucket(b)) !== was.get(b)) records.markBucket(b);
    for (const key of changedKeys)
      for (const referrer of records.loadedBucket(bucketIndex(key)).by[key] ?? []) reassess.add(referrer);
    if (after === undefined) shard.facts.splice(at.index, 1);
    else if (before === undefined) shard.facts.splice(at.index, 0, after);
    else shard.facts[at.index] = after;
    if (after !== undefined) reassess.add(id);
    // Whether an issue has children reads the children index: the issue itself and its old and new parent.
    for (const p of [after === undefined ? null : id, before?.parentId ?? null, after?.parentId ?? null])
      if (p !== null) parents.add(p);
    if (changesEffortAbove(before, after))
      for (const p of [before === undefined ? id : null, before?.parentId ?? null, after?.parentId ?? null])
        if (p !== null) effortParents.add(p);
    issues += (after === undefined ? 0 : 1) - (before === undefined ? 0 : 1);
    touched.add(index);
  }

  /** The stored facts of an issue and their shard index, or undefined when it is not in the project. */
  const storedFacts = async (id: string): Promise<{ index: number; f: IssueFacts } | undefined> => {
    const index = shardOf(id, shardCount);
    const shard = await records.shard(index);
    const at = findFacts(shard.facts, id);
    return at.found ? { index, f: shard.facts[at.index] as IssueFacts } : undefined;
  };

  for (const id of [...parents].sort(compareIds)) {
    const found = await storedFacts(id);
    if (found === undefined) continue;
    const { index, f } = found;
    const hasChildren = ((await records.bucket(bucketIndex(id))).kids[id]?.length ?? 0) > 0;
    if (f.hasChildren !== hasChildren) {
      f.hasChildren = hasChildren;
      touched.add(index);
    }
  }

  /** Whether a child among `kids` (ids, other than those in `skip`) carries effort or has some below it. */
  const effortAmong = async (kids: readonly string[], skip: ReadonlySet<string>): Promise<boolean> => {
    for (const kid of kids) {
      if (skip.has(kid)) continue;
      const found = await storedFacts(kid);
      if (found !== undefined && feedsEffortAbove(found.f)) return true;
    }
    return false;
  };
  const kidsOf = async (id: string) => (await records.bucket(bucketIndex(id))).kids[id] ?? [];
  const noSkip = new Set<string>();

  // Effort below an issue: recomputed from its children up its parent chain, until an issue's answer
  // stays as it was (nothing above it changes then). A parent cycle's members share one answer,
  // from the effort of the members and of the children hanging off it (`markEffortBelow`'s).
  for (const start of [...effortParents].sort(compareIds)) {
    const chain: { index: number; f: IssueFacts }[] = [];
    const at = new Map<string, number>();
    let cycleFrom = -1;
    for (let id: string | null = start; id !== null;) {
      const seen = at.get(id);
      if (seen !== undefined) {
        cycleFrom = seen;
        break;
      }
      const found = await storedFacts(id);
      if (found === undefined) break;
      at.set(id, chain.length);
      chain.push(found);
      id = found.f.parentId;
    }
    let settled = false;
    for (const { index, f } of chain.slice(0, cycleFrom < 0 ? chain.length : cycleFrom)) {
      const effortBelow = await effortAmong(await kidsOf(f.id), noSkip);
      if (effortBelow === f.effortBelow) {
        settled = true;
        break;
      }
      f.effortBelow = effortBelow;
      touched.add(index);
    }
    if (settled || cycleFrom < 0) continue;
    const members = chain.slice(cycleFrom);
    const memberIds = new Set(members.map((m) => m.f.id));
    let effortBelow = members.some((m) => carriesEffort(m.f.effort));
    for (const m of members) if (!effortBelow) effortBelow = await effortAmong(await kidsOf(m.f.id), memberIds);
    for (const { index, f } of members)
      if (f.effortBelow !== effortBelow) {
        f.effortBelow = effortBelow;
        touched.add(index);
      }
  }

  // Readiness reads the targets of an issue's keys: assess again once every change is in.
  for (const id of [...reassess].sort(compareIds)) {
    const found = await storedFacts(id);
    if (found === undefined) continue;
    const { index, f } = found;
    for (const key of referencedKeys(f.refs)) await records.bucket(bucketIndex(key));
    const readiness = factsReadiness(f, (key) => targetOf(records.loadedBucket(bucketIndex(key)), key), ctx);
    if (readiness?.state !== f.readiness?.state || readiness?.level !== f.readiness?.level) {
      f.readiness = readiness;
      touched.add(index);
    }
  }

  const changed = new Map<number, ProjectPartial>();
  for (const index of [...touched].sort((a, b) => a - b)) {
    const shard = await records.shard(index);
    shard.partial = partialOf(shard.facts, ctx);
    changed.set(index, shard.partial);
    records.markShard(index);
    for (const slot of treePath(index, shardCount)) await records.treeRecord(slot);
  }
  const top = records.meta.top.slice();
  for (const id of updateTree(changed, shardCount, (slot) => records.loadedTree(slot), top, ctx)) records.markTree(id);
  const meta: StateMeta = { ...records.meta, top, issues, updatedAt: ctx.nowIso };
  return { meta };
}

/** Binary search by id: where the issue is, or where it would go. */
function findFacts(facts: readonly IssueFacts[], id: string): { found: boolean; index: number } {
  let lo = 0;
  let hi = facts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareIds((facts[mid] as IssueFacts).id, id);
    if (c === 0) return { found: true, index: mid };
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return { found: false, index: lo };
}
