import type { Browser, Frame, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, screenshot, startAppForBrowser, type BrowserApp } from './helpers';

/** The developer glance ("Why this ticket exists") in a narrow column, in Chromium. */

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-testid="forge-app-frame"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the module iframe has no frame');
  return frame;
}

describe('issue context module in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let admin: string;
  let storyKey: string;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startAppForBrowser({ issues: 600 });
    admin = app.emulator!.users().find((u) => u.emailAddress === 'admin@example.com')!.accountId;
    const res = await fetch(`${app.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { authorization: app.emulator!.authorizationFor(admin), 'content-type': 'application/json' },
      body: JSON.stringify({ jql: 'project = MOB AND issuetype = Story ORDER BY key ASC', fields: ['summary'], maxResults: 1 }),
    });
    storyKey = ((await res.json()) as { issues: { key: string }[] }).issues[0]!.key;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows phase, main score, the why-chain as links, readiness and KPI status', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(`${app.url}/frame/pm-why-context?${new URLSearchParams({ as: admin, issue: storyKey })}`);
    const frame = await appFrame(page);
    await frame.waitForSelector('[aria-label="Why this ticket exists"]', { timeout: 30_000 });
    expect(await frame.locator('[data-testid="phase"]').innerText()).toMatch(/\w/);
    expect(await frame.locator('[data-testid="main-score"]').innerText()).toMatch(/(RICE|WSJF|ICE|Value|Weighted).*(\d|Not scored)/s);
    const chain = await frame.locator('[aria-label="Why this ticket exists"]').innerText();
    expect(chain).toMatch(/Problem/);
    expect(chain).toMatch(/Persona/);
    expect(chain).toMatch(/Scenario/);
    expect(await frame.locator('[aria-label="Why this ticket exists"] a[href^="/browse/MOB-"]').count()).toBeGreaterThan(0);
    const text = await frame.locator('main').innerText();
    expect(text).toMatch(/READY|NOT READY|PARTLY READY/i);
    expect(text).toMatch(/KPI (On track|At risk|Off track|No data)/i);

    // The column is narrow: nothing scrolls sideways.
    const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);

    // The formula is one keyboard press away.
    await frame.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await frame.locator('details').getAttribute('open')).not.toBeNull();
    await screenshot(page, `issue-context-${storyKey}`);
    errors.assertNone();
    await page.close();
  });
});
