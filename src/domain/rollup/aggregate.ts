import { kpiStatusFromTotals } from '../kpi/roll-up-kpi-statuses';
import { EMPTY_SCORE, NO_KPI, NOT_ASSESSED, NOT_SCORED, sharedRowsFor, zeros } from './aggregate-parts';
import { leafAggregate } from './leaf-aggregate';
import { addKpiSetTotals, mergeKpiSet } from './kpi-set';
import { countsOwnEffort } from './counted-effort';
import { addOwnKpis, hasOwnKpis, phaseColumn } from './own-figures';
import type { RollupContext } from './rollup-context';
import { shareEqualParts } from './shared-parts';
import type { PortfolioRollup, ReadinessAggregate, RollupAggregate, RollupNode, ScoreAggregate } from './rollup-types';

/**
 * Aggregate arithmetic. A node's aggregate is always rebuilt as "own figures,
 * then each child's aggregate added in child-id order, then the node's own
 * effort when its children have none, then derived ratios". Full and
 * incremental roll-ups both go through `nodeAggregate`, so they add the same
 * floating-point numbers in the same order and agree exactly.
 *
 * Counting rules (issue 12): progress by count is over units of work, the
 * issues without children (a parent is not one of its own units); effort is
 * counted once (a node's own effort only when its children's subtrees have
 * none, see `addOwnEffort`); each distinct KPI counts once per subtree
 * however many of its issues link it (`kpi-set.ts`).
 */
export function emptyAggregate(phaseCount: number, modelCount: number): RollupAggregate {
  return aggregateFrom(zeros(phaseCount + 1), new Array<ScoreAggregate>(modelCount).fill(EMPTY_SCORE));
}

/** An empty aggregate for a roll-up context: copies of shared templates (a plain copy is V8's fastest allocation). */
function freshAggregate(ctx: RollupContext): RollupAggregate {
  const rows = sharedRowsFor(ctx);
  return aggregateFrom(rows.zeroPhase.slice(), rows.emptyScores.slice());
}

function aggregateFrom(byPhase: number[], scores: ScoreAggregate[]): RollupAggregate {
  return {
    issues: 0,
    byPhase,
    byStatus: { new: 0, indeterminate: 0, done: 0 },
    effortTotal: 0,
    effortDone: 0,
    unestimated: 0,
    units: 0,
    unitsDone: 0,
    progressByCount: null,
    progressByEffort: null,
    scores,
    kpi: NO_KPI,
    readiness: NOT_ASSESSED,
    stale: 0,
  };
}

function writableScore(agg: RollupAggregate, m: number): ScoreAggregate {
  const s = agg.scores[m] as ScoreAggregate;
  if (s !== EMPTY_SCORE && s !== NOT_SCORED) return s;
  // A literal, not a spread of the frozen constant: the spreads showed up in the roll-up's profile.
  const copy: ScoreAggregate = {
    scored: s.scored,
    notScored: s.notScored,
    max: s.max,
    sum: s.sum,
    effortWeightedSum: s.effortWeightedSum,
    effortWeight: s.effortWeight,
    effortWeighted: s.effortWeighted,
  };
  agg.scores[m] = copy;
  return copy;
}

function writableKpi(agg: RollupAggregate): RollupAggregate['kpi'] {
  // The shared empty arrays are replaced by the set's own on its first entry (kpi-set.ts).
  if (agg.kpi === NO_KPI)
    agg.kpi = {
      onTrack: 0,
      atRisk: 0,
      offTrack: 0,
      noData: 0,
      weightedSum: 0,
      weightTotal: 0,
      keys: NO_KPI.keys,
      statuses: NO_KPI.statuses,
      status: 'none',
    };
  return agg.kpi;
}

function writableReadiness(agg: RollupAggregate): ReadinessAggregate {
  if (agg.readiness === NOT_ASSESSED)
    agg.readiness = { assessed: 0, ready: 0, partial: 0, notReady: 0, levelSum: 0, meanLevel: null };
  return agg.readiness;
}

