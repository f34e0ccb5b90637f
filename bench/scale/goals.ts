import type { BenchField, BenchValues } from './bench-fields';

export interface Goal {
  /** The goal in the words. */
  text: string;
  /** True when met; a null figure never meets a goal. */
  met(v: BenchValues): boolean;
}

const num = (x: number | null): x is number => x !== null;
const atMost =
  (field: BenchField, limit: number): Goal['met'] =>
  (v) =>
    num(v[field]) && (v[field] as number) <= limit;

/** Issue 9's goals, on the field whose row shows them (ratios on the first field of their pair). */
export const GOALS: Partial<Record<BenchField, Goal>> = {
  rollup_100k_ms: {
    text: 'roll-up / parse <= 0.8',
    met: (v) => num(v.rollup_100k_ms) && num(v.parse_100k_ms) && v.rollup_100k_ms / v.parse_100k_ms <= 0.8,
  },
  cold_calls: {
    text: '<= 1.05 x lower bound',
    met: (v) => num(v.cold_calls) && num(v.cold_calls_lower_bound) && v.cold_calls <= 1.05 * v.cold_calls_lower_bound,
  },
  cold_wall_ms: {
    text: '<= 1.3 x latency bound',
    met: (v) => num(v.cold_wall_ms) && num(v.cold_latency_bound_ms) && v.cold_wall_ms <= 1.3 * v.cold_latency_bound_ms,
  },
  warm_dashboard_p95_ms: { text: '<= 500 ms', met: atMost('warm_dashboard_p95_ms', 500) },
  warm_dashboard_bytes: { text: '<= 256 KB', met: atMost('warm_dashboard_bytes', 256 * 1024) },
  warm_dashboard_jira_calls: { text: '<= 3', met: atMost('warm_dashboard_jira_calls', 3) },
  backlog_page_p95_ms: { text: '<= 500 ms', met: atMost('backlog_page_p95_ms', 500) },
  incremental_jira_calls: { text: '<= 3', met: atMost('incremental_jira_calls', 3) },
  incremental_kvs_write_units: { text: '<= 10', met: atMost('incremental_kvs_write_units', 10) },
  incremental_equals_full: { text: '= 1', met: (v) => v.incremental_equals_full === 1 },
  burst_converged_s: { text: '<= 180 s', met: atMost('burst_converged_s', 180) },
  burst_errors: { text: '= 0', met: (v) => v.burst_errors === 0 },
  burst_lost_updates: { text: '= 0', met: (v) => v.burst_lost_updates === 0 },
  snapshot_ok: { text: '= 1', met: (v) => v.snapshot_ok === 1 },
  concurrent_save_trials: {
    text: '>= 100',
    met: (v) => num(v.concurrent_save_trials) && v.concurrent_save_trials >= 100,
  },
  concurrent_save_lost: { text: '= 0', met: (v) => v.concurrent_save_lost === 0 },
  browser_time_to_content_ms: { text: '<= 1,500 ms', met: atMost('browser_time_to_content_ms', 1500) },
  peak_rss_mb: { text: '<= 512 MB', met: atMost('peak_rss_mb', 512) },
};
