import type { StatusCategory } from '../issue/pm-issue';
import type { RollupContext } from './rollup-context';
import type { ReadinessAggregate, RollupAggregate, ScoreAggregate } from './rollup-types';

/*
 * Zero parts are shared frozen constants until something is added to them
 * (copy on write): most subtrees have no figures for some models, no KPIs or
 * no assessed requirement, and allocating empty objects for them dominated
 * the roll-up's garbage collection.
 */
export const EMPTY_SCORE: ScoreAggregate = Object.freeze({
  scored: 0,
  notScored: 0,
  max: null,
  sum: 0,
  effortWeightedSum: 0,
  effortWeight: 0,
  effortWeighted: null,
});
export const NOT_SCORED: ScoreAggregate = Object.freeze({ ...EMPTY_SCORE, notScored: 1 });
export const NO_KPI: RollupAggregate['kpi'] = Object.freeze({
  onTrack: 0,
  atRisk: 0,
  offTrack: 0,
  noData: 0,
  weightedSum: 0,
  weightTotal: 0,
  keys: Object.freeze([]) as unknown as string[],
  statuses: Object.freeze([]) as unknown as RollupAggregate['kpi']['statuses'],
  status: 'none' as const,
});
export const NOT_ASSESSED: ReadinessAggregate = Object.freeze({
  assessed: 0,
  ready: 0,
  partial: 0,
  notReady: 0,
  levelSum: 0,
  meanLevel: null,
});

export const BY_STATUS: Record<StatusCategory, Readonly<Record<StatusCategory, number>>> = {
  new: Object.freeze({ new: 1, indeterminate: 0, done: 0 }),
  indeterminate: Object.freeze({ new: 0, indeterminate: 1, done: 0 }),
  done: Object.freeze({ new: 0, indeterminate: 0, done: 1 }),
};

/** A packed array of small integers (not `new Array(n).fill(0)`, which is holey and slower to add into). */
export function zeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

/**
 * Rows shared by the aggregates of one roll-up context. Not frozen: frozen
 * arrays have their own elements kind, which makes copying them slow and
 * `addAggregate` polymorphic. Never mutated.
 */
export interface SharedRows {
  /** One-hot phase rows, by phase column. */
  phase: number[][];
  /** Template for a fresh byPhase row (copied, never used as is). */
  zeroPhase: number[];
  /** All-empty score row. */
  emptyScores: ScoreAggregate[];
  /**
   * Interned aggregates of plain leaves (no score, KPI or readiness), keyed by
   * phase column, status and staleness, then effort (-1 for none). Most leaves
   * are sub-tasks and strategic items sharing a handful of these.
   */
  plainLeaves: Map<number, RollupAggregate>[];
}

let lastContext: RollupContext | null = null;
let lastRows: SharedRows | null = null;
const rowsByContext = new WeakMap<RollupContext, SharedRows>();

/** The shared rows of a context (the last one is cached: every leaf asks). */
export function sharedRowsFor(ctx: RollupContext): SharedRows {
  if (ctx === lastContext && lastRows !== null) return lastRows;
  let rows = rowsByContext.get(ctx);
  if (rows === undefined) {
    const width = ctx.phaseIds.length + 1;
    rows = {
      phase: Array.from({ length: width }, (_, p) => {
        const row = zeros(width);
        row[p] = 1;
        return row;
      }),
      zeroPhase: zeros(width),
      emptyScores: ctx.models.map(() => EMPTY_SCORE),
      plainLeaves: Array.from({ length: width * 6 }, () => new Map<number, RollupAggregate>()),
    };
    rowsByContext.set(ctx, rows);
  }
  lastContext = ctx;
  lastRows = rows;
  return rows;
}