/** Adds `src`'s additive fields into `dst` (derived fields are recomputed by `finishAggregate`). */
export function addAggregate(dst: RollupAggregate, src: RollupAggregate): void {
  dst.issues += src.issues;
  const bp = dst.byPhase;
  const sp = src.byPhase;
  for (let i = 0; i < bp.length; i++) bp[i] = (bp[i] as number) + (sp[i] as number);
  dst.byStatus.new += src.byStatus.new;
  dst.byStatus.indeterminate += src.byStatus.indeterminate;
  dst.byStatus.done += src.byStatus.done;
  dst.effortTotal += src.effortTotal;
  dst.effortDone += src.effortDone;
  dst.unestimated += src.unestimated;
  dst.units += src.units;
  dst.unitsDone += src.unitsDone;
  for (let m = 0; m < dst.scores.length; m++) {
    const sc = src.scores[m] as ScoreAggregate;
    if (sc === EMPTY_SCORE) continue;
    const d = writableScore(dst, m);
    d.scored += sc.scored;
    d.notScored += sc.notScored;
    if (sc.max !== null && (d.max === null || sc.max > d.max)) d.max = sc.max;
    d.sum += sc.sum;
    d.effortWeightedSum += sc.effortWeightedSum;
    d.effortWeight += sc.effortWeight;
  }
  // KPIs are a set, not a sum: a KPI linked in two children counts once (totals in finishAggregate).
  const sk = src.kpi;
  if (sk !== NO_KPI) mergeKpiSet(writableKpi(dst), sk);
  const sr = src.readiness;
  if (sr !== NOT_ASSESSED) {
    const dr = writableReadiness(dst);
    dr.assessed += sr.assessed;
    dr.ready += sr.ready;
    dr.partial += sr.partial;
    dr.notReady += sr.notReady;
    dr.levelSum += sr.levelSum;
  }
  dst.stale += src.stale;
}

export function finishAggregate(agg: RollupAggregate, ctx: RollupContext): RollupAggregate {
  agg.progressByCount = agg.units > 0 ? agg.unitsDone / agg.units : null;
  agg.progressByEffort = agg.effortTotal > 0 ? agg.effortDone / agg.effortTotal : null;
  for (const s of agg.scores)
    if (s !== EMPTY_SCORE && s !== NOT_SCORED)
      s.effortWeighted = s.effortWeight > 0 ? s.effortWeightedSum / s.effortWeight : null;
  const k = agg.kpi;
  if (k !== NO_KPI) {
    k.onTrack = 0;
    k.atRisk = 0;
    k.offTrack = 0;
    k.noData = 0;
    k.weightedSum = 0;
    k.weightTotal = 0;
    addKpiSetTotals(k, k, ctx.config.kpi.weights);
    k.status = kpiStatusFromTotals(k, ctx.config.kpi.rollup);
  }
  if (agg.readiness !== NOT_ASSESSED)
    agg.readiness.meanLevel = agg.readiness.assessed > 0 ? agg.readiness.levelSum / agg.readiness.assessed : null;
  return agg;
}

/**
 * A node's subtree aggregate from its own figures and its children's
 * aggregates. Leaves (most nodes) take a fast path that shares frozen
 * constants for their zero parts; the figures are the same as the general
 * path would give (a unit test compares the two). Small subtrees share equal
 * parts with each other (`shared-parts.ts`).
 */
export function nodeAggregate(node: RollupNode, rollup: PortfolioRollup, ctx: RollupContext): RollupAggregate {
  if (node.childIds.length === 0) return leafAggregate(node, rollup, ctx);
  const agg = freshAggregate(ctx);
  addOwnFigures(agg, node, rollup, ctx);
  const children = node.childIds;
  for (let i = 0; i < children.length; i++) {
    const child = rollup.nodes[children[i] as string];
    if (child) addAggregate(agg, child.agg);
  }
  addOwnEffort(agg, node);
  return shareEqualParts(finishAggregate(agg, ctx), ctx);
}

/**
 * `nodeAggregate` for the full roll-up, which knows where the children are:
 * `list[childIndexes[k]]` for k in [from, to), in child-id order. The same
 * additions in the same order, without looking each child up by id.
 */
