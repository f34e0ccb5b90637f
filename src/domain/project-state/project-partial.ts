import type { MoscowCategory, StatusCategory } from '../issue/pm-issue';
import { addKpiStatus, emptyKpiTotals, type KpiTotals } from '../kpi/roll-up-kpi-statuses';
import { countsOwnEffort } from '../rollup/counted-effort';
import type { RollupContext } from '../rollup/rollup-context';
import type { IssueFacts } from './issue-facts';

/** One model's additive score figures: [scored, notScored, max, sum, effortWeightedSum, effortWeight]. */
export type ScorePartial = [number, number, number | null, number, number, number];

/**
 * Additive figures of a set of issues (a shard, a group of shards, a
 * project). Partials are summed in a fixed order (shard index, then up a
 * fixed-fanout tree), so an incrementally updated project and a full build
 * add the same numbers in the same order and agree exactly.
 */
export interface ProjectPartial {
  issues: number;
  /** Counts by phase column (the context's phases, then unmapped) x status category (new, indeterminate, done). */
  phaseStatus: number[];
  effortTotal: number;
  effortDone: number;
  unestimated: number;
  /** Aligned with the context's score models. */
  scores: ScorePartial[];
  /** Highest-scored issue per model: [key, value], ties to the lower key. */
  top: ([string, number] | null)[];
  /** KPI issues of the set, each once, by its own status. */
  kpi: KpiTotals;
  /** [assessed, ready, partial, notReady, levelSum] over issues in readiness phases. */
  readiness: [number, number, number, number, number];
  /** Issues without children (units of work), and those done. */
  units: number;
  unitsDone: number;
  requirements: number;
  stale: number;
  /** Usable effort of requirements by MoSCoW category: must, should, could (won't has no capacity). */
  moscowEffort: [number, number, number];
  /** Requirements carrying a MoSCoW category. */
  moscowItems: number;
}

const MOSCOW_COLUMN: Partial<Record<MoscowCategory, 0 | 1 | 2>> = { must: 0, should: 1, could: 2 };
const STATUS_INDEX: Record<StatusCategory, number> = { new: 0, indeterminate: 1, done: 2 };

export function emptyPartial(ctx: RollupContext): ProjectPartial {
  return {
    issues: 0,
    phaseStatus: new Array<number>((ctx.phaseIds.length + 1) * 3).fill(0),
    effortTotal: 0,
    effortDone: 0,
    unestimated: 0,
    scores: ctx.models.map((): ScorePartial => [0, 0, null, 0, 0, 0]),
    top: ctx.models.map(() => null),
    kpi: emptyKpiTotals(),
    readiness: [0, 0, 0, 0, 0],
    units: 0,
    unitsDone: 0,
    requirements: 0,
    stale: 0,
    moscowEffort: [0, 0, 0],
    moscowItems: 0,
  };
}

const better = (a: [string, number] | null, b: [string, number] | null): [string, number] | null =>
  a === null ? b : b === null ? a : b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a;

/** Adds one issue's own figures into `p`. */
export function addFacts(p: ProjectPartial, f: IssueFacts, ctx: RollupContext): void {
  p.issues += 1;
  const column = f.phase === null ? ctx.unmappedIndex : (ctx.phaseIndex.get(f.phase) ?? ctx.unmappedIndex);
  const cell = column * 3 + STATUS_INDEX[f.status];
  p.phaseStatus[cell] = (p.phaseStatus[cell] as number) + 1;
  const done = f.status === 'done';
  if (!f.hasChildren) {
    p.units += 1;
    if (done) p.unitsDone += 1;
  }
  if (f.effort === null) p.unestimated += 1;
  // Effort counted once: a story's own effort only when its sub-tasks carry none.
  if (countsOwnEffort(f.effort, f.effortBelow)) {
    p.effortTotal += f.effort;
    if (done) p.effortDone += f.effort;
  }
  for (let m = 0; m < f.scores.length; m++) {
    const v = f.scores[m];
    if (v === null || v === undefined) continue;
    const s = p.scores[m] as ScorePartial;
    if (v === 'not-scored') {
      s[1] += 1;
      continue;
    }
    s[0] += 1;
    if (s[2] === null || v > s[2]) s[2] = v;
    s[3] += v;
    if (f.effort !== null && f.effort > 0) {
      s[4] += v * f.effort;
      s[5] += f.effort;
    }
    p.top[m] = better(p.top[m] ?? null, [f.key, v]);
  }
  if (f.kpiStatus !== null) addKpiStatus(p.kpi, f.kpiStatus, ctx.config.kpi.weights[f.key] ?? 1);
  const r = f.readiness;
  if (r !== null) {
    p.readiness[0] += 1;
    if (r.state === 'ready') p.readiness[1] += 1;
    else if (r.state === 'partial') p.readiness[2] += 1;
    else p.readiness[3] += 1;
    p.readiness[4] += r.level;
  }
  if (f.requirement) {
    p.requirements += 1;
    if (f.moscow !== null) {
      p.moscowItems += 1;
      const at = MOSCOW_COLUMN[f.moscow];
      if (at !== undefined && f.effort !== null) p.moscowEffort[at] += f.effort;
    }
  }
  if (f.stale) p.stale += 1;
}

/** Adds `src` into `dst` (same context). */
export function addPartial(dst: ProjectPartial, src: ProjectPartial): void {
  dst.issues += src.issues;
  for (let i = 0; i < dst.phaseStatus.length; i++)
    dst.phaseStatus[i] = (dst.phaseStatus[i] as number) + (src.phaseStatus[i] ?? 0);
  dst.effortTotal += src.effortTotal;
  dst.effortDone += src.effortDone;
  dst.unestimated += src.unestimated;
  for (let m = 0; m < dst.scores.length; m++) {
    const d = dst.scores[m] as ScorePartial;
    const s = src.scores[m] as ScorePartial;
    d[0] += s[0];
    d[1] += s[1];
    if (s[2] !== null && (d[2] === null || s[2] > d[2])) d[2] = s[2];
    d[3] += s[3];
    d[4] += s[4];
    d[5] += s[5];
    dst.top[m] = better(dst.top[m] ?? null, src.top[m] ?? null);
  }
  const dk = dst.kpi;
  const sk = src.kpi;
  dk.onTrack += sk.onTrack;
  dk.atRisk += sk.atRisk;
  dk.offTrack += sk.offTrack;
  dk.noData += sk.noData;
  dk.weightedSum += sk.weightedSum;
  dk.weightTotal += sk.weightTotal;
  for (let i = 0; i < 5; i++) dst.readiness[i] = (dst.readiness[i] as number) + (src.readiness[i] as number);
  dst.units += src.units;
  dst.unitsDone += src.unitsDone;
  dst.requirements += src.requirements;
  dst.stale += src.stale;
  for (let i = 0; i < 3; i++) dst.moscowEffort[i] = (dst.moscowEffort[i] as number) + (src.moscowEffort[i] as number);
  dst.moscowItems += src.moscowItems;
}

/** The partial of a list of facts, in list order. */
export function partialOf(facts: readonly IssueFacts[], ctx: RollupContext): ProjectPartial {
  const p = emptyPartial(ctx);
  for (const f of facts) addFacts(p, f, ctx);
  return p;
}

/** The sum of partials, in list order. */
export function sumPartials(parts: readonly ProjectPartial[], ctx: RollupContext): ProjectPartial {
  const p = emptyPartial(ctx);
  for (const part of parts) addPartial(p, part);
  return p;
}
