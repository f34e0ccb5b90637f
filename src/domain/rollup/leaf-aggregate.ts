import type { StatusCategory } from '../issue/pm-issue';
import { kpiStatusFromTotals } from '../kpi/roll-up-kpi-statuses';
import { BY_STATUS, NO_KPI, NOT_ASSESSED, NOT_SCORED, sharedRowsFor, type SharedRows } from './aggregate-parts';
import { addKpiSetTotals } from './kpi-set';
import { addOwnKpis, hasOwnKpis, phaseColumn } from './own-figures';
import type { RollupContext } from './rollup-context';
import { shareEqualParts } from './shared-parts';
import type { PortfolioRollup, ReadinessAggregate, RollupAggregate, RollupNode, ScoreAggregate } from './rollup-types';

/** Distinct efforts interned per (phase, status, staleness) before plain leaves get their own aggregate. */
const MAX_INTERNED_EFFORTS = 64;

/**
 * The aggregate of a node without children: its own figures only. Shares the
 * frozen zero parts and one-hot rows, and plain leaves (no score, KPI or
 * readiness: most sub-tasks and strategic items) share one interned
 * aggregate per phase, status, staleness and effort. The figures equal the
 * general path's (a unit test compares the two).
 */
export function leafAggregate(node: RollupNode, rollup: PortfolioRollup, ctx: RollupContext): RollupAggregate {
  const rows = sharedRowsFor(ctx);
  const scores = leafScores(node, rows);
  const plain = scores === rows.emptyScores && node.readiness === null && !hasOwnKpis(node);
  if (!plain) return shareEqualParts(buildLeafAggregate(node, rollup, ctx, rows, scores), ctx);
  const column = phaseColumn(node, ctx);
  const status = node.statusCategory === 'new' ? 0 : node.statusCategory === 'indeterminate' ? 1 : 2;
  const interned = rows.plainLeaves[(column * 3 + status) * 2 + (node.stale ? 1 : 0)] as Map<number, RollupAggregate>;
  const effortKey = node.effort ?? -1;
  let agg = interned.get(effortKey);
  if (agg === undefined) {
    agg = buildLeafAggregate(node, rollup, ctx, rows, scores);
    if (interned.size < MAX_INTERNED_EFFORTS) interned.set(effortKey, agg);
  }
  return agg;
}

function leafScores(node: RollupNode, rows: SharedRows): ScoreAggregate[] {
  let scores = rows.emptyScores;
  const effort = node.effort;
  for (let m = 0; m < node.scores.length; m++) {
    const v = node.scores[m];
    if (v === null || v === undefined) continue;
    if (scores === rows.emptyScores) scores = rows.emptyScores.slice();
    if (v === 'not-scored') scores[m] = NOT_SCORED;
    else {
      const weighted = effort !== null && effort > 0;
      const effortWeightedSum = weighted ? v * effort : 0;
      const effortWeight = weighted ? effort : 0;
      scores[m] = {
        scored: 1,
        notScored: 0,
        max: v,
        sum: v,
        effortWeightedSum,
        effortWeight,
        effortWeighted: effortWeight > 0 ? effortWeightedSum / effortWeight : null,
      };
    }
  }
  return scores;
}

function buildLeafAggregate(
  node: RollupNode,
  rollup: PortfolioRollup,
  ctx: RollupContext,
  rows: SharedRows,
  scores: ScoreAggregate[],
): RollupAggregate {
  const effort = node.effort;
  const done = node.statusCategory === 'done';
  const effortTotal = effort === null ? 0 : effort;
  const effortDone = effort !== null && done ? effort : 0;
  let kpi: RollupAggregate['kpi'] = NO_KPI;
  if (hasOwnKpis(node)) {
    kpi = {
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
    addOwnKpis(kpi, node, rollup);
    addKpiSetTotals(kpi, kpi, ctx.config.kpi.weights);
    kpi.status = kpiStatusFromTotals(kpi, ctx.config.kpi.rollup);
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
    units: 1,
    unitsDone: done ? 1 : 0,
    progressByCount: done ? 1 : 0,
    progressByEffort: effortTotal > 0 ? effortDone / effortTotal : null,
    scores,
    kpi,
    readiness,
    stale: node.stale ? 1 : 0,
  };
}
