import type { StatusCategory } from '../issue/pm-issue';
import { addKpiStatus, emptyKpiTotals, kpiStatusFromTotals, type KpiTotals } from '../kpi/roll-up-kpi-statuses';
import { resolveKey } from './resolve-key';
import type { RollupContext } from './rollup-context';
import type { PortfolioRollup, ReadinessAggregate, RollupAggregate, RollupNode, ScoreAggregate } from './rollup-types';

/**
 * Aggregate arithmetic. A node's aggregate is always rebuilt as "own figures,
 * then each child's aggregate added in child-id order, then derived ratios".
 * Full and incremental roll-ups both go through `nodeAggregate`, so they add
 * the same floating-point numbers in the same order and agree exactly.
 */
export function emptyAggregate(phaseCount: number, modelCount: number): RollupAggregate {
  const scores: ScoreAggregate[] = [];
  for (let m = 0; m < modelCount; m++) scores.push(EMPTY_SCORE);
  return {
    issues: 0,
    byPhase: zeros(phaseCount + 1),
    byStatus: { new: 0, indeterminate: 0, done: 0 },
    effortTotal: 0,
    effortDone: 0,
    unestimated: 0,
    progressByCount: null,
    progressByEffort: null,
    scores,
    kpi: NO_KPI,
    readiness: NOT_ASSESSED,
    stale: 0,
  };
}

/*
 * Zero parts are shared frozen constants until something is added to them
 * (copy on write): most subtrees have no figures for some models, no KPIs or
 * no assessed requirement, and allocating empty objects for them dominated
 * the roll-up's garbage collection.
 */
const EMPTY_SCORE: ScoreAggregate = Object.freeze({ scored: 0, notScored: 0, max: null, sum: 0, effortWeightedSum: 0, effortWeight: 0, effortWeighted: null });
const NOT_SCORED: ScoreAggregate = Object.freeze({ ...EMPTY_SCORE, notScored: 1 });
const NO_KPI: RollupAggregate['kpi'] = Object.freeze({ onTrack: 0, atRisk: 0, offTrack: 0, noData: 0, weightedSum: 0, weightTotal: 0, status: 'none' as const });
const NOT_ASSESSED: ReadinessAggregate = Object.freeze({ assessed: 0, ready: 0, partial: 0, notReady: 0, levelSum: 0, meanLevel: null });

function writableScore(agg: RollupAggregate, m: number): ScoreAggregate {
  const s = agg.scores[m] as ScoreAggregate;
  if (s !== EMPTY_SCORE && s !== NOT_SCORED) return s;
  const copy = { ...s };
  agg.scores[m] = copy;
  return copy;
}

function writableKpi(agg: RollupAggregate): RollupAggregate['kpi'] {
  if (agg.kpi === NO_KPI) agg.kpi = { ...NO_KPI };
  return agg.kpi;
}

function writableReadiness(agg: RollupAggregate): ReadinessAggregate {
  if (agg.readiness === NOT_ASSESSED) agg.readiness = { ...NOT_ASSESSED };
  return agg.readiness;
}

/** A packed array of small integers (not `new Array(n).fill(0)`, which is holey and slower to add into). */
function zeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
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
  const sk = src.kpi;
  if (sk !== NO_KPI) {
    const dk = writableKpi(dst);
    dk.onTrack += sk.onTrack;
    dk.atRisk += sk.atRisk;
    dk.offTrack += sk.offTrack;
    dk.noData += sk.noData;
    dk.weightedSum += sk.weightedSum;
    dk.weightTotal += sk.weightTotal;
  }
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
  agg.progressByCount = agg.issues > 0 ? agg.byStatus.done / agg.issues : null;
  agg.progressByEffort = agg.effortTotal > 0 ? agg.effortDone / agg.effortTotal : null;
  for (const s of agg.scores) if (s !== EMPTY_SCORE && s !== NOT_SCORED) s.effortWeighted = s.effortWeight > 0 ? s.effortWeightedSum / s.effortWeight : null;
  if (agg.kpi !== NO_KPI) agg.kpi.status = kpiStatusFromTotals(agg.kpi, ctx.config.kpi.rollup);
  if (agg.readiness !== NOT_ASSESSED) agg.readiness.meanLevel = agg.readiness.assessed > 0 ? agg.readiness.levelSum / agg.readiness.assessed : null;
  return agg;
}

/**
 * A node's subtree aggregate from its own figures and its children's
 * aggregates. Leaves (most nodes) take a fast path that shares frozen
 * constants for their zero parts; the figures are the same as the general
 * path would give (a unit test compares the two).
 */
export function nodeAggregate(node: RollupNode, rollup: PortfolioRollup, ctx: RollupContext): RollupAggregate {
  if (node.childIds.length === 0) return leafAggregate(node, rollup, ctx);
  const agg = emptyAggregate(ctx.phaseIds.length, ctx.models.length);
  addOwnFigures(agg, node, rollup, ctx);
  const children = node.childIds;
  for (let i = 0; i < children.length; i++) {
    const child = rollup.nodes[children[i] as string];
    if (child) addAggregate(agg, child.agg);
  }
  return finishAggregate(agg, ctx);
}

