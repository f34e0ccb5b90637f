import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invocationHeapFlags } from '../../dev/forge-runtime/invocation-limits';
import { runRollupBench } from '../rollup-bench';
import type { AppProcessArgs } from './app-process';
import { BENCH_FIELDS, type BenchField, type BenchValues, type Measured } from './bench-fields';
import type { BenchSizes } from './bench-sizes';
import { bundleEntries, forkChild, nextMessage, runMeasurement } from './child-processes';
import type { JiraProcessMessage } from './jira-messages';
import type { JiraInfo } from './app-side';
import { runPortfolioBench } from './portfolio-bench';
import { SITE_PHASES, type SitePhase } from './site-phases';

/** The fields each site phase measures (SITE_PHASES gives their order). */
const PHASE_FIELDS: Record<SitePhase, readonly BenchField[]> = {
  cold: ['cold_calls', 'cold_calls_lower_bound', 'cold_wall_ms', 'cold_latency_bound_ms'],
  dashboard: ['warm_dashboard_p95_ms', 'warm_dashboard_bytes', 'warm_dashboard_jira_calls', 'backlog_page_p95_ms'],
  incremental: ['incremental_jira_calls', 'incremental_kvs_write_units', 'incremental_equals_full'],
  burst: ['burst_events', 'burst_converged_s', 'burst_errors', 'burst_lost_updates'],
  saves: ['concurrent_save_trials', 'concurrent_save_lost'],
  snapshot: ['snapshot_ok', 'snapshot_wall_s'],
};

export interface ScaleBenchResult {
  values: BenchValues;
  notes: Partial<Record<BenchField, string>>;
  profile: string[];
}

export interface ScaleBenchOptions {
  sizes: BenchSizes;
  print: (line: string) => void;
  /** Skip the Chromium measurement (its field is then null, saying so). */
  skipBrowser?: boolean;
  /** Only the site phases up to this one; the other fields are null, saying so. */
  until?: SitePhase;
}

function merge(into: ScaleBenchResult, measured: Measured): void {
  Object.assign(into.values, measured.values);
  Object.assign(into.notes, measured.notes);
  into.profile.push(...measured.profile);
}

function failed(into: ScaleBenchResult, fields: readonly BenchField[], why: string): void {
  for (const field of fields) {
    into.values[field] = null;
    into.notes[field] = why;
  }
}

/**
 * Every figure of issue 9 in one run: the domain roll-up bench, then a site
 * in a Jira process and each measurement in a fresh app process (phases in
 * SITE_PHASES, or up to `until`), then the portfolio of many projects on a site of its own
 * (portfolio-bench.ts), then Chromium against the local dev server.
 */
