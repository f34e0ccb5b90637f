import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateBenchIssues } from './generate-bench-issues';
import type { MemoryResult, TimingResult } from './rollup-measure';

/**
 * Roll-up benchmark: 100,000 generated issues (deterministic), timed next to
 * `JSON.parse` of the same issues' JSON in the same process. Goals: roll-up
 * no slower than parsing (ratio <= 1.0), memory under 512 MB.
 *
 * The issues are generated once into a temporary JSON file; the timing and
 * the memory figures each come from a fresh Node process that only reads,
 * parses and rolls up, so the generator's heap is not counted.
 */
const ISSUE_COUNT = 100_000;
const WARM_RUNS = 2;
const MEASURED_RUNS = 7;
const MEMORY_GOAL_MB = 512;
const PROJECT_ROOT = resolve(__dirname, '..');
const WORKER = join(__dirname, 'rollup-worker.ts');

function runWorker<T>(args: string[]): T {
  const run = spawnSync(process.execPath, ['--import', 'tsx', WORKER, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (run.status !== 0) throw new Error(`bench worker failed (${run.status}): ${run.stderr}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as T;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function printTable(rows: string[][]): void {
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c] as number)).join(' | '));
}

export async function runRollupBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pm-rollup-bench-'));
  try {
    const file = join(dir, 'issues.json');
    const json = JSON.stringify(generateBenchIssues(ISSUE_COUNT));
    writeFileSync(file, json);
    const timing = runWorker<TimingResult>(['time', file, String(WARM_RUNS), String(MEASURED_RUNS)]);
    const memory = runWorker<MemoryResult>(['memory', file]);
    const parseMed = median(timing.parseMs);
    const rollupMed = median(timing.rollupMs);
    const ratio = rollupMed / parseMed;
    console.log(`Roll-up bench: ${timing.issues} issues, ${(json.length / 1024 / 1024).toFixed(1)} MB of JSON`);
    console.log(`Timing: median of ${MEASURED_RUNS} runs after ${WARM_RUNS} warm runs, in one process, full GC before each timed step`);
    printTable([
      ['', 'median ms', 'min ms', 'max ms'],
      ['JSON.parse', parseMed.toFixed(0), Math.min(...timing.parseMs).toFixed(0), Math.max(...timing.parseMs).toFixed(0)],
      ['rollUpPortfolio', rollupMed.toFixed(0), Math.min(...timing.rollupMs).toFixed(0), Math.max(...timing.rollupMs).toFixed(0)],
    ]);
    console.log(`runs (ms): parse ${timing.parseMs.map((x) => x.toFixed(0)).join(', ')}; roll-up ${timing.rollupMs.map((x) => x.toFixed(0)).join(', ')}`);
    console.log(`ratio roll-up / parse (median): ${ratio.toFixed(2)} (goal <= 1.0): ${ratio <= 1 ? 'met' : 'NOT met'}`);
    console.log('Memory: a fresh process reads the file, parses it and rolls it up once');
    printTable([
      ['issues heap MB', 'roll-up heap MB', `peak RSS MB (goal < ${MEMORY_GOAL_MB})`],
      [memory.issuesHeapMb.toFixed(0), memory.rollupHeapMb.toFixed(0), memory.peakRssMb.toFixed(0)],
    ]);
    console.log(`memory goal: ${memory.peakRssMb < MEMORY_GOAL_MB ? 'met' : 'NOT met'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
