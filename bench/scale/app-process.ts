import { openAppSide, type JiraInfo } from './app-side';
import type { Measured } from './bench-fields';
import type { BenchSizes } from './bench-sizes';
import { coldRollup } from './phases/cold-rollup';
import { concurrentSaves } from './phases/concurrent-saves';
import { dailySnapshot } from './phases/daily-snapshot';
import { eventBurst } from './phases/event-burst';
import { incrementalChange } from './phases/incremental-change';
import type { Phase } from './phases/phase-context';
import { portfolioPages } from './phases/portfolio-pages';
import { warmDashboard } from './phases/warm-dashboard';

export const PHASES = {
  cold: coldRollup,
  dashboard: warmDashboard,
  incremental: incrementalChange,
  burst: eventBurst,
  saves: concurrentSaves,
  snapshot: dailySnapshot,
  /** Not in PHASE_ORDER: its own site and Jira process (portfolio-bench.ts). */
  portfolio: portfolioPages,
} satisfies Record<string, Phase>;

export type PhaseName = keyof typeof PHASES;

export interface AppProcessArgs {
  phase: PhaseName;
  root: string;
  jira: JiraInfo;
  sizes: BenchSizes;
  kvsDir: string;
  kvsFrom?: string;
}

/**
 * One measurement in a fresh process (bench/scale/run-children.ts forks it):
 * the app's side opens, the phase runs, and the result goes back over IPC
 * with this process's peak resident memory - the app, the local runtime and
 * the KVS emulator; Jira lives in its own process.
 */
async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as AppProcessArgs;
  const side = await openAppSide({
    root: args.root,
    jira: args.jira,
    latencyMs: args.sizes.latencyMs,
    eventMsPerSecond: args.sizes.eventMsPerSecond,
    kvsDir: args.kvsDir,
    ...(args.kvsFrom ? { kvsFrom: args.kvsFrom } : {}),
  });
  let result: Measured;
  try {
    result = await PHASES[args.phase]({ side, sizes: args.sizes });
  } finally {
    await side.close();
  }
  result.rssMb = process.resourceUsage().maxRSS / 1024;
  process.send?.({ type: 'result', result }, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
