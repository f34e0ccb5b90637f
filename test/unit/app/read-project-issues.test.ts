import type { JiraEmulator } from '../../../dev/emulator';
import { RetryBudget } from '../../../src/adapters/http-retry';
import {
  PROJECT_READ_STREAMS_MAX,
  projectReadStreams,
  readAllIssues,
  readProjectIssues,
  streamProjectIssues,
  type KeyRange,
  type StreamedRead,
} from '../../../src/app/shared/read-all-issues';
import { gatewayOver, openBigEmulator } from '../../fixtures/backend/emulator-gateway';

describe('readProjectIssues: a large project in key ranges at once', () => {
  let emulator: JiraEmulator;
  beforeAll(async () => {
    emulator = await openBigEmulator();
  });

  it('reads the same issues, in key order, as one walk, within 1.05 x its pages, with several searches in flight', async () => {
    const sequential = await readAllIssues(gatewayOver(emulator).jira, 'project = "ALPHA" ORDER BY key ASC', 'app');
    expect(sequential.complete).toBe(true);
    const pages = Math.ceil(sequential.issues.length / 100);
    expect(pages).toBeGreaterThan(50);

    const { jira, calls, maxInFlight } = gatewayOver(emulator);
    const read = await readProjectIssues(jira, 'ALPHA', 'app');
    expect(read.complete).toBe(true);
    expect(read.issues.map((r) => r.issue.key)).toEqual(sequential.issues.map((r) => r.issue.key));
    expect(read.issues).toEqual(sequential.issues);
    expect(calls.length).toBeLessThanOrEqual(Math.ceil(1.05 * pages));
    expect(maxInFlight()).toBe(projectReadStreams(pages - 1));
    expect(maxInFlight()).toBeGreaterThan(1);
    // Every range is a bounded key range of the project, so no issue is read twice.
    expect(calls.filter((c) => c.jql?.includes('key >=')).length).toBeGreaterThan(0);
  });

  it('passes reconcileIssues to every range', async () => {
    const bodies: unknown[] = [];
    const { jira } = gatewayOver(emulator);
    const search = jira.searchIssues.bind(jira);
    jira.searchIssues = (jql, options) => {
      bodies.push(options.reconcileIssues);
      return search(jql, options);
    };
    const read = await readProjectIssues(jira, 'ALPHA', 'app', ['90001']);
    expect(read.complete).toBe(true);
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.every((r) => JSON.stringify(r) === '["90001"]')).toBe(true);
  });

  it('is incomplete, with what it read and Jira’s Retry-After, when one range is rate-limited past the retry budget', async () => {
    const full = await readProjectIssues(gatewayOver(emulator).jira, 'ALPHA', 'app');
    // The last range (open-ended: no upper key) answers 429 with Retry-After 30 s, past the budget's longest wait.
    const lastRange = (jql: string) => jql.includes('key >=') && !jql.includes('key <');
    const { jira, calls } = gatewayOver(
      emulator,
      new RetryBudget({ maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5_000, maxTotalWaitMs: 10_000 }),
      lastRange,
    );
    const read = await readProjectIssues(jira, 'ALPHA', 'app');
    expect(read.complete).toBe(false);
    expect(read.retryAfterSeconds).toBe(30);
    expect(read.note).toMatch(/rate-limiting/);
    expect(read.issues.length).toBeGreaterThanOrEqual(100);
    expect(read.issues.length).toBeLessThan(full.issues.length);
    expect(new Set(read.issues.map((r) => r.issue.id)).size).toBe(read.issues.length);
    // The other ranges stopped at their next page instead of reading on to their end.
    expect(calls.filter((c) => c.jql && lastRange(c.jql))).toHaveLength(1);
    expect(calls.length).toBeLessThan(Math.ceil(full.issues.length / 100) / 2);
  });

  it('a project of a few pages is one walk as before, after one count (no ranges)', async () => {
    const { jira, calls } = gatewayOver(emulator);
    const read = await readProjectIssues(jira, 'BETA', 'app');
    expect(read.complete).toBe(true);
    expect(read.issues.length).toBeGreaterThan(100);
    expect(calls.map((c) => `${c.path} ${c.jql}`)).toEqual([
      '/rest/api/3/search/jql project = "BETA" ORDER BY key ASC',
      '/rest/api/3/search/approximate-count project = "BETA"',
      '/rest/api/3/search/jql project = "BETA" ORDER BY key ASC',
    ]);
  });

  it('stops page-aligned when told, says which key ranges are left, and reading those gives exactly the rest', async () => {
    const full = await readProjectIssues(gatewayOver(emulator).jira, 'ALPHA', 'app');
    const { jira } = gatewayOver(emulator);
    const keys: string[] = [];
    const keep = (records: { issue: { key: string } }[]) => keys.push(...records.map((r) => r.issue.key));
    // Each "invocation" may fetch 25 pages, then its time is up.
    const invocation = (ranges?: readonly KeyRange[]): Promise<StreamedRead> => {
      let pages = 0;
      return streamProjectIssues(jira, 'ALPHA', 'app', [], keep, {
        shouldStop: () => ++pages > 25,
        ...(ranges ? { ranges } : {}),
      });
    };
    const reads = [await invocation()];
    while (reads.at(-1)?.left) reads.push(await invocation(reads.at(-1)?.left));
    expect(reads.length).toBeGreaterThan(2);
    for (const read of reads.slice(0, -1)) {
      expect(read.complete).toBe(false);
      expect(read.note).toMatch(/time limit/);
      expect(read.left?.length).toBeGreaterThan(0);
    }
    expect(reads.at(-1)?.complete).toBe(true);
    // Every issue exactly once over all the invocations: no gap and no overlap between ranges.
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(full.issues.map((r) => r.issue.key).sort());
  });

  it('a read told to stop at once still reads a page first, so a read in parts always moves on', async () => {
    const { jira, calls } = gatewayOver(emulator);
    const read = await streamProjectIssues(jira, 'ALPHA', 'app', [], () => undefined, {
      shouldStop: () => true,
      ranges: [{ from: 100, to: null }],
    });
    expect(read).toMatchObject({ complete: false, issues: 100, left: [{ from: 200, to: null }] });
    expect(calls).toHaveLength(1);
  });

  it('a small project stopped after its first page leaves one open range from the next key', async () => {
    const { jira } = gatewayOver(emulator);
    let asked = 0;
    const keys: string[] = [];
    const read = await streamProjectIssues(jira, 'BETA', 'app', [], (r) => keys.push(...r.map((x) => x.issue.key)), {
      shouldStop: () => ++asked > 0,
    });
    const last = Number(keys.at(-1)?.split('-')[1]);
    expect(read).toMatchObject({ complete: false, issues: keys.length, left: [{ from: last + 1, to: null }] });
  });

  it('keeps to the streams Jira’s points allow', () => {
    expect(projectReadStreams(1)).toBe(1);
    expect(projectReadStreams(40)).toBe(1);
    expect(projectReadStreams(41)).toBe(2);
    expect(projectReadStreams(650)).toBe(PROJECT_READ_STREAMS_MAX);
    expect(projectReadStreams(1_000)).toBe(PROJECT_READ_STREAMS_MAX);
    expect(projectReadStreams(5_000)).toBe(3);
  });
});
