/**
 * The fields of `npm run bench -- --json`, exactly as issue 9 ("Scale")
 * names them, in its order. A field is a number when it was measured, or
 * null when the platform refused the measurement or it could not complete
 * (the table says why, next to the field).
 */
export const BENCH_FIELDS = [
  'rollup_100k_ms',
  'parse_100k_ms',
  'cold_calls',
  'cold_calls_lower_bound',
  'cold_wall_ms',
  'cold_latency_bound_ms',
  'warm_dashboard_p95_ms',
  'warm_dashboard_bytes',
  'warm_dashboard_jira_calls',
  'backlog_page_p95_ms',
  'incremental_jira_calls',
  'incremental_kvs_write_units',
  'incremental_equals_full',
  'burst_events',
  'burst_converged_s',
  'burst_errors',
  'burst_lost_updates',
  'snapshot_ok',
  'snapshot_wall_s',
  'concurrent_save_trials',
  'concurrent_save_lost',
  'browser_time_to_content_ms',
  'peak_rss_mb',
] as const;

export type BenchField = (typeof BENCH_FIELDS)[number];
export type BenchValues = Record<BenchField, number | null>;

/** What one measurement found: its fields, and why any is null or flagged. */
export interface Measured {
  values: Partial<BenchValues>;
  /** field -> why it is null or what qualifies it. */
  notes: Partial<Record<BenchField, string>>;
  /** Where the cost went (calls by endpoint, KVS units, errors seen): printed under the table. */
  profile: string[];
  /** The peak resident memory of the process that ran the app's invocations (MB). */
  rssMb?: number;
}

export const emptyMeasured = (): Measured => ({ values: {}, notes: {}, profile: [] });