export function nodeAggregateAt(
  node: RollupNode,
  rollup: PortfolioRollup,
  ctx: RollupContext,
  list: readonly RollupNode[],
  childIndexes: Int32Array,
  from: number,
  to: number,
): RollupAggregate {
  if (from === to) return leafAggregate(node, rollup, ctx);
  const agg = freshAggregate(ctx);
  addOwnFigures(agg, node, rollup, ctx);
  for (let k = from; k < to; k++) addAggregate(agg, (list[childIndexes[k] as number] as RollupNode).agg);
  addOwnEffort(agg, node);
  return shareEqualParts(finishAggregate(agg, ctx), ctx);
}

/**
 * The general path for a node's own figures, added into a fresh aggregate:
 * everything but its own effort, which `addOwnEffort` adds once the children
 * are in. A node without children is one unit of work (done or not); a
 * parent is none.
 */
export function addOwnFigures(
  agg: RollupAggregate,
  node: RollupNode,
  rollup: PortfolioRollup,
  ctx: RollupContext,
): void {
  agg.issues += 1;
  const p = phaseColumn(node, ctx);
  agg.byPhase[p] = (agg.byPhase[p] as number) + 1;
  const byStatus = agg.byStatus;
  // A switch, not byStatus[category]: the keyed store showed up in the roll-up's profile.
  switch (node.statusCategory) {
    case 'new':
      byStatus.new += 1;
      break;
    case 'indeterminate':
      byStatus.indeterminate += 1;
      break;
    default:
      byStatus.done += 1;
  }
  if (node.childIds.length === 0) {
    agg.units += 1;
    if (node.statusCategory === 'done') agg.unitsDone += 1;
  }
  const effort = node.effort;
  if (effort === null) agg.unestimated += 1;
  for (let m = 0; m < node.scores.length; m++) {
    const v = node.scores[m];
    if (v === null || v === undefined) continue;
    const s = writableScore(agg, m);
    if (v === 'not-scored') s.notScored += 1;
    else {
      s.scored += 1;
      if (s.max === null || v > s.max) s.max = v;
      s.sum += v;
      if (effort !== null && effort > 0) {
        s.effortWeightedSum += v * effort;
        s.effortWeight += effort;
      }
    }
  }
  if (hasOwnKpis(node)) addOwnKpis(writableKpi(agg), node, rollup);
  const r = node.readiness;
  if (r !== null) {
    const ra = writableReadiness(agg);
    ra.assessed += 1;
    ra.levelSum += r.level;
    if (r.state === 'ready') ra.ready += 1;
    else if (r.state === 'partial') ra.partial += 1;
    else ra.notReady += 1;
  }
  if (node.stale) agg.stale += 1;
}

/**
 * A node's own effort, counted once: added (to the total, and to the done part when the node is
 * done) only when its children's subtrees, already added to `agg`, have no effort (sum 0). So
 * effort entered on both a story and its sub-tasks counts the sub-tasks' (the finer estimate), and
 * a story whose sub-tasks are not estimated keeps its own. Score weights still use the node's own
 * effort (they weight the node's score, not the subtree's work).
 *
 * @example
 * // story 5 (in progress) with sub-tasks 2 (done) and 3: effortTotal 5, effortDone 2 (was 10 and 2)
 */
export function addOwnEffort(agg: RollupAggregate, node: RollupNode): void {
  const effort = node.effort;
  // The children's subtrees have effort (sum above 0) exactly when something below carries effort.
  if (!countsOwnEffort(effort, agg.effortTotal !== 0)) return;
  agg.effortTotal += effort;
  if (node.statusCategory === 'done') agg.effortDone += effort;
}

/** A project's aggregate: the sum of its top-level issues' aggregates. */
export function projectAggregate(
  childIds: readonly string[],
  rollup: PortfolioRollup,
  ctx: RollupContext,
): RollupAggregate {
  const agg = freshAggregate(ctx);
  for (const id of childIds) {
    const child = rollup.nodes[id];
    if (child) addAggregate(agg, child.agg);
  }
  return finishAggregate(agg, ctx);
}

/** The portfolio aggregate: the sum of the projects' aggregates, in project-key order. */
export function portfolioAggregate(rollup: PortfolioRollup, ctx: RollupContext): RollupAggregate {
  const agg = freshAggregate(ctx);
  for (const key of rollup.portfolio.projectKeys) {
    const p = rollup.projects[key];
    if (p) addAggregate(agg, p.agg);
  }
  return finishAggregate(agg, ctx);
}