export async function runScaleBench({
  sizes,
  print,
  skipBrowser,
  until,
}: ScaleBenchOptions): Promise<ScaleBenchResult> {
  const root = join(__dirname, '..', '..');
  const out: ScaleBenchResult = {
    values: Object.fromEntries(BENCH_FIELDS.map((f) => [f, null])) as BenchValues,
    notes: {},
    profile: [],
  };
  const dir = mkdtempSync(join(tmpdir(), 'pm-scale-bench-'));
  const rss: number[] = [];
  const phases = until === undefined ? SITE_PHASES : SITE_PHASES.slice(0, SITE_PHASES.indexOf(until) + 1);
  const notRun = `not run (--until ${until ?? ''})`;
  try {
    if (until !== undefined) failed(out, ['rollup_100k_ms', 'parse_100k_ms'], notRun);
    else await domainRollup(out, sizes, print);

    const entries = bundleEntries(join(dir, 'bundle'));
    const datasetFile = join(dir, 'site.json');
    print(
      `== site: ${sizes.siteIssues} issues, ${sizes.projectIssues} in one project; Jira latency ${sizes.latencyMs} ms`,
    );
    const jiraChild = forkChild(
      entries.jira,
      { root, siteIssues: sizes.siteIssues, projectIssues: sizes.projectIssues, datasetFile },
      root,
      cpuProfileArgs('jira'),
    );
    let current: ReturnType<typeof forkChild> | undefined;
    jiraChild.on('message', (message: JiraProcessMessage) => {
      if (message.type === 'issue-event' && current?.connected) current.send(message);
    });
    try {
      const jira: JiraInfo = await nextMessage<JiraInfo>(jiraChild, 'ready');
      print(
        `site ready in ${(jira.loadMs / 1000).toFixed(0)} s: ${Object.entries(jira.perProject)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
      );
      let previousKvs: string | undefined;
      for (const [index, phase] of phases.entries()) {
        const fields = PHASE_FIELDS[phase];
        const kvsDir = join(dir, `kvs-${index}-${phase}`);
        const started = Date.now();
        const args: AppProcessArgs = {
          phase,
          root,
          jira,
          sizes,
          kvsDir,
          ...(previousKvs ? { kvsFrom: previousKvs } : {}),
        };
        // All of a phase's invocations share this one process, held to one invocation's memory.
        current = forkChild(entries.app, args, root, [
          '--expose-gc',
          ...invocationHeapFlags(),
          ...cpuProfileArgs(phase),
        ]);
        try {
          const measured = await runMeasurement(current);
          merge(out, measured);
          if (measured.rssMb !== undefined) rss.push(measured.rssMb);
          previousKvs = kvsDir;
          print(
            `${phase}: done in ${((Date.now() - started) / 1000).toFixed(0)} s, peak RSS ${measured.rssMb?.toFixed(0) ?? '?'} MB`,
          );
        } catch (error) {
          failed(
            out,
            fields,
            `the ${phase} measurement failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400),
          );
          print(`${phase}: FAILED ${out.notes[fields[0] as BenchField]}`);
        }
      }
    } finally {
      current = undefined;
      jiraChild.disconnect();
    }
    for (const phase of SITE_PHASES.filter((p) => !phases.includes(p))) failed(out, PHASE_FIELDS[phase], notRun);
    if (until === undefined)
      merge(out, await runPortfolioBench({ sizes, entries, root, dir, print, profileArgs: cpuProfileArgs }));
    out.values.peak_rss_mb = rss.length > 0 ? Math.round(Math.max(...rss)) : null;
    out.notes.peak_rss_mb =
      "peak RSS of the process running the app: all of a phase's invocations side by side, with the runtime and KVS emulator, under one invocation's heap limit (invocationHeapFlags); Jira in its own process";

    if (skipBrowser || until !== undefined) {
      failed(out, ['browser_time_to_content_ms'], until !== undefined ? notRun : 'skipped (--no-browser)');
    } else {
      print('== Chromium: the big project page on the local dev server (latency off)');
      try {
        const child = forkChild(join(__dirname, 'browser-process.ts'), { datasetFile, runs: sizes.browserRuns }, root, [
          '--import',
          'tsx',
        ]);
        merge(out, await runMeasurement(child));
      } catch (error) {
        failed(
          out,
          ['browser_time_to_content_ms'],
          `the browser measurement failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400),
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** The domain roll-up of `sizes.rollupIssues` issues against JSON.parse of their JSON (latency off). */
async function domainRollup(out: ScaleBenchResult, sizes: BenchSizes, print: (line: string) => void): Promise<void> {
  print(`== roll-up of ${sizes.rollupIssues} issues vs JSON.parse (latency off)`);
  const rollup = await runRollupBench({
    issues: sizes.rollupIssues,
    ...(sizes.scale < 0.05 ? { warmRuns: 0, measuredRuns: 3 } : {}),
    print,
  });
  out.values.rollup_100k_ms = Math.round(rollup.rollupMs);
  out.values.parse_100k_ms = Math.round(rollup.parseMs);
  out.notes.rollup_100k_ms = `median of paired ratios ${rollup.ratio.toFixed(2)} (the goal is on it)`;
}

/** `PM_BENCH_PROFILE_DIR=dir`: each process writes a V8 CPU profile under dir/<phase> (open it in Chrome DevTools). */
export function cpuProfileArgs(name: string): string[] {
  const dir = process.env['PM_BENCH_PROFILE_DIR'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${join(dir, name)}`] : [];
}
