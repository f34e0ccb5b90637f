import type { FaultRates } from '../../dev/emulator';
import { FAULT_KINDS } from '../../dev/emulator';
import type { Result } from '../../src/contract/result';
import type { RollupJob } from '../../src/contract/views';
import {
  ADMIN_ID,
  expectOk,
  globalPage,
  invoke,
  jiraAs,
  openHarness,
  projectPage,
  type Harness,
} from '../integration/resolvers/resolver-harness';
import { compareToBaseline, type Outcome } from './compare-to-baseline';

/**
 * Reads under random Jira faults (429 with Retry-After, 500, 503, slow answers,
 * dropped connections, bodies cut mid-way, expired page tokens: 10 % of requests)
 * answer exactly what they answer without faults, or say `incomplete` with a
 * reason - never other numbers silently. Each trial re-seeds the emulator's faults;
 * the app's backoff clock never sleeps, so the trials are fast and deterministic.
 */
const HEAVY = process.env['PM_RELIABILITY_HEAVY'] === '1';
const TRIALS = HEAVY ? 300 : 30;

/** 10 % of requests fail in one of six ways; a tenth of page continuations find their token expired. */
const TEN_PERCENT: Omit<FaultRates, 'seed'> = {
  rateLimited: 0.02,
  serverError: 0.02,
  unavailable: 0.02,
  slow: 0.01,
  dropped: 0.015,
  truncated: 0.015,
  expiredPageToken: 0.1,
  slowMs: 2,
  retryAfterSeconds: 1,
};

