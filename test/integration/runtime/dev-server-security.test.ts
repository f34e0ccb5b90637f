import { join, resolve } from 'node:path';
import { loadManifest } from '../../../dev/forge-runtime/app-manifest';
import { createEmulatorBackend } from '../../../dev/forge-runtime/emulator-backend';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import { createDevServer, type DevServer } from '../../../dev/server/create-dev-server';
import * as fixtureApp from '../../fixtures/runtime/app';
import { createFakeJiraEmulator } from '../../fixtures/runtime/fake-jira-emulator';
import { httpRequest } from './http-request';

/**
 * The dev server's transport and its defence against other web pages: malformed and
 * oversized invoke bodies, Host (DNS rebinding) and Origin / Sec-Fetch-Site (cross-site
 * writes) checks, over real HTTP on loopback.
 */
const manifest = loadManifest(join(__dirname, '../../fixtures/runtime/manifest.yml'));
const users = [
  {
    accountId: 'acc-admin',
    displayName: 'Ada Admin',
    emailAddress: 'admin@example.com',
    apiToken: 'admin-token',
    siteAdmin: true,
  },
];
const CONTEXT = { moduleKey: 'fixture-page', accountId: 'acc-admin', extension: { type: 'jira:projectPage' } };

describe('dev server transport and security (HTTP)', () => {
  let server: DevServer;
  let kvs: KvsEmulator;
  let url: string;
  let port: number;
  let logs: string[];

  beforeAll(async () => {
    kvs = await openKvsEmulator({});
    logs = [];
    const emulator = createFakeJiraEmulator(users, [
      { id: '10001', key: 'PLAT-1', summary: 'Faster checkout', projectKey: 'PLAT' },
    ]);
    server = createDevServer({
      manifest,
      appModule: fixtureApp,
      jira: createEmulatorBackend(emulator),
      kvs,
      emulator,
      rootDir: resolve(__dirname, '../../..'),
      log: (message) => void logs.push(message),
    });
    ({ url, port } = await server.listen(0));
  });
  afterAll(async () => {
    await server.close();
  });

  const postInvoke = (body: string, headers: Record<string, string> = {}) =>
    httpRequest(`${url}/__forge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const whoAmI = (payload: unknown = {}) => JSON.stringify({ functionKey: 'whoAmI', payload, context: CONTEXT });

  describe('invoke transport', () => {
    it('malformed JSON answers 400 with a fixed message that does not quote the body', async () => {
      const response = await postInvoke('{"functionKey": "whoAmI", secret-text');
      expect(response.status).toBe(400);
      expect(JSON.parse(response.text)).toEqual({ error: { message: expect.any(String) } });
      expect(response.text).not.toContain('secret-text');
    });

    it('accepts a body just under Forge’s 500 KB invoke limit and answers 413 over it', async () => {
      const body = (fill: number) => whoAmI({ fill: 'x'.repeat(fill) });
      const under = body(499_000);
      expect(Buffer.byteLength(under)).toBeLessThan(500_000);
      expect((await postInvoke(under)).status).toBe(200);
      const over = await postInvoke(body(600_000));
      expect(over.status).toBe(413);
      expect(JSON.parse(over.text)).toEqual({ error: { message: expect.stringMatching(/too large/) } });
    });
  });

  describe('Host (DNS rebinding)', () => {
    it.each(['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST'])('answers Host %s on its own port', async (name) => {
      const response = await httpRequest(`${url}/healthz`, { headers: { host: `${name}:${port}` } });
      expect(response.status).toBe(200);
    });

    it.each([['evil.example:PORT'], ['127.0.0.1:1'], ['127.0.0.1'], ['attacker.test'], ['127.0.0.1.nip.io:PORT']])(
      'refuses Host %s with 421, for pages and writes alike',
      async (host) => {
        const headers = { host: host.replace('PORT', String(port)) };
        const page = await httpRequest(`${url}/`, { headers });
        expect(page.status).toBe(421);
        expect(page.text).toMatch(/only requests to 127\.0\.0\.1, localhost or \[::1\]/);
        const write = await postInvoke(whoAmI(), headers);
        expect(write.status).toBe(421);
        const rest = await httpRequest(`${url}/rest/api/3/myself`, {
          headers: {
            ...headers,
            authorization: `Basic ${Buffer.from('admin@example.com:admin-token').toString('base64')}`,
          },
        });
        expect(rest.status).toBe(421);
      },
    );
  });

  describe('Origin and Sec-Fetch-Site on state-changing requests', () => {
    const own = () => `http://127.0.0.1:${port}`;

    it('an invoke from the server’s own origin, or with no Origin (curl, Node), is answered', async () => {
      expect((await postInvoke(whoAmI(), { origin: own(), 'sec-fetch-site': 'same-origin' })).status).toBe(200);
      expect((await postInvoke(whoAmI())).status).toBe(200);
      expect(
        (await postInvoke(whoAmI(), { host: `localhost:${port}`, origin: `http://localhost:${port}` })).status,
      ).toBe(200);
    });

    it.each([
      ['a foreign Origin', { origin: 'http://evil.example' }],
      ['another local port', { origin: 'http://127.0.0.1:1' }],
      ['another loopback name', { origin: 'http://localhost:PORT' }],
      ['Origin null', { origin: 'null' }],
      ['Sec-Fetch-Site cross-site without Origin', { 'sec-fetch-site': 'cross-site' }],
    ])('refuses %s with 403 on every write endpoint', async (_label, raw) => {
      const headers = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.replace('PORT', String(port))]));
      const refused = [
        await postInvoke(whoAmI(), headers),
        await httpRequest(`${url}/__forge/request-jira`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: '{}',
        }),
        await httpRequest(`${url}/__forge/scheduled/fixture-nightly`, { method: 'POST', headers }),
        await httpRequest(`${url}/rest/api/3/issue/PLAT-1`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', ...headers },
          body: '{}',
        }),
        await httpRequest(`${url}/rest/api/3/issue/PLAT-1`, { method: 'DELETE', headers }),
        // Routes added later are covered too: the check runs before routing.
        await httpRequest(`${url}/__forge/some-future-endpoint`, { method: 'POST', headers }),
      ];
      expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
      expect(refused[0]!.text).toMatch(/Cross-origin requests may not change anything/);
    });

    it('GETs from other sites still work (links to the local pages); writes without Origin reach the emulator', async () => {
      expect((await httpRequest(`${url}/`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
      const basic = `Basic ${Buffer.from('admin@example.com:admin-token').toString('base64')}`;
      const write = await httpRequest(`${url}/rest/api/3/issue/PLAT-1`, {
        method: 'PUT',
        headers: { authorization: basic, 'content-type': 'application/json' },
        body: '{}',
      });
      // The fixture emulator answers the issue whatever the method: the request got through.
      expect(write.status).toBe(200);
      expect(JSON.parse(write.text)).toEqual(expect.objectContaining({ key: 'PLAT-1' }));
    });
  });
});
