import { ConfigError, parseLocalAppConfig } from '../../../dev/local-app-config';
import { createRealSiteBackend } from '../../../dev/forge-runtime/real-site-backend';

describe('npm start configuration', () => {
  it('has documented defaults: PORT 4300, .pm-data in the repo, demo seed 42 with 3000 issues, no added KVS latency', () => {
    expect(parseLocalAppConfig([], {}, '/repo')).toEqual({
      port: 4300,
      dataDir: '/repo/.pm-data',
      demo: { seed: 42, issues: 3000 },
      reset: false,
      kvsLatencyMs: 0,
    });
  });

  it('reads flags and environment', () => {
    const config = parseLocalAppConfig(
      ['--dataset', '/data/d.json', '--issues', '600', '--seed', '7', '--reset'],
      { PORT: '5000', PM_DATA_DIR: '/tmp/x', PM_KVS_LATENCY_MS: '25' },
      '/repo',
    );
    expect(config).toEqual({
      port: 5000,
      dataDir: '/tmp/x',
      datasetFile: '/data/d.json',
      demo: { seed: 7, issues: 600 },
      reset: true,
      kvsLatencyMs: 25,
    });
  });

  it('real-site mode needs all three JIRA_ variables', () => {
    expect(
      parseLocalAppConfig([], { JIRA_SITE: 'x.atlassian.net', JIRA_EMAIL: 'a@b.c', JIRA_API_TOKEN: 't' }, '/r')
        .realSite,
    ).toEqual({
      site: 'x.atlassian.net',
      email: 'a@b.c',
      token: 't',
    });
    expect(() => parseLocalAppConfig([], { JIRA_SITE: 'x.atlassian.net' }, '/r')).toThrow(
      /missing JIRA_EMAIL, JIRA_API_TOKEN/,
    );
  });

  it('rejects bad values and unknown flags', () => {
    expect(() => parseLocalAppConfig(['--issues', 'many'], {}, '/r')).toThrow(ConfigError);
    expect(() => parseLocalAppConfig(['--nope'], {}, '/r')).toThrow(ConfigError);
    expect(() => parseLocalAppConfig([], { PORT: '70000' }, '/r')).toThrow(ConfigError);
    expect(() => parseLocalAppConfig([], { PM_KVS_LATENCY_MS: 'slow' }, '/r')).toThrow(
      /PM_KVS_LATENCY_MS must be a non-negative integer/,
    );
  });
});

describe('real-site backend', () => {
  it('calls the site with basic auth for asUser and asApp alike', async () => {
    const calls: Array<{ url: string; auth: string | null }> = [];
    const backend = createRealSiteBackend({
      site: 'example.atlassian.net/',
      email: 'me@example.com',
      token: 'secret',
      fetchImpl: (async (url: string, init?: RequestInit) => {
        calls.push({ url, auth: new Headers(init?.headers).get('authorization') });
        return new Response('{}', { status: 200 });
      }) as typeof fetch,
    });
    await backend.fetch('/rest/api/3/myself', { method: 'GET' }, { kind: 'user', accountId: 'anyone' });
    await backend.fetch('/rest/api/3/project/search', { method: 'GET' }, { kind: 'app' });
    const expected = `Basic ${Buffer.from('me@example.com:secret').toString('base64')}`;
    expect(calls).toEqual([
      { url: 'https://example.atlassian.net/rest/api/3/myself', auth: expected },
      { url: 'https://example.atlassian.net/rest/api/3/project/search', auth: expected },
    ]);
  });
});
