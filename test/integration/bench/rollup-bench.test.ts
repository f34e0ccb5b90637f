import { runRollupBench } from '../../../bench/rollup-bench';

/**
 * Keeps `npm run bench` working: the whole pipeline (generate, bundle the
 * worker, time and measure in fresh processes, report) on a small portfolio.
 * It checks the report's content, never the speed.
 */
describe('roll-up bench (small portfolio)', () => {
  it('prints the parse and roll-up timings, the ratio and the memory figures', async () => {
    const lines: string[] = [];
    await runRollupBench({ issues: 2_000, warmRuns: 0, measuredRuns: 3, print: (line) => lines.push(line) });
    const report = lines.join('\n');
    expect(report).toContain('Roll-up bench: 2000 issues');
    const runs = /runs \(ms\): parse ([\d, ]+); roll-up ([\d, ]+)/.exec(report);
    expect(runs?.[1]?.split(', ')).toHaveLength(3);
    expect(runs?.[2]?.split(', ')).toHaveLength(3);
    const paired = /paired ratios roll-up \/ parse: ([\d., ]+)/.exec(report);
    expect(paired?.[1]?.split(', ')).toHaveLength(3);
    expect(report).toMatch(
      /ratio roll-up \/ parse \(median of paired runs\): \d+\.\d\d, min \d+\.\d\d, max \d+\.\d\d \(goal <= 0\.8\): (met|NOT met)/,
    );
    const memoryRow = lines[lines.findIndex((l) => l.includes('peak RSS MB')) + 1] ?? '';
    const [issuesMb, rollupMb, peakMb] = memoryRow.split('|').map((cell) => Number(cell.trim()));
    expect(issuesMb).toBeGreaterThan(0);
    expect(rollupMb).toBeGreaterThan(0);
    expect(peakMb).toBeGreaterThan(issuesMb as number);
  }, 60_000);
});
