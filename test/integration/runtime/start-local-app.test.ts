import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError } from '../../../dev/dataset/load-dataset';
import { generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { startLocalApp, type LocalApp } from '../../../dev/start-local-app';

const kvsGet = async (app: LocalApp, key: string): Promise<unknown> => {
  const response = await app.kvs.fetch('/api/v1/get', { method: 'POST', body: JSON.stringify({ key }) });
  return response.ok ? ((await response.json()) as { value: unknown }).value : undefined;
};

describe('startLocalApp (real emulator, real app module)', () => {
  let dataDir: string;
  let app: LocalApp | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pm-local-app-'));
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves /healthz, the emulator over HTTP with request bodies, and resolvers through /__forge/invoke', async () => {
    app = await startLocalApp({ port: 0, dataDir, demo: { issues: 300 }, log: () => undefined });
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

    const basic = `Basic ${Buffer.from('admin@example.com:admin-token').toString('base64')}`;
    const search = await fetch(`${app.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/json' },
      body: JSON.stringify({ jql: 'project = PLAT ORDER BY key ASC', maxResults: 5, fields: ['summary'] }),
    });
    expect(search.status).toBe(200);
    const page = (await search.json()) as { issues: Array<{ key: string }>; isLast: boolean };
    expect(page.issues).toHaveLength(5);

    const admin = app.emulator?.users().find((u) => u.emailAddress === 'admin@example.com');
    const plat = app.emulator?.projects().find((p) => p.key === 'PLAT');
    const response = await fetch(`${app.url}/__forge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        functionKey: 'getDashboard',
        payload: {},
        context: {
          moduleKey: 'pm-dashboard',
          accountId: admin?.accountId,
          extension: { type: 'jira:projectPage', project: { id: plat?.id, key: 'PLAT', type: 'software' } },
        },
      }),
    });
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual(expect.objectContaining({ ok: true }));
  });

  it('keeps KVS and emulator state across a restart; --reset discards it', async () => {
    const admin = { authorization: `Basic ${Buffer.from('admin@example.com:admin-token').toString('base64')}` };
    const issueStatus = async (running: LocalApp) =>
      (await fetch(`${running.url}/rest/api/3/issue/PLAT-1`, { headers: admin })).status;
    app = await startLocalApp({ port: 0, dataDir, demo: { issues: 100 }, log: () => undefined });
    await app.kvs.fetch('/api/v1/set', { method: 'POST', body: JSON.stringify({ key: 'kept', value: { n: 1 } }) });
    expect((await fetch(`${app.url}/rest/api/3/issue/PLAT-1`, { method: 'DELETE', headers: admin })).status).toBe(204);
    await app.close();
    app = await startLocalApp({ port: 0, dataDir, demo: { issues: 100 }, log: () => undefined });
    await expect(kvsGet(app, 'kept')).resolves.toEqual({ n: 1 });
    expect(await issueStatus(app)).toBe(404);
    await app.close();
    app = await startLocalApp({ port: 0, dataDir, demo: { issues: 100 }, reset: true, log: () => undefined });
    await expect(kvsGet(app, 'kept')).resolves.toBeUndefined();
    expect(await issueStatus(app)).toBe(200);
  });

  it('loads --dataset files and seeds app storage from them on first start', async () => {
    const file = join(dataDir, 'dataset.json');
    writeFileSync(
      file,
      JSON.stringify({ ...generateDemoDataset({ issues: 60 }), appStorage: { 'config:seeded': { from: 'dataset' } } }),
    );
    app = await startLocalApp({ port: 0, dataDir: join(dataDir, 'state'), datasetFile: file, log: () => undefined });
    await expect(kvsGet(app, 'config:seeded')).resolves.toEqual({ from: 'dataset' });
  });

  it('a bad dataset file fails with a DatasetError naming the bad path, before anything starts', async () => {
    const file = join(dataDir, 'bad.json');
    const dataset = generateDemoDataset({ issues: 20 });
    writeFileSync(file, JSON.stringify({ ...dataset, projects: [{ ...dataset.projects[0], key: 'lower-case' }] }));
    const state = join(dataDir, 'state');
    const attempt = startLocalApp({ port: 0, dataDir: state, datasetFile: file, log: () => undefined });
    await expect(attempt).rejects.toBeInstanceOf(DatasetError);
    await expect(attempt).rejects.toThrow(/projects\[0\]\.key/);
    expect(existsSync(state)).toBe(false);
  });
});
