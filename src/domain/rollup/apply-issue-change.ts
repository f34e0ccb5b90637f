import { DEFAULT_TIME_ZONE } from '../shared/day-in-zone';
import { insertSorted, removeSorted } from '../shared/sorted-ids';
import type { WorkflowConfig } from '../workflow/workflow-config-schema';
import { nodeAggregate, portfolioAggregate, projectAggregate } from './aggregate';
import { addChildId, buildNode, nodeReadiness, withProblems } from './build-node';
import type { IssueChange } from './issue-change';
import { cycleThrough, rotateToBreaker } from './parent-cycles';
import { makeRollupContext } from './rollup-context';
import {
  addOrphan,
  addReferences,
  addToKeyIndex,
  removeFromKeyIndex,
  removeOrphan,
  removeReferences,
} from './rollup-index-ops';
import { ROLLUP_FORMAT_VERSION, type PortfolioRollup, type RollupNode } from './rollup-types';

/**
 * Applies one changed (or deleted) issue to an existing roll-up, recomputing
 * only what the change can affect:
 * - the changed issue and its ancestors, before and after a move;
 * - issues whose parent placement depends on it (its former orphans, its
 *   children when it is deleted, the members of a parent cycle through it);
 * - issues that refer to it by key (their readiness and linked KPI status
 *   read its status), and their ancestors.
 * The result equals `rollUpPortfolio(applyChangeToIssues(issues, change),
 * config, now)` when the roll-up was computed with the same config and the
 * same `now` (a property test checks this). Time-dependent figures of
 * untouched issues (staleness, KPI status) keep the roll-up's `computedAt`;
 * a periodic full recompute refreshes them.
 *
 * The roll-up is updated IN PLACE (copying 100,000 nodes per change would
 * defeat the purpose) and returned; clone it first to keep the old one.
 * When the config differs from the one the roll-up was built with, nothing
 * is changed and a full recompute is requested instead.
 *
 * @example
 * const r = applyIssueChange(rollup, { kind: 'upsert', issue }, config, now);
 * if (r.status === 'applied') save(r.rollup); else recomputeEverything();
 */
export type ApplyChangeResult =
  | { status: 'applied'; rollup: PortfolioRollup; touchedNodeIds: string[]; touchedProjectKeys: string[] }
  | { status: 'needs-full-recompute'; reason: 'config-changed' | 'format-changed' };

interface Placement {
  parentId: string | null;
  missingParentId: string | undefined;
  cycle: string[] | undefined;
}

