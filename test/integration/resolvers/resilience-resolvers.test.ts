import type { DashboardView, PortfolioPage, RequirementContextView } from '../../../src/contract/views';
import {
  ADMIN_ID,
  VIEWER_ID,
  expectOk,
  globalPage,
  invoke,
  issuePanel,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';
import { rowsOf } from '../../fixtures/dashboard-rows';

describe('rate limits and partial reads (emulator faults, no real sleeping)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => {
    h.emulator.clearFaults();
    h.sleeps.length = 0;
  });

  it('429 with Retry-After is honoured and retried: the answer is complete', async () => {
    h.emulator.injectFault({ status: 429, count: 2, retryAfterSeconds: 2, pathPrefix: '/rest/api/3/search/jql' });
    const view = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    expect(view.coverage.complete).toBe(true);
    expect(h.sleeps).toEqual([2000, 2000]);
  });

  it('5xx is retried with backoff', async () => {
    h.emulator.injectFault({ status: 503, count: 1, pathPrefix: '/rest/api/3/search/jql' });
    const view = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    expect(view.coverage.complete).toBe(true);
    expect(h.sleeps).toHaveLength(1);
  });

  it('a search that keeps answering 429 past the budget gives incomplete with the partial view', async () => {
    h.emulator.injectFault({ status: 429, count: 100, retryAfterSeconds: 1, pathPrefix: '/rest/api/3/search/jql' });
    const result = await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('incomplete');
    const partial = (result.error.details as { partial: DashboardView }).partial;
    expect(partial.coverage.complete).toBe(false);
    expect(partial.coverage.note).toMatch(/rate-limiting/);
    expect(partial.project.key).toBe('CHK');
  });

  it('the portfolio answers incomplete (never a silently partial total) when a partition cannot be read', async () => {
    h.emulator.injectFault({
      status: 429,
      count: 100,
      retryAfterSeconds: 1,
      pathPrefix: '/rest/api/3/search/jql',
      accountId: VIEWER_ID,
    });
    const result = await invoke<PortfolioPage>(
      h,
      'pm-portfolio',
      'getPortfolio',
      { pageSize: 10 },
      VIEWER_ID,
      globalPage,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('incomplete');
    const partial = (result.error.details as { partial: PortfolioPage }).partial;
    expect(partial.coverage.complete).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/PLAT/);
  });

  it('a non-search call rate-limited past the budget answers rate-limited with Retry-After', async () => {
    h.emulator.injectFault({ status: 429, count: 100, retryAfterSeconds: 30, pathPrefix: '/rest/api/3/project/' });
    const result = await invoke(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK'));
    expect(result).toEqual({
      ok: false,
      error: { code: 'rate-limited', message: expect.any(String), details: { retryAfterSeconds: 30 } },
    });
  });

  it('an unexpected failure answers internal without a stack trace', async () => {
    h.emulator.injectFault({ status: 500, count: 100, pathPrefix: '/rest/api/3/project/' });
    const result = await invoke(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toMatch(/\bat\s.+:\d+/);
    }
  });
});

/**
 * App storage over its quota: the real @forge/kvs against the local KVS with
 * lowered limits answers 429 RATE_LIMIT_EXCEEDED, and the resolver says
 * `rate-limited` in words, not `internal`.
 */
describe('KVS rate limit (real @forge/kvs, lowered limits)', () => {
  const rateLimited = {
    ok: false,
    error: {
      code: 'rate-limited',
      message: 'The app is handling too many requests right now. Wait a minute and try again.',
    },
  };
  const storyKey = async (h: Harness) => {
    const view = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', {}, ADMIN_ID, projectPage('CHK')),
    );
    return rowsOf(view)[0]!.key;
  };

  it('a save when no write units are left answers rate-limited; reading still works', async () => {
    const h = await openHarness({ kvsLimits: { writeUnitsPerMinute: 0 } });
    try {
      const key = await storyKey(h);
      const view = expectOk(
        await invoke<RequirementContextView>(
          h,
          'pm-requirement-panel',
          'getRequirementContext',
          {},
          ADMIN_ID,
          issuePanel(key, 'CHK'),
        ),
      );
      const result = await invoke(
        h,
        'pm-requirement-panel',
        'saveRequirement',
        { version: view.pm.version, changes: { scores: { moscow: 'must' } } },
        ADMIN_ID,
        issuePanel(key, 'CHK'),
      );
      expect(result).toEqual(rateLimited);
      expect(h.kvs.usage().rateLimited).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });

  it('a read when no read units are left answers rate-limited', async () => {
    const h = await openHarness({ kvsLimits: { readUnitsPerMinute: 0 } });
    try {
      const result = await invoke(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        ADMIN_ID,
        issuePanel('CHK-1', 'CHK'),
      );
      expect(result).toEqual(rateLimited);
    } finally {
      await h.close();
    }
  });
});
