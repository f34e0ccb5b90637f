import type { RollupContext } from './rollup-context';
import { NO_KPI, NOT_ASSESSED } from './aggregate-parts';
import type { ReadinessAggregate, RollupAggregate } from './rollup-types';

/**
 * Small subtrees (a story with its sub-tasks, a leaf) mostly repeat the same phase counts, status
 * counts, readiness and single KPI: one object per distinct value, shared by every aggregate of
 * the roll-up context that has it, instead of one copy per node. Measured on the bench's 100,000
 * issues: 36,000 phase rows became 4,700, and the roll-up's live heap shrank by about a fifth,
 * which is what its garbage collection and memory writes cost.
 *
 * Sharing is safe because finished aggregates are read-only (leaves already share their one-hot
 * rows); a table only ever hands out a part equal to the one it replaces, so every figure and
 * the JSON stay exactly as they were.
 */
export const SHARE_UP_TO_ISSUES = 16;

type StatusCounts = RollupAggregate['byStatus'];
type KpiAggregate = RollupAggregate['kpi'];

interface PartTables {
  /** byPhase rows by a hash of their counts (one row per hash; a colliding row is just not shared). */
  rows: Map<number, number[]>;
  /** Status counts by their exact key (counts below 1,024 in a small subtree). */
  statuses: Map<number, StatusCounts>;
  /** Readiness of subtrees by their exact counts and level sum. */
  readiness: Map<number, ReadinessAggregate>;
  /** Sets of exactly one KPI, by key and status (totals and status follow from them and the config). */
  kpis: Map<string, KpiAggregate>;
}

let lastContext: RollupContext | null = null;
let lastTables: PartTables | null = null;
const tablesByContext = new WeakMap<RollupContext, PartTables>();

function tablesFor(ctx: RollupContext): PartTables {
  if (ctx === lastContext && lastTables !== null) return lastTables;
  let tables = tablesByContext.get(ctx);
  if (tables === undefined) {
    tables = { rows: new Map(), statuses: new Map(), readiness: new Map(), kpis: new Map() };
    tablesByContext.set(ctx, tables);
  }
  lastContext = ctx;
  lastTables = tables;
  return tables;
}

/** Replaces the finished aggregate's parts by equal shared ones (small subtrees only; mutates `agg`). */
export function shareEqualParts(agg: RollupAggregate, ctx: RollupContext): RollupAggregate {
  if (agg.issues > SHARE_UP_TO_ISSUES) return agg;
  const tables = tablesFor(ctx);
  agg.byPhase = sharedRow(tables.rows, agg.byPhase);
  const s = agg.byStatus;
  const statusKey = s.new + 1024 * (s.indeterminate + 1024 * s.done);
  const status = tables.statuses.get(statusKey);
  if (status === undefined) tables.statuses.set(statusKey, s);
  else agg.byStatus = status;
  const r = agg.readiness;
  if (r !== NOT_ASSESSED && Number.isInteger(r.levelSum)) {
    const key = r.levelSum + 2048 * (r.notReady + 32 * (r.partial + 32 * (r.ready + 32 * r.assessed)));
    const readiness = tables.readiness.get(key);
    if (readiness === undefined) tables.readiness.set(key, r);
    else agg.readiness = readiness;
  }
  const k = agg.kpi;
  if (k !== NO_KPI && k.keys.length === 1) {
    const key = `${k.keys[0] as string} ${k.statuses[0] as string}`;
    const kpi = tables.kpis.get(key);
    if (kpi === undefined) tables.kpis.set(key, k);
    else agg.kpi = kpi;
  }
  return agg;
}

function sharedRow(rows: Map<number, number[]>, row: number[]): number[] {
  let hash = 0;
  for (let i = 0; i < row.length; i++) hash = (Math.imul(hash, 31) + (row[i] as number)) | 0;
  const known = rows.get(hash);
  if (known === undefined) {
    rows.set(hash, row);
    return row;
  }
  if (known.length !== row.length) return row;
  for (let i = 0; i < row.length; i++) if (known[i] !== row[i]) return row;
  return known;
}
