import { cpus, loadavg } from 'node:os';
import { parseBenchArgs } from './scale/bench-args';
import { sizesAt } from './scale/bench-sizes';
import { jsonLine, reportTable } from './scale/report';
import { runPortfolioAlone } from './scale/portfolio-bench';
import { cpuProfileArgs, runScaleBench } from './scale/scale-bench';

/**
 * `npm run bench -- [--json] [--scale 0.1] [--no-browser] [--portfolio-only] [--until PHASE]`: every figure of
 * issue 9, a readable table, and with --json one last line holding exactly
 * the fields (a number, or null when the platform refused or the
 * measurement could not complete; the table says why).
 */
async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const sizes = sizesAt(args.scale, Number(process.env['PM_JIRA_LATENCY_MS'] ?? 100));
  const print = (line: string): void => console.log(line);
  const load = (): string =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  print(`machine: ${cpus().length} cores, node ${process.version}, load ${load()}; scale ${sizes.scale}`);
  const started = Date.now();
  if (args.portfolioOnly) {
    const portfolio = await runPortfolioAlone({ sizes, print, profileArgs: cpuProfileArgs });
    print(`== profile (portfolio only, ${((Date.now() - started) / 1000).toFixed(0)} s, load now ${load()})`);
    portfolio.profile.forEach((line) => print(`- ${line}`));
    return;
  }
  const result = await runScaleBench({
    sizes,
    print,
    skipBrowser: !args.browser,
    ...(args.until ? { until: args.until } : {}),
  });
  print('');
  print(`== results (scale ${sizes.scale}, ${((Date.now() - started) / 1000).toFixed(0)} s, load now ${load()})`);
  reportTable(result.values, result.notes).forEach(print);
  print('');
  print('== profile');
  result.profile.forEach((line) => print(`- ${line}`));
  if (args.json) print(jsonLine(result.values));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
