import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultWorkflowConfig, rollUpPortfolio, type PmIssue } from '../src/domain';

/** The `now` every bench roll-up is computed for (the data is generated around it). */
export const BENCH_NOW = new Date('2026-11-22T00:00:00.000Z');

export interface TimingResult {
  issues: number;
  parseMs: number[];
  rollupMs: number[];
}

export interface MemoryResult {
  issues: number;
  /** Live heap holding the parsed issues (after a full GC). */
  issuesHeapMb: number;
  /** Live heap the roll-up adds on top of them. */
  rollupHeapMb: number;
  /** Peak resident memory of the process: reading, parsing and rolling up. */
  peakRssMb: number;
}

/** A full GC outside the timed sections, so no run pays for the previous run's garbage. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}


/** JSON.parse of the issues' JSON, then the roll-up of the parsed issues, run after run. */
export function timeParseAndRollup(json: string, warmRuns: number, measuredRuns: number): TimingResult {
  const parseMs: number[] = [];
  const rollupMs: number[] = [];
  let issues = 0;
  let held: unknown = null;
  for (let i = 0; i < warmRuns + measuredRuns; i++) {
    held = null;
    collectGarbage();
    let start = performance.now();
    const parsed = JSON.parse(json) as PmIssue[];
    const parseTime = performance.now() - start;
    collectGarbage();
    start = performance.now();
    held = rollUpPortfolio(parsed, defaultWorkflowConfig, BENCH_NOW);
    const rollupTime = performance.now() - start;
    issues = parsed.length;
    if (i >= warmRuns) {
      parseMs.push(parseTime);
      rollupMs.push(rollupTime);
    }
  }
  void held;
  return { issues, parseMs, rollupMs };
}

const MB = 1024 * 1024;

/** One parse and one roll-up; meant for a fresh process, so peak RSS is theirs alone. */
export function measureMemory(json: string): MemoryResult {
  const issues = JSON.parse(json) as PmIssue[];
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const rollup = rollUpPortfolio(issues, defaultWorkflowConfig, BENCH_NOW);
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  return {
    issues: Object.keys(rollup.nodes).length,
    issuesHeapMb: before / MB,
    rollupHeapMb: (after - before) / MB,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  };
}