type Read = { name: string; run: (h: Harness) => Promise<Result<unknown>> };
const READS: Read[] = [
  { name: 'dashboard CHK', run: (h) => invoke(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')) },
  {
    name: 'dashboard MOB (wsjf)',
    run: (h) => invoke(h, 'pm-dashboard', 'getDashboard', { model: 'wsjf' }, ADMIN_ID, projectPage('MOB')),
  },
  {
    name: 'backlog CSV CHK',
    run: (h) => invoke(h, 'pm-dashboard', 'exportBacklogCsv', {}, ADMIN_ID, projectPage('CHK')),
  },
  {
    name: 'portfolio (live)',
    run: (h) => invoke(h, 'pm-portfolio', 'getPortfolio', { pageSize: 50 }, ADMIN_ID, globalPage),
  },
];

const productsOf = (result: Result<unknown>): Result<unknown> =>
  result.ok ? { ok: true, data: (result.data as { products: unknown }).products } : result;

describe('reads under 10 % Jira faults: the fault-free figures or an explicit incomplete', () => {
  let h: Harness;
  const baseline = new Map<string, unknown>();
  const tally: Record<string, Record<Outcome['kind'], number>> = {};
  const record = (name: string, outcome: Outcome) => {
    tally[name] ??= { same: 0, incomplete: 0, 'rate-limited': 0, error: 0, different: 0 };
    tally[name][outcome.kind] += 1;
  };

  beforeAll(async () => {
    h = await openHarness({ issues: 300 });
    for (const read of READS) baseline.set(read.name, expectOk(await read.run(h)));
  });
  afterAll(async () => {
    const stats = h.emulator.faultStats();
    // The figures the README's Reliability section quotes.
    console.log(
      JSON.stringify(
        { trials: TRIALS, requests: stats.requests, faultsInjected: stats.injected, outcomes: tally },
        null,
        1,
      ),
    );
    await h.close();
  });

  it('the emulator injects every kind, reproducibly from the seed', async () => {
    const statuses = async (seed: number) => {
      h.emulator.setFaultRates({
        seed,
        rateLimited: 0.2,
        serverError: 0.2,
        unavailable: 0.2,
        dropped: 0.2,
        truncated: 0.1,
        slow: 0.1,
        slowMs: 1,
      });
      const seen: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        try {
          const response = await jiraAs(h, ADMIN_ID, '/rest/api/3/myself');
          const body = await response.text().then(
            (t) => (JSON.parse(t) as unknown, 'body'),
            () => 'cut',
          );
          seen.push(`${response.status}:${body === 'body' ? 'ok' : body}`);
        } catch (error) {
          seen.push(`dropped:${(error as Error).name}`);
        }
      }
      h.emulator.setFaultRates({});
      return seen;
    };
    const first = await statuses(11);
    expect(await statuses(11)).toEqual(first);
    expect(await statuses(12)).not.toEqual(first);
    expect(new Set(first.map((s) => s.split(':')[0]))).toEqual(new Set(['200', '429', '500', '503', 'dropped']));
    expect(first).toContain('200:cut');
    // An expired page token is a 400 on a continuation only.
    h.emulator.setFaultRates({ seed: 1, expiredPageToken: 1 });
    const jql = encodeURIComponent('project = CHK ORDER BY key');
    const page1 = (await (await jiraAs(h, ADMIN_ID, `/rest/api/3/search/jql?jql=${jql}&maxResults=10`)).json()) as {
      nextPageToken: string;
    };
    const page2 = await jiraAs(
      h,
      ADMIN_ID,
      `/rest/api/3/search/jql?jql=${jql}&maxResults=10&nextPageToken=${encodeURIComponent(page1.nextPageToken)}`,
    );
    expect(page2.status).toBe(400);
    expect(await page2.json()).toMatchObject({ errorMessages: [expect.stringMatching(/page token/i)] });
    h.emulator.setFaultRates({});
  });

  it.each(READS.map((r) => [r.name, r] as const))(
    `%s: ${TRIALS} seeded trials, never different figures`,
    async (name, read) => {
      const differing: string[] = [];
      for (let seed = 1; seed <= TRIALS; seed += 1) {
        h.emulator.setFaultRates({ seed, ...TEN_PERCENT });
        const outcome = compareToBaseline(await read.run(h), baseline.get(name));
        h.emulator.setFaultRates({});
        record(name, outcome);
        if (outcome.kind === 'different' || outcome.kind === 'error')
          differing.push(`seed ${seed}: ${outcome.kind} ${outcome.detail}`);
      }
      expect(differing).toEqual([]);
      // The faults were real: most trials still answered in full, and some needed the retries.
      expect(tally[name]!.same).toBeGreaterThan(TRIALS / 2);
    },
  );

  // Before the background roll-up below: once a project has stored state its page is served from it (no live read to cut short).
  it('when most searches fail the retry budget runs out: the dashboard says incomplete (with a reason), never other figures', async () => {
    const outcomes: Outcome[] = [];
    for (let seed = 1; seed <= TRIALS; seed += 1) {
      const heavy = { rateLimited: 0.15, serverError: 0.15, unavailable: 0.15, dropped: 0.1, truncated: 0.05 };
      h.emulator.setFaultRates({ seed: 5000 + seed, ...TEN_PERCENT, ...heavy, pathPrefix: '/rest/api/3/search/jql' });
      outcomes.push(compareToBaseline(await READS[0]!.run(h), baseline.get(READS[0]!.name)));
      h.emulator.setFaultRates({});
    }
    for (const outcome of outcomes) record('dashboard CHK, 60 % of searches failing', outcome);
    expect(outcomes.filter((o) => o.kind === 'different')).toEqual([]);
    expect(outcomes.some((o) => o.kind === 'incomplete')).toBe(true);
  });

  it(`background roll-up under faults caches only fault-free figures (${TRIALS / 3} jobs)`, async () => {
    const portfolio = baseline.get('portfolio (live)');
    const differing: string[] = [];
    for (let seed = 1; seed <= TRIALS / 3; seed += 1) {
      h.emulator.setFaultRates({ seed: 1000 + seed, ...TEN_PERCENT });
      const job = expectOk(await invoke<RollupJob>(h, 'pm-portfolio', 'startRollup', {}, ADMIN_ID, globalPage));
      await h.runtime.idle();
      const progress = expectOk(
        await invoke<RollupJob>(h, 'pm-portfolio', 'getRollupProgress', { jobId: job.jobId }, ADMIN_ID, globalPage),
      );
      h.emulator.setFaultRates({});
      expect(['done', 'failed']).toContain(progress.state);
      // Fault-free read now: rows come from the cache where a chunk completed (coverage then counts
      // only the issues read live, so the product rows are what must match).
      const outcome = compareToBaseline(
        productsOf(await READS[3]!.run(h)),
        productsOf({ ok: true, data: portfolio }).ok ? (portfolio as { products: unknown }).products : undefined,
      );
      record('portfolio after roll-up', outcome);
      if (outcome.kind !== 'same')
        differing.push(`seed ${seed}: ${outcome.kind} ${outcome.detail} (job ${progress.state})`);
    }
    expect(differing).toEqual([]);
  });

  it('every fault kind was injected during the trials', () => {
    const { injected } = h.emulator.faultStats();
    for (const kind of FAULT_KINDS) expect({ kind, injected: injected[kind] > 0 }).toEqual({ kind, injected: true });
  });
});
