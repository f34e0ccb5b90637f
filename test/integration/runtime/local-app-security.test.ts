import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseManifest } from '../../../dev/forge-runtime/app-manifest';
import { forgeCsp } from '../../../dev/server/forge-csp';
import { startLocalApp, type LocalApp } from '../../../dev/start-local-app';
import { startJiraJs, type JiraJs } from '../../contract/jira-js-client';
import { httpRequest } from './http-request';

/**
 * The real app behind the local server: inherited resolver keys over HTTP, the CSP
 * Forge would send for each Custom UI resource, and the same-origin Jira clients the
 * README promises (curl, jira.js) still working behind the Origin checks.
 */
const ROOT = join(__dirname, '../../..');
const manifest = parseManifest(readFileSync(join(ROOT, 'manifest.yml'), 'utf8'));
const ADMIN = { email: 'admin@example.com', apiToken: 'admin-token' };
const UI_MODULES = ['pm-dashboard', 'pm-requirement-panel', 'pm-why-context', 'pm-admin', 'pm-portfolio'];

describe('local app security (real app, HTTP)', () => {
  let dataDir: string;
  let app: LocalApp;
  let adminId: string;
  let jira: JiraJs | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pm-local-security-'));
    app = await startLocalApp({ port: 0, dataDir, demo: { issues: 120 }, log: () => undefined });
    adminId = app.emulator!.users().find((u) => u.emailAddress === ADMIN.email)!.accountId;
  }, 60_000);
  afterAll(async () => {
    await jira?.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(UI_MODULES)(
    '%s: inherited and unknown function keys answer a not-found envelope over HTTP, echoing nothing',
    async (moduleKey) => {
      for (const functionKey of [
        'constructor',
        '__proto__',
        'valueOf',
        'toString',
        'hasOwnProperty',
        'no-such-function',
      ]) {
        const response = await fetch(`${app.url}/__forge/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            functionKey,
            payload: { marker: 'echo-me' },
            context: { moduleKey, accountId: adminId, extension: { type: 'x' } },
          }),
        });
        const text = await response.text();
        expect({ functionKey, status: response.status }).toEqual({ functionKey, status: 200 });
        expect(JSON.parse(text)).toEqual({ ok: false, error: { code: 'not-found', message: expect.any(String) } });
        expect(text).not.toContain('echo-me');
      }
    },
  );

  it('every Custom UI resource page carries the CSP @forge/csp computes for it, with sandbox and font-src', async () => {
    const params: Record<string, string> = {
      'pm-dashboard': 'project=CHK',
      'pm-requirement-panel': 'issue=CHK-1',
      'pm-why-context': 'issue=CHK-1',
    };
    for (const moduleKey of UI_MODULES) {
      const response = await fetch(`${app.url}/app/${moduleKey}/?as=${adminId}&${params[moduleKey] ?? ''}`);
      expect({ moduleKey, status: response.status }).toEqual({ moduleKey, status: 200 });
      const html = await response.text();
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toBe(forgeCsp({ html, permissions: manifest.permissions, siteOrigin: app.url }));
      const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d] as const));
      expect(directives.get('sandbox')).toBe(
        'sandbox allow-popups allow-popups-to-escape-sandbox allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts',
      );
      expect(directives.get('font-src')).toMatch(/^font-src 'self' /);
      expect(directives.get('script-src')).toMatch(
        /^script-src 'self' https:\/\/forge\.cdn\.prod\.atlassian-dev\.net /,
      );
      expect(directives.get('script-src')).not.toContain('unsafe-inline');
      // The manifest's permissions.content.styles: unsafe-inline
      expect(directives.get('style-src')).toContain("'unsafe-inline'");
      expect(directives.get('frame-ancestors')).toMatch(/^frame-ancestors 'self' /);
      expect(directives.get('report-uri')).toBe('report-uri /__forge/csp-report');
    }
  });

  it('forgeCsp hashes inline scripts as Forge does and adds unsafe-inline styles only when the manifest asks', () => {
    const inline = 'window.answer = 42;';
    const html = `<html><head><script>${inline}</script><script src="./main.js"></script></head></html>`;
    const hash = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
    const withStyles = forgeCsp({
      html,
      permissions: { content: { styles: ['unsafe-inline'] } },
      siteOrigin: 'https://x.atlassian.net',
    });
    expect(withStyles).toContain(hash);
    expect(withStyles).toMatch(/style-src [^;]*'unsafe-inline'/);
    expect(withStyles).toMatch(/img-src 'self' data: blob: https:\/\/x\.atlassian\.net /);
    const without = forgeCsp({ html, permissions: { scopes: [] }, siteOrigin: 'https://x.atlassian.net' });
    expect(without).not.toContain('unsafe-inline');
    expect(() =>
      forgeCsp({ html, permissions: { external: { fetch: { client: [42] } } }, siteOrigin: 'https://x.atlassian.net' }),
    ).toThrow();
  });

  it('the README’s curl example works against the embedded emulator (no Origin header)', async () => {
    // Asynchronously: the server runs in this process.
    const { stdout: out } = await promisify(execFile)('curl', [
      '-sS',
      '-u',
      `${ADMIN.email}:${ADMIN.apiToken}`,
      `${app.url}/rest/api/3/search/jql?jql=project=CHK%20ORDER%20BY%20pmScore%20DESC&fields=summary`,
    ]);
    const page = JSON.parse(out) as { issues: Array<{ key: string; fields: { summary: string } }> };
    expect(page.issues.length).toBeGreaterThan(0);
    expect(page.issues[0]!.key).toMatch(/^CHK-/);
  });

  it('jira.js writes and reads an issue property through the local server; a cross-site write of the same is refused', async () => {
    jira = startJiraJs(app.url);
    const body = { index: { phase: 'build', score: 7 } };
    const set = await jira.call(ADMIN, 'issueProperties', 'setIssueProperty', {
      issueIdOrKey: 'CHK-1',
      propertyKey: 'local-security-test',
      body,
    });
    expect(set.ok).toBe(true);
    const get = await jira.call(ADMIN, 'issueProperties', 'getIssueProperty', {
      issueIdOrKey: 'CHK-1',
      propertyKey: 'local-security-test',
    });
    expect(get).toMatchObject({ ok: true, value: { key: 'local-security-test', value: body } });
    const refused = await httpRequest(`${app.url}/rest/api/3/issue/CHK-1/properties/local-security-test`, {
      method: 'PUT',
      headers: {
        authorization: `Basic ${Buffer.from(`${ADMIN.email}:${ADMIN.apiToken}`).toString('base64')}`,
        'content-type': 'application/json',
        origin: 'https://evil.example',
      },
      body: JSON.stringify({ index: { phase: 'gone' } }),
    });
    expect(refused.status).toBe(403);
    const after = await jira.call(ADMIN, 'issueProperties', 'getIssueProperty', {
      issueIdOrKey: 'CHK-1',
      propertyKey: 'local-security-test',
    });
    expect(after).toMatchObject({ ok: true, value: { value: body } });
  });
});
