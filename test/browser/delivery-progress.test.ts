import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { deliveryHistoryKey, toStoredHistory } from '../../src/app/delivery/delivery-history-store';
import { browserSuite, screenshot, SCREENSHOT_DIR } from './helpers';

/** 30 days of a burn-up: scope grows by one every fifth day, two done most days. */
const HISTORY = Array.from({ length: 30 }, (_, i) => ({
  date: new Date(Date.UTC(2026, 9, 2 + i)).toISOString().slice(0, 10),
  units: 80 + Math.floor(i / 5),
  unitsDone: 10 + 2 * i - (i % 7 === 6 ? 1 : 0),
  effortTotal: 200 + 2 * Math.floor(i / 5),
  effortDone: 20 + 5 * i,
}));

/**
 * The project page's delivery progress over time in Chromium: the burn-up drawn from the
 * stored history with axes, a day picked by keyboard (status line), by effort, dark theme, and
 * the empty state of a project without a snapshot yet.
 */
describe('delivery progress over time in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const open = (page: Page, project: string, params: Record<string, string> = {}): Promise<Frame> =>
    suite.openModule(
      page,
      'pm-dashboard',
      { as: suite.accountId('admin@example.com'), project, ...params },
      '[data-testid="delivery-progress"]',
    );
  beforeAll(async () => {
    // The local runtime seeded every project's past days from the demo data: CHK gets a known
    // history instead, MOB none (a project before its first snapshot).
    suite.app.kvs.seed({ [deliveryHistoryKey('CHK')]: toStoredHistory(HISTORY) });
    const removed = await suite.app.kvs.fetch('/api/v1/delete', {
      method: 'POST',
      body: JSON.stringify({ key: deliveryHistoryKey('MOB') }),
    });
    expect(removed.ok).toBe(true);
  });

  it('draws done against total with axes; the keyboard picks a day and the status line says it', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await open(page, 'CHK');
    const chart = frame.locator('[data-testid="delivery-progress-chart"]');
    await chart.waitFor({ timeout: 15_000 });
    expect(await chart.locator('[data-testid="burnup-done"]').getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){29}$/,
    );
    expect(await chart.locator('[data-testid="burnup-total"]').count()).toBe(1);
    const labels = await chart.locator('text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['0', expect.stringMatching(/^Oct \d+, 2026$/)]));
    const status = frame.locator('[data-testid="delivery-progress-status"]');
    expect(await status.innerText()).toBe('Latest 2026-10-31: 68 of 85 units of work done (80%)');

    await chart.focus();
    await frame.waitForSelector('[data-testid="burnup-active"][data-date="2026-10-31"]', { timeout: 5_000 });
    await page.keyboard.press('Home');
    await frame.waitForSelector('[data-testid="burnup-active"][data-date="2026-10-02"]', { timeout: 5_000 });
    expect(await status.innerText()).toBe('2026-10-02: 10 of 80 units of work done (13%)');
    await page.keyboard.press('ArrowRight');
    await frame.waitForSelector('[data-testid="burnup-active"][data-date="2026-10-03"]', { timeout: 5_000 });
    expect(await status.innerText()).toBe('2026-10-03: 12 of 80 units of work done (15%)');

    await frame.locator('[data-testid="delivery-progress"] button', { hasText: 'By effort' }).click();
    await frame.waitForFunction(
      () => document.querySelector('[data-testid="delivery-progress-status"]')?.textContent?.includes('effort done'),
      undefined,
      { timeout: 5_000 },
    );
    expect(await status.innerText()).toBe('Latest 2026-10-31: 165 of 210 effort done (79%)');
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-CHK-delivery-progress');
    // The figures alone, to look at the axes and the KPI trends beside them (the page is long).
    await frame
      .locator('[data-testid="delivery-progress"]')
      .screenshot({ path: join(SCREENSHOT_DIR, 'chart-burn-up.png') });
    await frame
      .locator('[data-testid^="kpi-trend-"]')
      .first()
      .screenshot({ path: join(SCREENSHOT_DIR, 'chart-kpi-trend.png') });
    errors.assertNone();
    await page.close();
  });

  it('draws in the dark theme with token colours', async () => {
    const { page, errors } = await suite.newPage({ width: 1024, height: 900 });
    const frame = await open(page, 'CHK', { theme: 'dark' });
    const done = frame.locator('[data-testid="burnup-done"]');
    await done.waitFor({ timeout: 15_000 });
    const stroke = await done.evaluate((p) => getComputedStyle(p).stroke);
    expect(stroke).not.toMatch(/^(none|rgb\(0, 0, 0\))$/);
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(stroke).not.toBe(background);
    await screenshot(page, 'dashboard-CHK-delivery-progress-dark');
    await done.scrollIntoViewIfNeeded();
    await frame
      .locator('[data-testid="delivery-progress"]')
      .screenshot({ path: join(SCREENSHOT_DIR, 'chart-burn-up-dark.png') });
    errors.assertNone();
    await page.close();
  });

  it('the local runtime seeded the past days of the other projects', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await open(page, 'PLAT');
    await frame.locator('[data-testid="burnup-done"]').waitFor({ timeout: 15_000 });
    expect(await frame.locator('[data-testid="delivery-progress-status"]').innerText()).toMatch(
      /^Latest \d{4}-\d{2}-\d{2}: [\d,]+ of [\d,]+ units of work done/,
    );
    errors.assertNone();
    await page.close();
  });

  it('a project without a snapshot yet says when the first point appears', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await open(page, 'MOB');
    const empty = frame.locator('[data-testid="delivery-progress-empty"]');
    await empty.waitFor({ timeout: 15_000 });
    expect(await empty.innerText()).toMatch(/the first point appears after tonight's snapshot/);
    errors.assertNone();
    await page.close();
  });
});
