import type { KpiStatusValue } from '../kpi/kpi-status';
import { addKpiStatus, type KpiTotals } from '../kpi/roll-up-kpi-statuses';

/**
 * The distinct KPIs of a subtree, so a roll-up counts each KPI once however
 * many of its issues link it (ten stories linking one KPI are one KPI, not
 * ten). Keys are sorted with their statuses alongside (parallel arrays, plain
 * JSON). A KPI's status is the one captured when the issue that defines or
 * links it was aggregated, so a subtree's figures still depend only on its
 * nodes, and a full and an incremental roll-up agree.
 *
 * The same key met twice normally carries the same status; only duplicated
 * issue keys can disagree, and then the worse status is kept (off track >
 * at risk > on track > no data), whatever the order.
 *
 * A set starts with shared empty arrays and gets arrays of its own on its
 * first entry (exactly sized: a story's one KPI costs two one-element
 * arrays); a finished set is never changed again, so a parent copies the
 * first child's arrays rather than sharing them.
 *
 * @example
 * const set = { keys: [], statuses: [] };
 * addKpiEntry(set, 'APP-5', 'at-risk'); addKpiEntry(set, 'APP-5', 'at-risk'); addKpiEntry(set, 'APP-2', 'on-track');
 * set // { keys: ['APP-2', 'APP-5'], statuses: ['on-track', 'at-risk'] }
 */
export interface KpiSet {
  keys: string[];
  statuses: KpiStatusValue[];
}

const SEVERITY: Record<KpiStatusValue, number> = { 'no-data': 0, 'on-track': 1, 'at-risk': 2, 'off-track': 3 };

/** Adds one KPI (mutates `set`; arrays of length 0 are replaced, never written). */
export function addKpiEntry(set: KpiSet, key: string, status: KpiStatusValue): void {
  const keys = set.keys;
  if (keys.length === 0) {
    set.keys = [key];
    set.statuses = [status];
    return;
  }
  const statuses = set.statuses;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  if (lo < keys.length && keys[lo] === key) {
    if (SEVERITY[status] > SEVERITY[statuses[lo] as KpiStatusValue]) statuses[lo] = status;
    return;
  }
  // Insert at lo by shifting (not splice, whose returned array is garbage on every call).
  keys.push(key);
  statuses.push(status);
  for (let i = keys.length - 1; i > lo; i--) {
    keys[i] = keys[i - 1] as string;
    statuses[i] = statuses[i - 1] as KpiStatusValue;
  }
  keys[lo] = key;
  statuses[lo] = status;
}

/** Adds every KPI of `src` to `dst` (mutates `dst`; `src` is left alone). */
export function mergeKpiSet(dst: KpiSet, src: KpiSet): void {
  const n = src.keys.length;
  if (n === 0) return;
  if (dst.keys.length === 0) {
    dst.keys = src.keys.slice();
    dst.statuses = src.statuses.slice();
    return;
  }
  for (let i = 0; i < n; i++) addKpiEntry(dst, src.keys[i] as string, src.statuses[i] as KpiStatusValue);
}

/** The status totals of the set, each KPI once with its configured weight (default 1), in key order (mutates `totals`). */
export function addKpiSetTotals(totals: KpiTotals, set: KpiSet, weights: Readonly<Record<string, number>>): void {
  for (let i = 0; i < set.keys.length; i++) {
    const key = set.keys[i] as string;
    addKpiStatus(totals, set.statuses[i] as KpiStatusValue, weights[key] ?? 1);
  }
}
