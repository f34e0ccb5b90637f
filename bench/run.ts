import { runRollupBench } from './rollup-bench';

/** Runs every benchmark in turn: `npx tsx bench/run.ts`. */
async function main(): Promise<void> {
  await runRollupBench();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
