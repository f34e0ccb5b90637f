import { DEFAULT_TIME_ZONE } from '../shared/day-in-zone';
import type { PmIssue } from '../issue/pm-issue';
import { sortIds } from '../shared/sorted-ids';
import type { WorkflowConfig } from '../workflow/workflow-config-schema';
import { emptyAggregate, nodeAggregateAt, portfolioAggregate, projectAggregate } from './aggregate';
import { buildNode, indexReferrer, nodeReadiness, withProblems } from './build-node';
import { childRanges } from './child-ranges';
import { isPreferredCopy } from './dedupe-issues';
import { findCycleIndexes, rotateToBreaker } from './parent-cycles';
import { makeRollupContext } from './rollup-context';
import { ROLLUP_FORMAT_VERSION, type PortfolioRollup, type ProjectRollup, type RollupNode } from './rollup-types';

/**
 * Rolls issues of several projects up the hierarchy: portfolio > project >
 * initiative > epic > story > sub-task (from `parent` and configured link
 * types). Every node gets counts by phase and status category, delivery
 * progress by count and by effort, score aggregates (max, sum,
 * effort-weighted), KPI status, readiness and staleness of its subtree.
 *
 * Data problems are reported on the nodes (see `listRollupProblems`), never
 * thrown: duplicates (newest copy kept), missing parents (placed under the
 * project), parent cycles (broken at the lowest id), unmapped issues
 * (counted in the "unmapped" column). Deterministic and independent of input
 * order; linear in issues and links apart from sorting child lists, which are
 * usually short or already in order.
 *
 * Effort is taken as given on every issue; if a team estimates both a story
 * and its sub-tasks, the subtree sum counts both (the roll-up does not guess
 * which level is authoritative).
 *
 * @example
 * const rollup = rollUpPortfolio(issues, defaultWorkflowConfig, new Date('2026-11-22T00:00:00Z'));
 * rollup.projects['APP']?.agg.progressByCount
 */
