import type { IssueFacts } from '../project-state/issue-facts';
import { nodeAggregate } from '../rollup/aggregate';
import { findCycleIndexes, rotateToBreaker } from '../rollup/parent-cycles';
import type { RollupContext } from '../rollup/rollup-context';
import {
  ROLLUP_FORMAT_VERSION,
  type PortfolioRollup,
  type RollupAggregate,
  type RollupNode,
} from '../rollup/rollup-types';
import { sortIds } from '../shared/sorted-ids';

/** A parent's subtree aggregate and its direct children's (for "highest / summed child score"). */
export interface ParentAggregate {
  id: string;
  key: string;
  agg: RollupAggregate;
  children: RollupAggregate[];
}

/**
 * The domain roll-up's aggregate of every issue of a project that has
 * children, from the project's stored facts (no Jira reads): the same nodes,
 * child order, cycle rule (a loop is broken at its lowest id) and
 * `nodeAggregate` arithmetic as `rollUpPortfolio`, so the figures equal the
 * tree roll-up's for the project's own issues. A parent in another project is
 * outside the facts: its children count as top-level here.
 *
 * @example
 * parentAggregates([epic, storyDone, storyOpen], ctx)[0].agg.progressByCount // 0.5
 */
export function parentAggregates(facts: readonly IssueFacts[], ctx: RollupContext): ParentAggregate[] {
  const list = facts.map(nodeOf);
  const rollup: PortfolioRollup = {
    formatVersion: ROLLUP_FORMAT_VERSION,
    computedAt: ctx.nowIso,
    configFingerprint: ctx.configFingerprint,
    phaseIds: [...ctx.phaseIds],
    scoreModels: [...ctx.models],
    portfolio: { projectKeys: [], agg: undefined as unknown as RollupAggregate },
    projects: {},
    nodes: {},
    index: { referencedBy: {}, refTargets: {}, orphansByParent: {} },
  };
  const indexOf = new Map<string, number>();
  list.forEach((node, i) => {
    indexOf.set(node.id, i);
    rollup.nodes[node.id] = node;
    (rollup.index.refTargets[node.key] ??= []).push(node.id);
  });
  for (const key in rollup.index.refTargets) sortIds(rollup.index.refTargets[key] as string[]);
  const parentIndex = new Int32Array(list.length);
  list.forEach((node, i) => {
    parentIndex[i] = node.requestedParentId === null ? -1 : (indexOf.get(node.requestedParentId) ?? -1);
  });
  for (const loop of findCycleIndexes(parentIndex)) {
    const breaker = rotateToBreaker(loop.map((i) => (list[i] as RollupNode).id))[0] as string;
    parentIndex[indexOf.get(breaker) as number] = -1;
  }
  list.forEach((node, i) => {
    const p = parentIndex[i] as number;
    if (p >= 0) (list[p] as RollupNode).childIds.push(node.id);
  });
  for (const node of list) sortIds(node.childIds);

  // Children before parents: post-order over the forest (iterative, deep trees are fine).
  const done = new Uint8Array(list.length);
  const out: ParentAggregate[] = [];
  for (let root = 0; root < list.length; root++) {
    if (parentIndex[root] !== -1) continue;
    const stack: [number, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const node = list[top[0]] as RollupNode;
      if (top[1] < node.childIds.length) {
        const child = indexOf.get(node.childIds[top[1]++] as string) as number;
        if (done[child] === 0) stack.push([child, 0]);
        continue;
      }
      stack.pop();
      node.agg = nodeAggregate(node, rollup, ctx);
      done[top[0]] = 1;
      if (node.childIds.length > 0)
        out.push({
          id: node.id,
          key: node.key,
          agg: node.agg,
          children: node.childIds.map((id) => (rollup.nodes[id] as RollupNode).agg),
        });
    }
  }
  return out;
}

function nodeOf(f: IssueFacts): RollupNode {
  return {
    id: f.id,
    key: f.key,
    projectKey: '',
    issueType: '',
    level: 0,
    phase: f.phase,
    statusCategory: f.status,
    effort: f.effort,
    requestedParentId: f.parentId,
    parentId: null,
    childIds: [],
    refs: f.refs,
    scores: f.scores,
    stale: f.stale,
    kpiStatus: f.kpiStatus,
    // The aggregate reads only the state and level of a readiness result.
    readiness: f.readiness ? { ...f.readiness, satisfied: 0, required: 0, missing: [] } : null,
    problems: null,
    agg: undefined as unknown as RollupAggregate,
  };
}