export function applyIssueChange(
  rollup: PortfolioRollup,
  change: IssueChange,
  config: WorkflowConfig,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): ApplyChangeResult {
  if (rollup.formatVersion !== ROLLUP_FORMAT_VERSION)
    return { status: 'needs-full-recompute', reason: 'format-changed' };
  const ctx = makeRollupContext(config, now, timeZone);
  if (rollup.configFingerprint !== ctx.configFingerprint)
    return { status: 'needs-full-recompute', reason: 'config-changed' };
  const { nodes } = rollup;
  const dirtyNodes = new Set<string>();
  const dirtyProjects = new Set<string>();
  const touch = (id: string) => {
    let cur = nodes[id];
    let top = cur;
    let guard = 0;
    while (cur !== undefined && guard++ <= 1_000_000) {
      dirtyNodes.add(cur.id);
      top = cur;
      cur = cur.parentId === null ? undefined : nodes[cur.parentId];
    }
    if (top !== undefined) dirtyProjects.add(top.projectKey);
  };

  const id = change.kind === 'upsert' ? change.issue.id : change.issueId;
  const old = nodes[id];
  if (old === undefined && change.kind === 'delete')
    return { status: 'applied', rollup, touchedNodeIds: [], touchedProjectKeys: [] };

  // 1. Who may change placement: members of a loop through the issue (before and after),
  //    its former orphans (when created) and its children (when deleted).
  const reeval = new Set<string>();
  const changedKeys = new Set<string>();
  if (old !== undefined) {
    touch(id);
    for (const m of cycleThrough(id, nodes) ?? []) reeval.add(m);
    changedKeys.add(old.key);
    removeFromKeyIndex(rollup, old);
    removeReferences(rollup, old);
    if (old.problems?.missingParentId !== undefined) removeOrphan(rollup, old.problems.missingParentId, id);
  }
  const oldPlacement = old === undefined ? null : { parentId: old.parentId, projectKey: old.projectKey };

  if (change.kind === 'delete') {
    const gone = old as RollupNode;
    detach(rollup, gone.id, gone.parentId, gone.projectKey);
    for (const child of gone.childIds) reeval.add(child);
    reeval.delete(id);
    delete nodes[id];
    leaveProject(rollup, gone.projectKey);
  } else {
    const node = buildNode(change.issue, ctx);
    // Keep the current tree position until phase 2 moves it; children stay attached.
    node.parentId = old?.parentId ?? null;
    node.childIds = old?.childIds ?? [];
    nodes[id] = node;
    addToKeyIndex(rollup, node);
    addReferences(rollup, node);
    // Join before leaving, so a project never disappears while the issue stays in it.
    if (old === undefined || old.projectKey !== node.projectKey) {
      if (joinProject(rollup, node.projectKey)) dirtyProjects.add(node.projectKey);
      if (old !== undefined) leaveProject(rollup, old.projectKey);
    }
    changedKeys.add(node.key);
    if (old === undefined) for (const orphan of rollup.index.orphansByParent[id] ?? []) reeval.add(orphan);
    for (const m of cycleThrough(id, nodes) ?? []) reeval.add(m);
    reeval.add(id);
  }

  // 2. Re-place those issues: detach every mover first, then attach, so the
  //    tree never holds a loop half-way (ancestor walks must terminate).
  const movers: { node: RollupNode; to: Placement }[] = [];
  for (const nid of [...reeval].sort()) {
    const node = nodes[nid];
    if (node === undefined) continue;
    const to = placementOf(node, nodes);
    if (node.problems?.missingParentId !== undefined && nid !== id)
      removeOrphan(rollup, node.problems.missingParentId, nid);
    if (to.missingParentId !== undefined) addOrphan(rollup, to.missingParentId, nid);
    node.problems = withProblems(node.problems, { missingParentId: to.missingParentId, cycle: to.cycle });
    const isNew = nid === id && oldPlacement === null;
    const from =
      nid === id && oldPlacement !== null ? oldPlacement : { parentId: node.parentId, projectKey: node.projectKey };
    if (isNew || from.parentId !== to.parentId || (to.parentId === null && from.projectKey !== node.projectKey)) {
      if (!isNew) {
        touch(nid);
        detach(rollup, nid, from.parentId, from.projectKey);
      }
      movers.push({ node, to });
    }
  }
  for (const { node, to } of movers) {
    node.parentId = to.parentId;
    if (to.parentId === null) insertSorted(rollup.projects[node.projectKey]!.childIds, node.id);
    else addChildId(nodes[to.parentId]!, node.id, true);
  }
  for (const nid of reeval) touch(nid);
  if (nodes[id] !== undefined) touch(id);

  // 3. Issues referring to the changed key(s) re-read its status.
  for (const key of changedKeys) {
    for (const rid of rollup.index.referencedBy[key] ?? []) {
      const ref = nodes[rid];
      if (ref === undefined) continue;
      ref.readiness = nodeReadiness(ref, rollup, ctx);
      touch(rid);
    }
  }
  const self = nodes[id];
  if (self !== undefined) self.readiness = nodeReadiness(self, rollup, ctx);

  // 4. Recompute aggregates bottom-up: deepest first, then projects, then the portfolio.
  const byDepth = [...dirtyNodes].filter((n) => nodes[n] !== undefined).map((n) => ({ n, d: depthOf(n, nodes) }));
  byDepth.sort((a, b) => b.d - a.d);
  for (const { n } of byDepth) {
    const node = nodes[n] as RollupNode;
    node.agg = nodeAggregate(node, rollup, ctx);
  }
  for (const key of dirtyProjects) {
    const p = rollup.projects[key];
    if (p !== undefined) p.agg = projectAggregate(p.childIds, rollup, ctx);
  }
  rollup.portfolio.agg = portfolioAggregate(rollup, ctx);
  return {
    status: 'applied',
    rollup,
    touchedNodeIds: byDepth.map((x) => x.n).sort(),
    touchedProjectKeys: [...dirtyProjects].filter((k) => rollup.projects[k] !== undefined).sort(),
  };
}

function placementOf(node: RollupNode, nodes: Record<string, RollupNode>): Placement {
  const wanted = node.requestedParentId;
  if (wanted === null) return { parentId: null, missingParentId: undefined, cycle: undefined };
  if (nodes[wanted] === undefined) return { parentId: null, missingParentId: wanted, cycle: undefined };
  const loop = cycleThrough(node.id, nodes);
  if (loop !== null) {
    const rotated = rotateToBreaker(loop);
    if (rotated[0] === node.id) return { parentId: null, missingParentId: undefined, cycle: rotated };
  }
  return { parentId: wanted, missingParentId: undefined, cycle: undefined };
}

function detach(rollup: PortfolioRollup, id: string, parentId: string | null, projectKey: string): void {
  if (parentId === null) {
    const p = rollup.projects[projectKey];
    if (p !== undefined) removeSorted(p.childIds, id);
  } else {
    const parent = rollup.nodes[parentId];
    if (parent !== undefined) removeSorted(parent.childIds, id);
  }
}

/** Counts the issue in its project, creating the project; true when created. */
function joinProject(rollup: PortfolioRollup, projectKey: string): boolean {
  const p = rollup.projects[projectKey];
  if (p !== undefined) {
    p.memberCount++;
    return false;
  }
  rollup.projects[projectKey] = { projectKey, memberCount: 1, childIds: [], agg: rollup.portfolio.agg };
  insertKey(rollup.portfolio.projectKeys, projectKey);
  return true;
}

function leaveProject(rollup: PortfolioRollup, projectKey: string): void {
  const p = rollup.projects[projectKey];
  if (p === undefined) return;
  p.memberCount--;
  if (p.memberCount <= 0) {
    delete rollup.projects[projectKey];
    const keys = rollup.portfolio.projectKeys;
    const at = keys.indexOf(projectKey);
    if (at >= 0) keys.splice(at, 1);
  }
}

function insertKey(keys: string[], key: string): void {
  let at = 0;
  while (at < keys.length && (keys[at] as string) < key) at++;
  if (keys[at] !== key) keys.splice(at, 0, key);
}

function depthOf(id: string, nodes: Record<string, RollupNode>): number {
  let d = 0;
  let cur = nodes[id];
  while (cur !== undefined && cur.parentId !== null) {
    d++;
    cur = nodes[cur.parentId];
  }
  return d;
}
