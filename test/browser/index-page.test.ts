import type { Page } from 'playwright-core';
import { uiModules } from '../../dev/forge-runtime/app-manifest';
import { browserSuite, collectPageErrors, screenshot } from './helpers';

/**
 * The local runtime's index page in Chromium: every UI module of the manifest is
 * linked (the project page once per browsable project), the acting-user switch
 * changes what is listed, and every link opens a Jira-like frame whose app iframe
 * loads with the bridge stand-in. Module content is the UI tests' business.
 */

interface ModuleLink {
  href: string;
  moduleKey: string;
  moduleType: string;
  project: string;
  issue: string;
}

async function moduleLinks(page: Page): Promise<ModuleLink[]> {
  return page.$$eval('a.module-link', (anchors) =>
    anchors.map((a) => ({
      href: a.getAttribute('href') ?? '',
      moduleKey: a.getAttribute('data-module-key') ?? '',
      moduleType: a.getAttribute('data-module-type') ?? '',
      project: a.getAttribute('data-project') ?? '',
      issue: a.getAttribute('data-issue') ?? '',
    })),
  );
}

describe('local runtime index page (Chromium)', () => {
  const suite = browserSuite({ issues: 600 });
  const admin = () => suite.user('admin@example.com');
  const viewer = () => suite.user('viewer@example.com');

  it('links every UI module of the manifest, the project page once per project', async () => {
    const { page, errors } = await suite.newPage();
    await page.goto(`${suite.app.url}/?as=${admin().accountId}`);
    const links = await moduleLinks(page);
    const projectKeys = (suite.app.emulator?.projects() ?? []).map((p) => p.key).sort();
    expect(projectKeys.length).toBeGreaterThanOrEqual(3);

    for (const { type, module } of uiModules(suite.app.manifest)) {
      const mine = links.filter((l) => l.moduleKey === module.key);
      expect({ module: module.key, linked: mine.length > 0 }).toEqual({ module: module.key, linked: true });
      expect(mine.every((l) => l.moduleType === type)).toBe(true);
      if (type === 'jira:projectPage') {
        expect(mine.map((l) => l.project).sort()).toEqual(projectKeys);
      }
      if (type === 'jira:issuePanel' || type === 'jira:issueContext') {
        const projectsWithIssue = new Set(mine.map((l) => l.issue.replace(/-\d+$/, '')));
        expect([...projectsWithIssue].sort()).toEqual(projectKeys);
      }
    }
    await screenshot(page, 'index-admin');
    errors.assertNone();
    await page.close();
  });

  it('switching the acting user to the viewer hides the projects the viewer cannot browse', async () => {
    const { page, errors } = await suite.newPage();
    await page.goto(`${suite.app.url}/?as=${admin().accountId}`);
    await expect(page.locator('[data-project-card="PLAT"]').count()).resolves.toBe(1);

    await Promise.all([
      page.waitForURL(new RegExp(`as=${viewer().accountId}`)),
      page.selectOption('[data-testid="acting-user"]', viewer().accountId),
    ]);
    await expect(page.locator('[data-testid="acting-user-name"]').textContent()).resolves.toBe(viewer().displayName);
    await expect(page.locator('[data-project-card="PLAT"]').count()).resolves.toBe(0);
    const browsable = viewer().browseProjects;
    const cards = await page.$$eval('[data-project-card]', (els) =>
      els.map((e) => e.getAttribute('data-project-card')),
    );
    if (browsable !== '*') expect(cards.sort()).toEqual([...browsable].sort());
    expect(await page.locator('a.module-link[data-module-type="jira:adminPage"]').count()).toBe(0);

    // The choice is kept (cookie): the index without ?as= still acts as the viewer.
    await page.goto(`${suite.app.url}/`);
    await expect(page.locator('[data-testid="acting-user-name"]').textContent()).resolves.toBe(viewer().displayName);
    await screenshot(page, 'index-viewer');
    errors.assertNone();
    await page.close();
  });

  it('every link opens a Jira-like frame whose app iframe loads with the bridge stand-in', async () => {
    const { page } = await suite.newPage();
    await page.goto(`${suite.app.url}/?as=${admin().accountId}`);
    const links = await moduleLinks(page);
    expect(links.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const link of links) {
      const errors = collectPageErrors(page);
      const response = await page.goto(`${suite.app.url}${link.href}`);
      if (response?.status() !== 200) {
        failures.push(`${link.href}: frame answered ${String(response?.status())}`);
        continue;
      }
      const handle = await page.waitForSelector('iframe[data-forge-app]', { state: 'attached', timeout: 10_000 });
      const frame = await handle.contentFrame();
      if (!frame) {
        failures.push(`${link.href}: no iframe content`);
        continue;
      }
      await frame.waitForLoadState('load');
      const state = await frame.evaluate(() => ({
        root: document.getElementById('root') !== null,
        bridge: typeof (window as unknown as { __bridge?: { callBridge?: unknown } }).__bridge?.callBridge,
        firstInHead: document.head.firstElementChild?.getAttribute('src') ?? null,
      }));
      if (!state.root || state.bridge !== 'function' || state.firstInHead !== '/__forge/bridge.js') {
        failures.push(`${link.href}: iframe state ${JSON.stringify(state)}`);
      }
      await screenshot(page, `frame-${link.moduleKey}-${link.project || link.issue || 'site'}`);
      if (errors.errors.length > 0) failures.push(`${link.href}:\n  ${errors.errors.join('\n  ')}`);
      page.removeAllListeners('pageerror');
      page.removeAllListeners('console');
      page.removeAllListeners('response');
    }
    expect(failures).toEqual([]);
    await page.close();
  }, 240_000);

  it('the bridge stand-in answers getContext, invoke (errors like Forge), theming and flags inside the app iframe', async () => {
    const { page } = await suite.newPage();
    const plat = suite.app.emulator?.projects().find((p) => p.key === 'PLAT');
    await page.goto(`${suite.app.url}/frame/pm-dashboard?project=PLAT&as=${admin().accountId}&theme=dark`);
    const handle = await page.waitForSelector('iframe[data-forge-app]', { state: 'attached' });
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no app iframe');
    await frame.waitForLoadState('load');
    const result = await frame.evaluate(async () => {
      const bridge = (
        window as unknown as { __bridge: { callBridge(cmd: string, payload?: unknown): Promise<unknown> } }
      ).__bridge;
      const context = (await bridge.callBridge('getContext')) as Record<string, unknown>;
      // An unknown key is the app's answer (not-found envelope); a body over Forge's 500 KB limit fails the invoke.
      const unknownKey = await bridge.callBridge('invoke', { functionKey: 'no-such-function', payload: {} });
      let invokeError = '';
      try {
        await bridge.callBridge('invoke', { functionKey: 'getDashboard', payload: { fill: 'x'.repeat(600_000) } });
      } catch (error) {
        invokeError = (error as Error).message;
      }
      await bridge.callBridge('enableTheming');
      await bridge.callBridge('showFlag', { id: 'f1', title: 'Saved', type: 'success' });
      const unknown = await bridge.callBridge('somethingNew', {});
      return {
        context,
        unknownKey,
        invokeError,
        colorMode: document.documentElement.getAttribute('data-color-mode'),
        dataTheme: document.documentElement.getAttribute('data-theme'),
        surface: getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim(),
        flag: document.querySelector('[data-testid="forge-flag"]')?.textContent ?? null,
        unknown: unknown === undefined,
      };
    });
    expect(result.context).toEqual(
      expect.objectContaining({
        accountId: admin().accountId,
        moduleKey: 'pm-dashboard',
        extension: { type: 'jira:projectPage', project: { id: plat?.id, key: 'PLAT', type: plat?.projectTypeKey } },
      }),
    );
    expect(result.unknownKey).toEqual({ ok: false, error: { code: 'not-found', message: expect.any(String) } });
    expect(result.invokeError).toMatch(/^There was an error invoking the function - .*too large/);
    expect(result.colorMode).toBe('dark');
    expect(result.dataTheme).toContain('dark:dark');
    expect(result.surface).not.toBe('');
    expect(result.flag).toBe('Saved');
    expect(result.unknown).toBe(true);
    await page.close();
  });
});
