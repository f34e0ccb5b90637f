import { call, openTestEmulator } from './helpers';

describe('faults and rate limits', () => {
  it('injectFault answers the next N matching requests with the status, then recovers', async () => {
    const emu = await openTestEmulator();
    emu.injectFault({ status: 429, count: 2, retryAfterSeconds: 7, pathPrefix: '/rest/api/3/search/jql' });
    emu.injectFault({ status: 503, count: 1, accountId: 'acc-viewer' });
    const search = '/rest/api/3/search/jql?jql=project%3DALPHA';
    expect((await call(emu, 'GET', '/rest/api/3/myself')).status).toBe(200); // other path: untouched
    const first = await call(emu, 'GET', search);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    expect((await call(emu, 'GET', search)).status).toBe(429);
    expect((await call(emu, 'GET', search)).status).toBe(200);
    expect((await call(emu, 'GET', '/rest/api/3/myself')).status).toBe(200); // admin: not the viewer's fault
    expect((await call(emu, 'GET', '/rest/api/3/myself', { as: 'viewer' })).status).toBe(503);
    expect((await call(emu, 'GET', '/rest/api/3/myself', { as: 'viewer' })).status).toBe(200);
    emu.injectFault({ status: 500, count: 5 });
    emu.clearFaults();
    expect((await call(emu, 'GET', '/rest/api/3/myself')).status).toBe(200);
  });

  it('charges 1 + 1 per returned object per account and answers 429 with Retry-After when spent', async () => {
    let now = Date.UTC(2025, 5, 1, 12, 0, 0);
    const emu = await openTestEmulator({
      rateLimit: { pointsPerWindow: 120, windowMs: 10_000 },
      now: () => new Date(now),
    });
    const page = await call(emu, 'GET', '/rest/api/3/search/jql?jql=project%3DALPHA&maxResults=100');
    expect(page.status).toBe(200);
    expect(page.headers.get('x-ratelimit-limit')).toBe('120');
    expect(page.headers.get('x-ratelimit-remaining')).toBe('19'); // 120 - (1 + 100)
    expect((await call(emu, 'GET', '/rest/api/3/search/jql?jql=project%3DALPHA&maxResults=50')).status).toBe(200); // goes over
    const limited = await call(emu, 'GET', '/rest/api/3/myself');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect((await call(emu, 'GET', '/rest/api/3/myself', { as: 'viewer' })).status).toBe(200); // per account
    now += 10_000;
    expect((await call(emu, 'GET', '/rest/api/3/myself')).status).toBe(200);
  });
});
