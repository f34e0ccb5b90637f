import { BENCH_FIELDS } from '../../../bench/scale/bench-fields';
import { sizesAt } from '../../../bench/scale/bench-sizes';
import { jsonLine, reportTable } from '../../../bench/scale/report';
import { runScaleBench } from '../../../bench/scale/scale-bench';

/**
 * Keeps `npm run bench` working end to end at a tiny scale (a 400-issue site,
 * 100 in the big project; fewer repeats): every phase in its own process,
 * Jira in another, Chromium last. It checks the shape of what is reported,
 * never the speed: each of the fields is a number, or null with a
 * reason in the table.
 */
describe('scale bench (tiny site)', () => {
  it('reports every field of issue 9 as a number or as null with a reason', async () => {
    const lines: string[] = [];
    const sizes = { ...sizesAt(0.002), dashboardCalls: 3, browserRuns: 1 };
    const result = await runScaleBench({ sizes, print: (line) => lines.push(line) });

    const json = JSON.parse(jsonLine(result.values)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([...BENCH_FIELDS]);
    for (const field of BENCH_FIELDS) {
      const value = json[field];
      if (value === null)
        expect({ field, note: result.notes[field] ?? '' }).toEqual({ field, note: expect.stringMatching(/\w{3}/) });
      else
        expect({ field, value: typeof value === 'number' && Number.isFinite(value) }).toEqual({ field, value: true });
    }
    // Figures that follow from the tiny site itself, whatever the speed.
    expect(json['burst_events']).toBe(sizes.burstEvents);
    expect(json['concurrent_save_trials']).toBe(sizes.saveTrials);
    expect(json['cold_calls_lower_bound']).toBeGreaterThan(0);
    expect(json['cold_calls']).toBeGreaterThanOrEqual(json['cold_calls_lower_bound'] as number);

    // The portfolio step (its own site of sizes.portfolioProjects projects): profile lines, no JSON field.
    expect(sizes.portfolioProjects).toBe(2);
    expect(result.profile).toContainEqual(
      expect.stringMatching(
        /^portfolio \(2 projects\): 1 page of 20, p95 \d+ ms, largest answer [\d.]+ KB, Jira calls per page \d+-\d+, cold roll-up of the 2 projects [\d.]+ s$/,
      ),
    );
    expect(result.profile).toContainEqual(
      expect.stringMatching(/^portfolio: 2 passes, each listed every project once, 0 rows read live/),
    );

    const table = reportTable(result.values, result.notes);
    expect(table).toHaveLength(BENCH_FIELDS.length + 2);
    for (const [i, field] of BENCH_FIELDS.entries())
      expect(table[i + 2]).toMatch(new RegExp(`^${field} +\\| +(null|[\\d,.]+) \\|`));
  }, 360_000); // its phases wait in real time (a coalescing window, Chromium): 25 s alone, past 120 s beside the rest of the suite on 2 cores
});
