import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invocationHeapFlags } from '../../dev/forge-runtime/invocation-limits';
import type { AppProcessArgs } from './app-process';
import type { JiraInfo } from './app-side';
import { emptyMeasured, type Measured } from './bench-fields';
import type { BenchSizes } from './bench-sizes';
import { bundleEntries, forkChild, nextMessage, runMeasurement, type BundledEntries } from './child-processes';

export interface PortfolioBenchOptions {
  sizes: BenchSizes;
  entries: BundledEntries;
  root: string;
  /** The bench's scratch directory (site file, KVS). */
  dir: string;
  print: (line: string) => void;
  /** The V8 flags of a CPU profile for a process name (PM_BENCH_PROFILE_DIR), or none. */
  profileArgs: (name: string) => string[];
}

/**
 * The portfolio step, after the main phases and apart from them: a site of
 * `sizes.portfolioProjects` projects in a Jira process of its own and one app
 * process (phases/portfolio-pages.ts) with a fresh KVS, so no figure of the
 * other phases changes. Its figures are profile lines; a failure is one too.
 */
export async function runPortfolioBench(options: PortfolioBenchOptions): Promise<Measured> {
  const { sizes, entries, root, dir, print } = options;
  const started = Date.now();
  print(`== portfolio: ${sizes.portfolioProjects} projects; Jira latency ${sizes.latencyMs} ms`);
  const jiraChild = forkChild(
    entries.jira,
    {
      root,
      siteIssues: 0,
      projectIssues: 0,
      portfolioProjects: sizes.portfolioProjects,
      datasetFile: join(dir, 'portfolio-site.json'),
    },
    root,
    options.profileArgs('portfolio-jira'),
  );
  try {
    const jira = await nextMessage<JiraInfo>(jiraChild, 'ready');
    const args: AppProcessArgs = { phase: 'portfolio', root, jira, sizes, kvsDir: join(dir, 'kvs-portfolio') };
    const app = forkChild(entries.app, args, root, [
      '--expose-gc',
      ...invocationHeapFlags(),
      ...options.profileArgs('portfolio'),
    ]);
    const measured = await runMeasurement(app);
    const rss = measured.rssMb?.toFixed(0) ?? '?';
    print(`portfolio: done in ${((Date.now() - started) / 1000).toFixed(0)} s, peak RSS ${rss} MB`);
    // Its memory is said here, not folded into peak_rss_mb (the main phases' figure).
    const profile = [...measured.profile, `portfolio: peak RSS of its app process ${rss} MB`];
    return { values: measured.values, notes: measured.notes, profile };
  } catch (error) {
    const why = `portfolio: FAILED ${error instanceof Error ? error.message : String(error)}`.slice(0, 400);
    print(why);
    return { ...emptyMeasured(), profile: [why] };
  } finally {
    jiraChild.disconnect();
  }
}

/** `npm run bench -- --portfolio-only`: just this step, in a scratch directory of its own. */
export async function runPortfolioAlone(
  options: Pick<PortfolioBenchOptions, 'sizes' | 'print' | 'profileArgs'>,
): Promise<Measured> {
  const root = join(__dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'pm-portfolio-bench-'));
  try {
    return await runPortfolioBench({ ...options, root, dir, entries: bundleEntries(join(dir, 'bundle')) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
