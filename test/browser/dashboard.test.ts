import type { Browser, Frame, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, screenshot, startAppForBrowser, type BrowserApp } from './helpers';

/**
 * The project page ("PM Workflow") in Chromium against the local app and its demo
 * portfolio: real rows, the three workflow sections, the model switch, CSV export,
 * keyboard access and the dark theme.
 */

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-testid="forge-app-frame"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the module iframe has no frame');
  return frame;
}

/** Presses Tab inside the frame until the focused element matches, at most `max` times. */
async function tabUntil(page: Page, frame: Frame, test: (el: { text: string; label: string; tag: string }) => boolean, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await frame.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { text: (a?.textContent ?? '').trim(), label: a?.getAttribute('aria-label') ?? '', tag: a?.tagName ?? '' };
    });
    if (test(el)) return true;
  }
  return false;
}

describe('dashboard module (project page) in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startAppForBrowser({ issues: 600 });
    admin = app.emulator!.users().find((u) => u.emailAddress === 'admin@example.com')!.accountId;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const url = (params: Record<string, string>) => `${app.url}/frame/pm-dashboard?${new URLSearchParams({ as: admin, ...params })}`;

  it('shows the workflow sections, headline tiles and a ranked backlog of real issues', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors = collectPageErrors(page);
    await page.goto(url({ project: 'CHK' }));
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid="backlog--table"], table', { timeout: 30_000 });

    const rows = frame.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    const firstKeys = await frame.locator('tbody tr td:nth-child(2) a').allTextContents();
    expect(firstKeys.length).toBeGreaterThanOrEqual(10);
    for (const key of firstKeys) expect(key).toMatch(/^CHK-\d+$/);

    const headers = (await frame.locator('thead th').allTextContents()).join('|');
    expect(headers).toMatch(/Phase/);
    expect(headers).toMatch(/RICE|WSJF|ICE|Value|Weighted/);
    expect(headers).toMatch(/Readiness/);

    for (const section of ['strategic', 'technical', 'go-to-market']) {
      expect(await frame.locator(`[data-section="${section}"]`).count()).toBe(1);
    }
    const tiles = await frame.locator('[aria-label="Headline figures"]').innerText();
    expect(tiles).toMatch(/Requirements\s+\d+/);
    expect(tiles).toMatch(/KPI status/);
    expect(await frame.locator('[aria-label^="KPI "]').count()).toBeGreaterThan(0);

    // The score tooltip explains the formula.
    await frame.locator('tbody tr .pm-score-btn').first().hover();
    await frame.waitForSelector('[role="tooltip"]', { timeout: 5_000 });
    expect(await frame.locator('[role="tooltip"]').innerText()).toMatch(/[×x÷/]/);

    await screenshot(page, 'dashboard-CHK-light');
    errors.assertNone();
    await page.close();
  });

  it('re-ranks by another model from the keyboard and exports the backlog as CSV', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors = collectPageErrors(page);
    await page.goto(url({ project: 'CHK' }));
    const frame = await appFrame(page);
    await frame.waitForSelector('tbody tr');
    await frame.locator('h1').click();
    expect(await tabUntil(page, frame, (el) => el.tag === 'BUTTON' && el.text === 'WSJF')).toBe(true);
    await page.keyboard.press('Enter');
    await frame.waitForFunction(() => Array.from(document.querySelectorAll('thead th')).some((th) => th.textContent?.includes('WSJF')), undefined, { timeout: 20_000 });
    expect(await frame.locator('button[aria-pressed="true"]', { hasText: 'WSJF' }).count()).toBe(1);
    expect(await frame.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);

    const download = page.waitForEvent('download', { timeout: 20_000 });
    await frame.locator('button', { hasText: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    await frame.waitForSelector('text=/rows exported/');
    errors.assertNone();
    await page.close();
  });

  it('follows the dark theme', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors = collectPageErrors(page);
    await page.goto(url({ project: 'MOB', theme: 'dark' }));
    const frame = await appFrame(page);
    await frame.waitForSelector('tbody tr');
    expect(await frame.evaluate(() => document.documentElement.getAttribute('data-color-mode'))).toBe('dark');
    const bg = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
    expect((r! + g! + b!) / 3).toBeLessThan(80);
    await screenshot(page, 'dashboard-MOB-dark');
    errors.assertNone();
    await page.close();
  });
});
