import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, VIEWER } from '../../../dev/demo-data/users';
import { startLocalApp, type LocalApp } from '../../../dev/start-local-app';
import type { Result } from '../../../src/contract/result';
import type { GadgetAnswer } from '../../../src/contract/views-gadget';

/**
 * The local runtime serves the dashboard gadget as Jira would: its view resource, its edit
 * resource with `?mode=edit`, and a configuration kept per gadget that `view.submit` (the
 * bridge stand-in's POST) replaces and the gadget's context then carries.
 */
const contextOf = (html: string): { extension: Record<string, unknown>; moduleKey: string } => {
  const attr = /data-forge-context="([^"]*)"/.exec(html)?.[1] ?? '';
  return JSON.parse(
    attr
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  ) as { extension: Record<string, unknown>; moduleKey: string };
};

describe('local runtime: the dashboard gadget', () => {
  let dataDir: string;
  let app: LocalApp;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pm-gadget-'));
    app = await startLocalApp({ port: 0, dataDir, demo: { issues: 300 }, log: () => undefined });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const page = async (path: string) => {
    const response = await fetch(`${app.url}${path}`);
    return { status: response.status, text: await response.text() };
  };

  it('opens a gadget on a project in view mode and its edit resource with ?mode=edit', async () => {
    const view = await page(`/app/pm-health-gadget/?project=CHK&as=${ADMIN.accountId}`);
    expect(view.status).toBe(200);
    expect(view.text).toContain('<title>gadget</title>');
    expect(contextOf(view.text).extension).toEqual({
      type: 'jira:dashboardGadget',
      dashboard: { id: 'local-dashboard' },
      gadget: { id: 'project-CHK' },
      gadgetConfiguration: { projectKey: 'CHK' },
    });
    // The edit view lives under /edit/, so its own main.js is the one its index.html loads.
    const edit = await page(`/app/pm-health-gadget/edit/?project=CHK&as=${ADMIN.accountId}`);
    expect(edit.text).toContain('<title>gadget-edit</title>');
    expect(contextOf(edit.text).extension).toMatchObject({ entryPoint: 'edit', gadget: { id: 'project-CHK' } });
    const [viewJs, editJs] = await Promise.all([
      page('/app/pm-health-gadget/main.js'),
      page('/app/pm-health-gadget/edit/main.js'),
    ]);
    expect(viewJs.status).toBe(200);
    expect(editJs.status).toBe(200);
    expect(editJs.text).toContain('Gadget settings');
    expect(viewJs.text).not.toContain('Gadget settings');
    expect(
      contextOf((await page(`/app/pm-health-gadget/?project=CHK&mode=edit&as=${ADMIN.accountId}`)).text).extension[
        'entryPoint'
      ],
    ).toBeUndefined();

    const frame = await page(`/frame/pm-health-gadget?project=CHK&as=${ADMIN.accountId}`);
    expect(frame.status).toBe(200);
    expect(frame.text).toContain('data-testid="gadget-card"');
    expect(frame.text).toMatch(/href="[^"]*mode=edit[^"]*"[^>]*data-testid="gadget-edit-toggle"/);
    expect((await page(`/frame/pm-health-gadget?project=CHK&mode=edit&as=${ADMIN.accountId}`)).text).toContain(
      'src="/app/pm-health-gadget/edit/?',
    );
    expect((await page(`/?as=${ADMIN.accountId}`)).text).toMatch(
      /data-module-key="pm-health-gadget"[^>]*data-project="CHK"/,
    );
  });

  it('keeps what the edit view submits per gadget; the gadget then reads that product', async () => {
    const save = (body: unknown) =>
      fetch(`${app.url}/__forge/gadget-configuration`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await save({ gadgetId: 'team-board', configuration: { projectKey: 'MOB', model: 'wsjf' } })).status).toBe(
      200,
    );
    expect((await save({ gadgetId: '../x', configuration: {} })).status).toBe(400);
    expect((await save({ gadgetId: 'team-board', configuration: ['MOB'] })).status).toBe(400);

    const view = await page(`/app/pm-health-gadget/?gadget=team-board&as=${VIEWER.accountId}`);
    const context = contextOf(view.text);
    expect(context.extension['gadgetConfiguration']).toEqual({ projectKey: 'MOB', model: 'wsjf' });
    // A gadget opened by id with nothing saved is not configured (a project parameter does not seed it).
    expect(
      contextOf((await page(`/app/pm-health-gadget/?gadget=fresh&project=CHK&as=${VIEWER.accountId}`)).text).extension[
        'gadgetConfiguration'
      ],
    ).toEqual({});

    const response = await fetch(`${app.url}/__forge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        functionKey: 'getGadget',
        payload: {},
        context: { ...context, accountId: VIEWER.accountId },
      }),
    });
    const answer = (await response.json()) as Result<GadgetAnswer>;
    expect(answer).toMatchObject({ ok: true, data: { status: 'ready', project: { key: 'MOB' }, model: 'wsjf' } });
  });
});
