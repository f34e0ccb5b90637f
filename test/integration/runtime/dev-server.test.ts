import { join, resolve } from 'node:path';
import { loadManifest } from '../../../dev/forge-runtime/app-manifest';
import { createEmulatorBackend } from '../../../dev/forge-runtime/emulator-backend';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import { createDevServer, type DevServer } from '../../../dev/server/create-dev-server';
import { injectBridge } from '../../../dev/server/app-resource';
import * as fixtureApp from '../../fixtures/runtime/app';
import { createFakeJiraEmulator } from '../../fixtures/runtime/fake-jira-emulator';

const manifest = loadManifest(join(__dirname, '../../fixtures/runtime/manifest.yml'));
const users = [
  {
    accountId: 'acc-admin',
    displayName: 'Ada Admin',
    emailAddress: 'admin@example.com',
    apiToken: 'admin-token',
    siteAdmin: true,
  },
  {
    accountId: 'acc-viewer',
    displayName: 'Vic Viewer',
    emailAddress: 'viewer@example.com',
    apiToken: 'viewer-token',
    siteAdmin: false,
  },
];

describe('dev server (HTTP)', () => {
  let server: DevServer;
  let kvs: KvsEmulator;
  let url: string;

  beforeAll(async () => {
    kvs = await openKvsEmulator({});
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
      log: () => undefined,
    });
    ({ url } = await server.listen(0));
  });
  afterAll(async () => {
    await server.close();
  });

  const invoke = (body: unknown) =>
    fetch(`${url}/__forge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 and answers /healthz', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ ok: true });
  });

  it('POST /__forge/invoke answers the resolver result, as the context user', async () => {
    const response = await invoke({
      functionKey: 'whoAmI',
      payload: {},
      context: { moduleKey: 'fixture-page', accountId: 'acc-viewer', extension: { type: 'jira:projectPage' } },
    });
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({
      contextAccountId: 'acc-viewer',
      jiraAccountId: 'acc-viewer',
      moduleKey: 'fixture-page',
    });
  });

  it('a throwing resolver gives 500 {error:{message}} without a stack trace; bad requests 400', async () => {
    const response = await invoke({
      functionKey: 'fail',
      context: { moduleKey: 'fixture-page', accountId: 'acc-admin' },
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { message: string } };
    expect(body).toEqual({ error: { message: 'The fixture resolver failed on purpose.' } });
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
    expect((await invoke({ payload: {} })).status).toBe(400);
    expect((await invoke({ functionKey: 'whoAmI', context: { moduleKey: 'nope' } })).status).toBe(404);
  });

  it('POST /__forge/request-jira proxies as the given user', async () => {
    const response = await fetch(`${url}/__forge/request-jira`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        restPath: '/rest/api/3/myself',
        method: 'GET',
        headers: [['accept', 'application/json']],
        body: null,
        accountId: 'acc-admin',
      }),
    });
    const proxied = (await response.json()) as { status: number; body: string; headers: Record<string, string> };
    expect(proxied.status).toBe(200);
    expect(JSON.parse(proxied.body)).toEqual(expect.objectContaining({ accountId: 'acc-admin' }));
    expect(proxied.headers['content-type']).toContain('application/json');
  });

  it('mounts the emulator at /rest/* (status, headers and body pass through)', async () => {
    const basic = `Basic ${Buffer.from('viewer@example.com:viewer-token').toString('base64')}`;
    const me = await fetch(`${url}/rest/api/3/myself`, { headers: { authorization: basic } });
    expect(me.status).toBe(200);
    await expect(me.json()).resolves.toEqual(expect.objectContaining({ accountId: 'acc-viewer' }));
    expect((await fetch(`${url}/rest/api/3/myself`)).status).toBe(401);
    const missing = await fetch(`${url}/rest/api/3/issue/NOPE-1`, { headers: { authorization: basic } });
    expect(missing.status).toBe(404);
    await expect(missing.json()).resolves.toEqual(expect.objectContaining({ errorMessages: expect.any(Array) }));
  });

  it('serves a module resource with the bridge script first in <head>, the context and a no-inline-script CSP', async () => {
    const response = await fetch(`${url}/app/fixture-panel/?issue=PLAT-1&as=acc-admin&theme=dark`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const text = await response.text();
    const head = /<head>(<script[^>]*><\/script>)/.exec(text);
    expect(head?.[1]).toContain('src="/__forge/bridge.js"');
    const attr = /data-forge-context="([^"]*)"/.exec(text)?.[1] ?? '';
    const context = JSON.parse(attr.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<string, unknown>;
    expect(context).toEqual(
      expect.objectContaining({
        accountId: 'acc-admin',
        moduleKey: 'fixture-panel',
        theme: { colorMode: 'dark' },
        extension: {
          type: 'jira:issuePanel',
          issue: { id: '10001', key: 'PLAT-1', type: '', typeId: '' },
          project: { id: '', key: 'PLAT', type: 'software' },
        },
      }),
    );
    expect((await fetch(`${url}/app/fixture-panel/main.js`)).status).toBe(200);
    expect((await fetch(`${url}/app/fixture-panel/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${url}/__forge/bridge.js`)).headers.get('content-type')).toContain('javascript');
    expect((await (await fetch(`${url}/__forge/tokens.css`)).text()).length).toBeGreaterThan(10_000);
  });

  it('frames an issue module; an issue the user cannot see gives a 404 frame with the reason', async () => {
    const ok = await fetch(`${url}/frame/fixture-panel?issue=PLAT-1&as=acc-admin`);
    expect(ok.status).toBe(200);
    const page = await ok.text();
    expect(page).toContain('data-forge-app');
    expect(page).toContain('Faster checkout');
    const denied = await fetch(`${url}/frame/fixture-panel?issue=PLAT-404&as=acc-viewer`);
    expect(denied.status).toBe(404);
    expect(await denied.text()).toContain('Vic Viewer cannot see PLAT-404');
  });

  it('injectBridge puts the script first even when <head> has attributes or is missing', () => {
    const context = { accountId: 'a' } as unknown as Parameters<typeof injectBridge>[1];
    expect(injectBridge('<html><head lang="x"><title>t</title></head></html>', context)).toMatch(
      /^<html><head lang="x"><script src="\/__forge\/bridge.js"/,
    );
    expect(injectBridge('<html><body></body></html>', context)).toMatch(
      /^<html><head><script src="\/__forge\/bridge.js"/,
    );
  });
});
