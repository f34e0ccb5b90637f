import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultWorkflowConfig, rollUpPortfolio, type PmIssue } from '../src/domain';

/**
 * Roll-up benchmark: 100,000 generated issues (deterministic), timed next to
 * `JSON.parse` of the same issues' JSON in the same process. Goal: roll-up
 * no slower than parsing (ratio <= 1.0) and memory under 512 MB.
 * Run with `npx tsx bench/run.ts`.
 */
const ISSUE_COUNT = 100_000;
const WARM_RUNS = 2;
const MEASURED_RUNS = 5;
const NOW = new Date('2026-11-22T00:00:00.000Z');

/** Small seeded PRNG (mulberry32) so every run generates the same issues. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A realistic mix: strategic items, initiatives > epics > stories > sub-tasks, across 20 projects. */
export function generateIssues(count: number, seed = 42): PmIssue[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const categories = ['new', 'indeterminate', 'done'] as const;
  const projects = Array.from({ length: 20 }, (_, i) => `P${String.fromCharCode(65 + (i % 26))}${i}`);
  const issues: PmIssue[] = [];
  let nextId = 10_000;
  const perProject = Math.floor(count / projects.length);
  for (const projectKey of projects) {
    let n = 0;
    const make = (issueType: string, parentId?: string, labels: string[] = []): PmIssue => {
      n++;
      const id = String(nextId++);
      const statusCategory = pick(categories);
      const issue: PmIssue = {
        id,
        key: `${projectKey}-${n}`,
        projectKey,
        issueType,
        summary: `${issueType} ${n} of ${projectKey}`,
        status: statusCategory === 'done' ? 'Done' : statusCategory === 'new' ? 'To Do' : 'In Progress',
        statusCategory,
        links: rnd() < 0.2 ? [{ type: 'Blocks', direction: 'outward', issueId: String(10_000 + Math.floor(rnd() * count)) }] : [],
        labels,
        components: [],
        updated: '2026-10-01T10:00:00.000Z',
      };
      if (parentId !== undefined) issue.parentId = parentId;
      issues.push(issue);
      return issue;
    };
    const strategic = (type: string, labels: string[] = []) => make(type, undefined, labels).key;
    const problems = Array.from({ length: 20 }, () => strategic('Problem'));
    const personas = Array.from({ length: 10 }, () => strategic('Persona'));
    const scenarios = Array.from({ length: 20 }, () => strategic('Scenario', rnd() < 0.5 ? ['user'] : []));
    const kpis: string[] = [];
    for (let k = 0; k < 10; k++) {
      const kpi = make('KPI');
      kpi.kpi = {
        name: `KPI ${k}`,
        unit: '%',
        direction: 'higher-is-better',
        baseline: 10,
        target: 50,
        periodStart: '2026-01-01',
        dueDate: '2026-12-31',
        thresholds: { atRisk: 0.9, offTrack: 0.6 },
        actuals: Array.from({ length: 10 }, (_, m) => ({ date: `2026-${String(m + 1).padStart(2, '0')}-15`, value: 10 + m * 3 + rnd() * 5 })),
      };
      kpis.push(kpi.key);
    }
    while (n < perProject) {
      const initiative = make('Initiative');
      for (let e = 0; e < 5 && n < perProject; e++) {
        const epic = make('Epic', initiative.id);
        for (let s = 0; s < 8 && n < perProject; s++) {
          const story = make(rnd() < 0.8 ? 'Story' : pick(['Task', 'Bug']), epic.id);
          story.effort = pick([1, 2, 3, 5, 8, 13]);
          story.pm = {
            problemKey: rnd() < 0.8 ? pick(problems) : undefined,
            personaKey: rnd() < 0.7 ? pick(personas) : undefined,
            scenarioKey: rnd() < 0.6 ? pick(scenarios) : undefined,
            kpiKeys: rnd() < 0.7 ? [pick(kpis)] : [],
            scores: {
              rice: { reach: Math.floor(rnd() * 5000), impact: pick([3, 2, 1, 0.5, 0.25]), confidence: pick([100, 80, 50]), effort: pick([0.5, 1, 2, 4]) },
              wsjf: rnd() < 0.6 ? { userBusinessValue: pick([1, 2, 3, 5, 8, 13, 20]), timeCriticality: pick([1, 2, 3, 5, 8]), riskReduction: pick([1, 2, 3, 5]), jobSize: pick([1, 2, 3, 5, 8, 13]) } : undefined,
              ice: rnd() < 0.5 ? { impact: 1 + Math.floor(rnd() * 10), confidence: 1 + Math.floor(rnd() * 10), ease: rnd() < 0.05 ? null : 1 + Math.floor(rnd() * 10) } : undefined,
              moscow: pick(['must', 'should', 'could', 'wont'] as const),
            },
            scoredAt: rnd() < 0.3 ? '2026-03-01T00:00:00.000Z' : '2026-10-01T00:00:00.000Z',
          };
          for (let t = 0; t < 2 && n < perProject; t++) make('Sub-task', story.id).effort = pick([1, 2, 3]);
        }
      }
    }
  }
  return issues.slice(0, count);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

/** A full GC before reading memory, so "heap" is live data, not garbage awaiting collection. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

export async function runRollupBench(): Promise<void> {
  const json = JSON.stringify(generateIssues(ISSUE_COUNT));
  const parseMs: number[] = [];
  const rollupMs: number[] = [];
  let parsed: PmIssue[] = [];
  let rollup: ReturnType<typeof rollUpPortfolio> | null = null;
  for (let i = 0; i < WARM_RUNS + MEASURED_RUNS; i++) {
    // Drop the previous run's data first, so each run works on a similar heap.
    parsed = [];
    rollup = null;
    const p = time(() => JSON.parse(json) as PmIssue[]);
    parsed = p.result;
    const r = time(() => rollUpPortfolio(parsed, defaultWorkflowConfig, NOW));
    rollup = r.result;
    if (i >= WARM_RUNS) {
      parseMs.push(p.ms);
      rollupMs.push(r.ms);
    }
    if (Object.keys(rollup.nodes).length !== parsed.length) throw new Error('roll-up lost issues');
  }
  // Live memory while the issues' JSON, the parsed issues and the roll-up are all held.
  collectGarbage();
  const mem = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  const parseMed = median(parseMs);
  const rollupMed = median(rollupMs);
  const ratio = rollupMed / parseMed;
  const rows = [
    ['issues', 'JSON MB', 'parse ms', 'roll-up ms', 'ratio (goal <= 1.0)', 'live heap MB', 'RSS MB (goal < 512)', 'peak RSS MB'],
    [String(parsed.length), (json.length / 1024 / 1024).toFixed(1), parseMed.toFixed(0), rollupMed.toFixed(0), ratio.toFixed(2), mb(mem.heapUsed), mb(mem.rss), mb(peakRss)],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  console.log(`Roll-up bench (median of ${MEASURED_RUNS} runs after ${WARM_RUNS} warm runs)`);
  for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c]!)).join(' | '));
  console.log(`runs (ms): parse ${parseMs.map((x) => x.toFixed(0)).join(', ')}; roll-up ${rollupMs.map((x) => x.toFixed(0)).join(', ')}`);
  console.log(ratio <= 1 ? 'ratio goal met' : 'ratio goal NOT met', '/', peakRss < 512 * 1024 * 1024 ? 'memory goal met (peak RSS)' : 'memory goal NOT met (peak RSS)');
}