/** The general path for a node's own figures, added into a fresh aggregate. */
export function addOwnFigures(agg: RollupAggregate, node: RollupNode, rollup: PortfolioRollup, ctx: RollupContext): void {
  agg.issues += 1;
  const p = phaseColumn(node, ctx);
  agg.byPhase[p] = (agg.byPhase[p] as number) + 1;
  agg.byStatus[node.statusCategory] += 1;
  const effort = node.effort;
  if (effort === null) agg.unestimated += 1;
  else {
    agg.effortTotal += effort;
    if (node.statusCategory === 'done') agg.effortDone += effort;
  }
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
  if (hasOwnKpis(node)) addOwnKpis(writableKpi(agg), node, rollup, ctx);
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

function phaseColumn(node: RollupNode, ctx: RollupContext): number {
  return node.phase === null ? ctx.unmappedIndex : (ctx.phaseIndex.get(node.phase) ?? ctx.unmappedIndex);
}

function hasOwnKpis(node: RollupNode): boolean {
  return node.kpiStatus !== null || node.refs.kpiKeys.length > 0;
}

function addOwnKpis(totals: KpiTotals, node: RollupNode, rollup: PortfolioRollup, ctx: RollupContext): void {
  const weights = ctx.config.kpi.weights;
  if (node.kpiStatus !== null) addKpiStatus(totals, node.kpiStatus, weights[node.key] ?? 1);
  const kpiKeys = node.refs.kpiKeys;
  for (let i = 0; i < kpiKeys.length; i++) {
    const key = kpiKeys[i] as string;
    addKpiStatus(totals, resolveKey(rollup, key)?.kpiStatus ?? 'no-data', weights[key] ?? 1);
  }
}

const BY_STATUS: Record<StatusCategory, Readonly<Record<StatusCategory, number>>> = {
  new: Object.freeze({ new: 1, indeterminate: 0, done: 0 }),
  indeterminate: Object.freeze({ new: 0, indeterminate: 1, done: 0 }),
  done: Object.freeze({ new: 0, indeterminate: 0, done: 1 }),
};

/** One-hot phase rows and all-empty score rows, shared by every leaf of a roll-up. */
const sharedRows = new WeakMap<RollupContext, { phase: number[][]; emptyScores: ScoreAggregate[] }>();
function rowsFor(ctx: RollupContext): { phase: number[][]; emptyScores: ScoreAggregate[] } {
  let rows = sharedRows.get(ctx);
  if (rows === undefined) {
    const width = ctx.phaseIds.length + 1;
    rows = {
      // Not frozen: frozen arrays have their own elements kind, which would make addAggregate polymorphic.
      phase: Array.from({ length: width }, (_, p) => {
        const row = zeros(width);
        row[p] = 1;
        return row;
      }),
      emptyScores: Object.freeze(new Array(ctx.models.length).fill(EMPTY_SCORE)) as ScoreAggregate[],
    };
    sharedRows.set(ctx, rows);
  }
  return rows;
}

function leafAggregate(node: RollupNode, rollup: PortfolioRollup, ctx: RollupContext): RollupAggregate {
  const rows = rowsFor(ctx);
  const effort = node.effort;
  const done = node.statusCategory === 'done';
  const effortTotal = effort === null ? 0 : effort;
  const effortDone = effort !== null && done ? effort : 0;
  let scores = rows.emptyScores;
  for (let m = 0; m < node.scores.length; m++) {
    const v = node.scores[m];
    if (v === null || v === undefined) continue;
    if (scores === rows.emptyScores) scores = rows.emptyScores.slice();
    if (v === 'not-scored') scores[m] = NOT_SCORED;
    else {
      const weighted = effort !== null && effort > 0;
      const effortWeightedSum = weighted ? v * effort : 0;
      const effortWeight = weighted ? effort : 0;
      scores[m] = { scored: 1, notScored: 0, max: v, sum: v, effortWeightedSum, effortWeight, effortWeighted: effortWeight > 0 ? effortWeightedSum / effortWeight : null };
    }
  }
  let kpi: RollupAggregate['kpi'] = NO_KPI;
  if (hasOwnKpis(node)) {
    const totals = emptyKpiTotals();
    addOwnKpis(totals, node, rollup, ctx);
    kpi = { ...totals, status: kpiStatusFromTotals(totals, ctx.config.kpi.rollup) };
  }
  const r = node.readiness;
  const readiness: ReadinessAggregate =
    r === null
      ? NOT_ASSESSED
      : {
          assessed: 1,
          ready: r.state === 'ready' ? 1 : 0,
          partial: r.state === 'partial' ? 1 : 0,
          notReady: r.state === 'not-ready' ? 1 : 0,
          levelSum: r.level,
          meanLevel: r.level / 1,
        };
  return {
    issues: 1,
    byPhase: rows.phase[phaseColumn(node, ctx)] as number[],
    byStatus: BY_STATUS[node.statusCategory] as Record<StatusCategory, number>,
    effortTotal,
    effortDone,
    unestimated: effort === null ? 1 : 0,
    progressByCount: done ? 1 : 0,
    progressByEffort: effortTotal > 0 ? effortDone / effortTotal : null,
    scores,
    kpi,
    readiness,
    stale: node.stale ? 1 : 0,
  };
}

/** A project's aggregate: the sum of its top-level issues' aggregates. */
export function projectAggregate(childIds: readonly string[], rollup: PortfolioRollup, ctx: RollupContext): RollupAggregate {
  const agg = emptyAggregate(ctx.phaseIds.length, ctx.models.length);
  for (const id of childIds) {
    const child = rollup.nodes[id];
    if (child) addAggregate(agg, child.agg);
  }
  return finishAggregate(agg, ctx);
}

/** The portfolio aggregate: the sum of the projects' aggregates, in project-key order. */
export function portfolioAggregate(rollup: PortfolioRollup, ctx: RollupContext): RollupAggregate {
  const agg = emptyAggregate(ctx.phaseIds.length, ctx.models.length);
  for (const key of rollup.portfolio.projectKeys) {
    const p = rollup.projects[key];
    if (p) addAggregate(agg, p.agg);
  }
  return finishAggregate(agg, ctx);
}
