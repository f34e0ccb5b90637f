import type { Route } from '@forge/api';
import { ForgeJiraGateway, type JiraRequester, type JiraResponse } from '../../../src/adapters/forge-jira-gateway';
import { SERVER_TIME_ZONE_KEY, kvsServerTimeZoneCache } from '../../../src/adapters/server-time-zone-cache';
import { siteTimeZone } from '../../../src/app/shared/site-time-zone';
import type { Clock } from '../../../src/ports/clock';
import { JiraUnavailableError } from '../../../src/ports/jira-errors';
import { StorageRateLimitedError } from '../../../src/ports/key-value-store';
import type { Logger } from '../../../src/ports/logger';
import { InMemoryStore } from '../../fixtures/backend/in-memory-store';
import { jsonResponse } from '../../fixtures/backend/jira-response';

/** A gateway per invocation, as compose-deps builds them, sharing one store; counts GET /serverInfo. */
function site(
  answer: () => JiraResponse = () =>
    jsonResponse(200, { baseUrl: 'https://x.atlassian.net', serverTimeZone: 'Pacific/Auckland' }),
  store = new InMemoryStore(),
) {
  let now = new Date('2026-11-01T09:00:00Z');
  const clock: Clock = { now: () => now, sleep: async () => undefined };
  const reads: string[] = [];
  const request: JiraRequester = async (actor, path: Route) => {
    if (path.value !== '/rest/api/3/serverInfo') throw new Error(`unexpected ${path.value}`);
    reads.push(actor);
    return answer();
  };
  const invocation = () =>
    new ForgeJiraGateway({ clock, request, serverTimeZoneCache: kvsServerTimeZoneCache(store, clock) });
  return { store, reads, invocation, advance: (ms: number) => void (now = new Date(now.getTime() + ms)) };
}

function logger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => undefined, warn: (m) => void warnings.push(m), error: () => undefined };
}

describe("the site's time zone (GET /serverInfo) kept in app storage for an hour", () => {
  it('costs one serverInfo call per hour however many invocations and reads ask', async () => {
    const s = site();
    const first = s.invocation();
    expect(await first.serverTimeZone()).toBe('Pacific/Auckland');
    expect(await first.serverTimeZone()).toBe('Pacific/Auckland');
    for (let i = 0; i < 5; i += 1) {
      s.advance(10 * 60 * 1000 - 1); // within the hour
      expect(await s.invocation().serverTimeZone()).toBe('Pacific/Auckland');
    }
    expect(s.reads).toEqual(['app']);
    expect(await s.store.get(SERVER_TIME_ZONE_KEY)).toEqual({
      timeZone: 'Pacific/Auckland',
      readAt: '2026-11-01T09:00:00.000Z',
    });
    s.advance(10 * 60 * 1000 + 5); // an hour after the first read
    await s.invocation().serverTimeZone();
    expect(s.reads).toHaveLength(2);
  });

  it('an answer without a zone is kept as none; another shape is none; an outage propagates and is not kept', async () => {
    const none = site(() => jsonResponse(200, { baseUrl: 'x' }));
    expect(await none.invocation().serverTimeZone()).toBeUndefined();
    expect(await none.invocation().serverTimeZone()).toBeUndefined();
    expect(none.reads).toHaveLength(1);
    expect(await none.store.get(SERVER_TIME_ZONE_KEY)).toMatchObject({ timeZone: null });

    const odd = site(() => jsonResponse(200, { serverTimeZone: 42 }));
    expect(await odd.invocation().serverTimeZone()).toBeUndefined();

    let down = true;
    const flaky = site(() => (down ? jsonResponse(503, {}) : jsonResponse(200, { serverTimeZone: 'Europe/Berlin' })));
    const gateway = flaky.invocation();
    await expect(gateway.serverTimeZone()).rejects.toBeInstanceOf(JiraUnavailableError);
    expect(await flaky.store.get(SERVER_TIME_ZONE_KEY)).toBeUndefined();
    down = false;
    expect(await gateway.serverTimeZone()).toBe('Europe/Berlin');
  });

  it('storage failing either way asks Jira and never fails the read; a stored value of another shape is ignored', async () => {
    const broken = new InMemoryStore();
    broken.get = async () => {
      throw new StorageRateLimitedError();
    };
    broken.set = async () => {
      throw new StorageRateLimitedError();
    };
    const s = site(undefined, broken);
    expect(await s.invocation().serverTimeZone()).toBe('Pacific/Auckland');
    expect(await s.invocation().serverTimeZone()).toBe('Pacific/Auckland');
    expect(s.reads).toHaveLength(2);

    const store = new InMemoryStore();
    await store.set(SERVER_TIME_ZONE_KEY, { timeZone: 'Mars/Olympus', readAt: 'soon' });
    const t = site(undefined, store);
    expect(await t.invocation().serverTimeZone()).toBe('Pacific/Auckland');
    expect(t.reads).toHaveLength(1);
  });

  it('siteTimeZone: a known zone as given; an unknown or missing one falls back to UTC with a logged warning', async () => {
    const log = logger();
    expect(await siteTimeZone({ jira: site().invocation(), logger: log })).toBe('Pacific/Auckland');
    expect(log.warnings).toEqual([]);
    expect(
      await siteTimeZone({
        jira: site(() => jsonResponse(200, { serverTimeZone: 'Mars/Olympus' })).invocation(),
        logger: log,
      }),
    ).toBe('UTC');
    expect(await siteTimeZone({ jira: site(() => jsonResponse(200, {})).invocation(), logger: log })).toBe('UTC');
    expect(log.warnings).toHaveLength(2);
    expect(log.warnings[0]).toContain("'Mars/Olympus' is unknown");
    expect(log.warnings[1]).toContain('missing');
  });
});