export function rollUpPortfolio(
  issues: readonly PmIssue[],
  config: WorkflowConfig,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): PortfolioRollup {
  const ctx = makeRollupContext(config, now, timeZone);
  const rollup: PortfolioRollup = {
    formatVersion: ROLLUP_FORMAT_VERSION,
    computedAt: ctx.nowIso,
    configFingerprint: ctx.configFingerprint,
    phaseIds: [...ctx.phaseIds],
    scoreModels: [...ctx.models],
    portfolio: { projectKeys: [], agg: emptyAggregate(ctx.phaseIds.length, ctx.models.length) },
    projects: {},
    nodes: {},
    index: { referencedBy: {}, refTargets: {}, orphansByParent: {} },
  };
  const { nodes, projects } = rollup;
  const { referencedBy, refTargets, orphansByParent } = rollup.index;

  // 1. One node per id, built from the newest copy, remembering how many extra copies there were.
  // Each node is built as its issue is first met, in the same pass as the duplicate check, so
  // every parsed issue is read once while it is in the cache (a second pass over 100,000 issues
  // was mostly memory waits); a newer copy met later rebuilds its node (rare).
  // A null-prototype object, not a Map: Jira ids are decimal strings, which V8
  // stores as array indexes, several times faster than hashing them in a Map.
  const indexOf: Record<string, number> = Object.create(null) as Record<string, number>;
  // Sized up front (and trimmed below) rather than grown by push: 100,000 pushes regrow it many times.
  const chosen: PmIssue[] = new Array<PmIssue>(issues.length);
  const list: RollupNode[] = new Array<RollupNode>(issues.length);
  let count = 0;
  let extraCopies: Map<number, number> | null = null;
  // Indexed loops throughout: this function runs once per roll-up, mostly
  // before V8 optimises it, where each for-of step allocates an iterator result
  // (about 8 MB of garbage per 100,000 issues when measured).
  for (let n = 0; n < issues.length; n++) {
    const issue = issues[n] as PmIssue;
    const at = indexOf[issue.id];
    if (at === undefined) {
      indexOf[issue.id] = count;
      chosen[count] = issue;
      list[count++] = buildNode(issue, ctx);
      continue;
    }
    extraCopies ??= new Map();
    extraCopies.set(at, (extraCopies.get(at) ?? 0) + 1);
    if (isPreferredCopy(issue, chosen[at] as PmIssue)) {
      chosen[at] = issue;
      list[at] = buildNode(issue, ctx);
    }
  }
  list.length = count;

  // 2. The lookup indexes.
  for (let i = 0; i < count; i++) {
    const node = list[i] as RollupNode;
    const extra = extraCopies?.get(i);
    if (extra !== undefined) node.problems = withProblems(node.problems, { duplicates: extra });
    nodes[node.id] = node;
    indexReferrer(referencedBy, node.refs, node.id);
    const project = projects[node.projectKey];
    if (project === undefined)
      projects[node.projectKey] = {
        projectKey: node.projectKey,
        memberCount: 1,
        childIds: [],
        agg: rollup.portfolio.agg,
      };
    else project.memberCount++;
  }
  for (const key in referencedBy) {
    sortIds(referencedBy[key] as string[]);
    refTargets[key] = [];
  }
  for (let i = 0; i < count; i++) {
    const node = list[i] as RollupNode;
    refTargets[node.key]?.push(node.id);
  }
  for (const key in refTargets) sortIds(refTargets[key] as string[]);

  // 3. Structure: parents as indexes (-1 none, -2 missing), loops broken at their lowest id.
  const parentIndex = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const wanted = (list[i] as RollupNode).requestedParentId;
    parentIndex[i] = wanted === null ? -1 : (indexOf[wanted] ?? -2);
  }
  const breakerLoop = new Map<number, string[]>();
  for (const loop of findCycleIndexes(parentIndex)) {
    const ids = rotateToBreaker(loop.map((i) => (list[i] as RollupNode).id));
    breakerLoop.set(indexOf[ids[0] as string] as number, ids);
  }
  const treeParent = new Int32Array(count).fill(-1);
  // Children per node, counted first so each child list is allocated at its exact size.
  const childCount = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const node = list[i] as RollupNode;
    const p = parentIndex[i] as number;
    const loop = p >= 0 ? breakerLoop.get(i) : undefined;
    if (p >= 0 && loop === undefined) {
      node.parentId = (list[p] as RollupNode).id;
      treeParent[i] = p;
      childCount[p] = (childCount[p] as number) + 1;
      continue;
    }
    if (p === -2) {
      const wanted = node.requestedParentId as string;
      node.problems = withProblems(node.problems, { missingParentId: wanted });
      (orphansByParent[wanted] ??= []).push(node.id);
    } else if (loop !== undefined) node.problems = withProblems(node.problems, { cycle: loop });
    (projects[node.projectKey] as ProjectRollup).childIds.push(node.id);
  }
  const { childStart, childIndexes } = childRanges(list, treeParent, childCount);
  for (const key in orphansByParent) sortIds(orphansByParent[key] as string[]);

  // 4. Readiness needs every node and the key index in place.
  if (ctx.readinessPhases.size > 0) {
    for (let i = 0; i < count; i++) {
      const node = list[i] as RollupNode;
      if (node.phase !== null && ctx.readinessPhases.has(node.phase)) node.readiness = nodeReadiness(node, rollup, ctx);
    }
  }

  // 5. Aggregates, children before parents: a node is ready once all its
  //    children are done (leaves first), tracked with counters, not lookups.
  const pending = childCount;
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < count; i++) if (pending[i] === 0) queue[tail++] = i;
  while (head < tail) {
    const i = queue[head++] as number;
    const node = list[i] as RollupNode;
    node.agg = nodeAggregateAt(
      node,
      rollup,
      ctx,
      list,
      childIndexes,
      childStart[i] as number,
      childStart[i + 1] as number,
    );
    const p = treeParent[i] as number;
    if (p >= 0) {
      pending[p] = (pending[p] as number) - 1;
      if (pending[p] === 0) queue[tail++] = p;
    }
  }
  const projectKeys = Object.keys(projects).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of projectKeys) {
    const p = projects[key] as ProjectRollup;
    sortIds(p.childIds);
    p.agg = projectAggregate(p.childIds, rollup, ctx);
  }
  rollup.portfolio.projectKeys = projectKeys;
  rollup.portfolio.agg = portfolioAggregate(rollup, ctx);
  return rollup;
}
