import { loadavg } from 'node:os';
import { runRollupBench } from './rollup-bench';

/**
 * Only the domain roll-up part of `npm run bench` (`rollup_100k_ms` / `parse_100k_ms`), the same
 * measurement in the same fresh bundled processes, for a quick look while working on the roll-up:
 *   npx tsx bench/rollup-only.ts [--issues 100000] [--runs 11]
 * The load average is printed before and after: on a shared machine quote it with the ratio.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!(Number.isInteger(value) && value > 0)) throw new RangeError(`${name} takes a positive integer`);
  return value;
}

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  console.log(`load ${load()}`);
  await runRollupBench({ issues: option('--issues', 100_000), measuredRuns: option('--runs', 11) });
  console.log(`load ${load()}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
