import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MemoryResult, TimingResult } from './rollup-measure';

/**
 * Roll-up benchmark: 100,000 generated issues (deterministic), timed next to
 * `JSON.parse` of the same issues' JSON in the same process. Goals (issue 9):
 * roll-up / parse <= 0.8 (median of paired runs), memory under 512 MB.
 *
 * Every step runs in a fresh Node process: one generates the issues into a
 * temporary JSON file, one times parse and roll-up, one measures memory. So
 * no figure includes another step's heap, and no idle heap's GC threads
 * compete for the CPU while timing (this machine has two cores). The worker is
 * bundled with esbuild first, as the deployed app is: code run through the
 * tsx loader measured about 15 % slower.
 */
const ISSUE_COUNT = 100_000;
const WARM_RUNS = 3;
const MEASURED_RUNS = 11;
const MEMORY_GOAL_MB = 512;
const RATIO_GOAL = 0.8;

function bundleWorker(dir: string): string {
  const outfile = join(dir, 'rollup-worker.js');
  buildSync({
    entryPoints: [join(__dirname, 'rollup-worker.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

function runWorker<T>(worker: string, args: string[]): T {
  const run = spawnSync(process.execPath, ['--expose-gc', worker, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`bench worker failed (${run.status}): ${run.stderr}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as T;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function formatTable(rows: string[][]): string[] {
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  return rows.map((r) => r.map((cell, c) => cell.padStart(widths[c] as number)).join(' | '));
}

export interface RollupBenchOptions {
  issues?: number;
  warmRuns?: number;
  measuredRuns?: number;
  /** Where the report goes (console.log by default). */
  print?: (line: string) => void;
}

export interface RollupBenchFigures {
  issues: number;
  /** Medians of the timed runs. */
  rollupMs: number;
  parseMs: number;
  /** Median of the paired roll-up / parse ratios. */
  ratio: number;
  peakRssMb: number;
}

export async function runRollupBench(options: RollupBenchOptions = {}): Promise<RollupBenchFigures> {
  const {
    issues = ISSUE_COUNT,
    warmRuns = WARM_RUNS,
    measuredRuns = MEASURED_RUNS,
    print = (line: string) => console.log(line),
  } = options;
  const dir = mkdtempSync(join(tmpdir(), 'pm-rollup-bench-'));
  try {
    const file = join(dir, 'issues.json');
    const worker = bundleWorker(dir);
    const { bytes } = runWorker<{ bytes: number }>(worker, ['generate', file, String(issues)]);
    const timing = runWorker<TimingResult>(worker, ['time', file, String(warmRuns), String(measuredRuns)]);
    const memory = runWorker<MemoryResult>(worker, ['memory', file]);
    const parseMed = median(timing.parseMs);
    const rollupMed = median(timing.rollupMs);
    // Each run times a parse and the roll-up of what it parsed back to back, so the two share
    // the machine's load at that moment; the median of these paired ratios is what a loaded
    // machine cannot skew the way it skews two separate medians.
    const pairedRatios = timing.rollupMs.map((ms, i) => ms / (timing.parseMs[i] as number));
    const ratio = median(pairedRatios);
    print(`Roll-up bench: ${timing.issues} issues, ${(bytes / 1024 / 1024).toFixed(1)} MB of JSON`);
    print(
      `Timing: median of ${measuredRuns} runs after ${warmRuns} warm runs, in one process, full GC before each timed step`,
    );
    formatTable([
      ['', 'median ms', 'min ms', 'max ms'],
      [
        'JSON.parse',
        parseMed.toFixed(0),
        Math.min(...timing.parseMs).toFixed(0),
        Math.max(...timing.parseMs).toFixed(0),
      ],
      [
        'rollUpPortfolio',
        rollupMed.toFixed(0),
        Math.min(...timing.rollupMs).toFixed(0),
        Math.max(...timing.rollupMs).toFixed(0),
      ],
    ]).forEach(print);
    print(
      `runs (ms): parse ${timing.parseMs.map((x) => x.toFixed(0)).join(', ')}; roll-up ${timing.rollupMs.map((x) => x.toFixed(0)).join(', ')}`,
    );
    print(`paired ratios roll-up / parse: ${pairedRatios.map((x) => x.toFixed(2)).join(', ')}`);
    print(
      `ratio roll-up / parse (median of paired runs): ${ratio.toFixed(2)}, min ${Math.min(...pairedRatios).toFixed(2)}, max ${Math.max(...pairedRatios).toFixed(2)} (goal <= ${RATIO_GOAL}): ${ratio <= RATIO_GOAL ? 'met' : 'NOT met'}`,
    );
    print('Memory: a fresh process reads the file, parses it and rolls it up once');
    formatTable([
      ['issues heap MB', 'roll-up heap MB', `peak RSS MB (goal < ${MEMORY_GOAL_MB})`],
      [memory.issuesHeapMb.toFixed(0), memory.rollupHeapMb.toFixed(0), memory.peakRssMb.toFixed(0)],
    ]).forEach(print);
    print(`memory goal: ${memory.peakRssMb < MEMORY_GOAL_MB ? 'met' : 'NOT met'}`);
    return { issues: timing.issues, rollupMs: rollupMed, parseMs: parseMed, ratio, peakRssMb: memory.peakRssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
