import { performance } from 'node:perf_hooks';
import { defaultWorkflowConfig, rollUpPortfolio, type PmIssue, type PortfolioRollup } from '../src/domain';

/** The `now` every bench roll-up is computed for (the data is generated around it). */
const BENCH_NOW = new Date('2026-11-22T00:00:00.000Z');

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

/**
 * A full GC outside the timed sections, so no run pays for the previous run's
 * garbage. Needs `node --expose-gc` (the bench runs its worker so); without
 * it the figures include that garbage.
 */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}

/** Every issue is counted exactly once at the top: a cheap check that the roll-up did its work. */
function checkCounted(rollup: PortfolioRollup, issues: number): void {
  if (rollup.portfolio.agg.issues !== issues)
    throw new Error(`roll-up counted ${rollup.portfolio.agg.issues} of ${issues} issues`);
}

/**
 * One timed parse and roll-up. A function of its own, so the issues and the
 * roll-up die with its frame: a loop-scoped variable can keep the previous
 * run's 150 MB alive through the next run, which slowed that run's roll-up
 * by about 40 % (more live heap, more GC work) and misstated the figures.
 */
function timeOneRun(json: string): { parseMs: number; rollupMs: number; issues: number } {
  collectGarbage();
  let start = performance.now();
  const parsed = JSON.parse(json) as PmIssue[];
  const parseMs = performance.now() - start;
  collectGarbage();
  start = performance.now();
  const rollup = rollUpPortfolio(parsed, defaultWorkflowConfig, BENCH_NOW);
  const rollupMs = performance.now() - start;
  checkCounted(rollup, parsed.length);
  return { parseMs, rollupMs, issues: parsed.length };
}

/** JSON.parse of the issues' JSON, then the roll-up of the parsed issues, run after run. */
export function timeParseAndRollup(json: string, warmRuns: number, measuredRuns: number): TimingResult {
  const parseMs: number[] = [];
  const rollupMs: number[] = [];
  let issues = 0;
  for (let i = 0; i < warmRuns + measuredRuns; i++) {
    const run = timeOneRun(json);
    issues = run.issues;
    if (i >= warmRuns) {
      parseMs.push(run.parseMs);
      rollupMs.push(run.rollupMs);
    }
  }
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
  checkCounted(rollup, issues.length);
  return {
    issues: issues.length,
    issuesHeapMb: before / MB,
    rollupHeapMb: (after - before) / MB,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  };
}
