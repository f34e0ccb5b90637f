import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot } from './helpers';

/**
 * The project page's charts in Chromium: the value / effort matrix of open requirements (a point
 * per requirement, hover or focus names it, Enter opens it) and each KPI's trend with its target
 * line and due date; both themed with tokens (dark too).
 */
describe('dashboard charts in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const open = (page: Page, params: Record<string, string> = {}): Promise<Frame> =>
    suite.openModule(
      page,
      'pm-dashboard',
      { as: suite.accountId('admin@example.com'), project: 'CHK', ...params },
      '[data-testid="value-effort-matrix"] circle',
    );

  it('the matrix has a point per open requirement Jira ranks by value / effort; hover and focus name it; Enter opens it', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await open(page);
    const points = frame.locator('[data-testid="value-effort-matrix"] circle');
    const keys = await points.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-key') ?? ''));
    const expected = await suite.searchKeys(
      suite.accountId('admin@example.com'),
      'project = "CHK" AND pmValueEffortScore IS NOT EMPTY AND statusCategory != Done ORDER BY pmValueEffortScore DESC, key ASC',
      50,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).toEqual(expected.slice(0, keys.length));
    for (const q of ['Quick wins', 'Big bets', 'Fill-ins', 'Time sinks'])
      expect(await frame.locator('[data-testid="value-effort-matrix"] text', { hasText: q }).count()).toBe(1);

    // The roadmap above the matrix loads when scrolled into view (as hovering the matrix does) and
    // its board then moves the matrix under a resting pointer, which leaves or enters other points:
    // let it load before pointing.
    await frame.locator('[data-testid="roadmap"]').scrollIntoViewIfNeeded();
    await frame.waitForFunction(
      () => !document.querySelector('[data-testid="roadmap"] [aria-busy="true"]'),
      undefined,
      { timeout: 15_000 },
    );
    await points.first().hover();
    await frame.waitForFunction(
      (k) => document.querySelector('[data-testid="value-effort-active"]')?.textContent?.startsWith(`${k} · `),
      keys[0],
      { timeout: 5_000 },
    );
    expect(await frame.locator('[data-testid="value-effort-active"]').innerText()).toMatch(
      /value [\d.,]+, effort [\d.,]+/,
    );

    await points.nth(1).focus();
    await frame.waitForFunction(
      (k) => document.querySelector('[data-testid="value-effort-active"]')?.textContent?.startsWith(`${k} · `),
      keys[1],
      { timeout: 5_000 },
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.toast:has-text("/browse/${keys[1]}")`, { timeout: 5_000 });

    const trends = frame.locator('[data-testid^="kpi-trend-"]');
    expect(await trends.count()).toBeGreaterThan(0);
    const first = trends.first();
    expect(await first.locator('[data-testid="kpi-target-line"]').count()).toBe(1);
    expect(await first.locator('[data-testid="kpi-due-line"]').count()).toBe(1);
    expect(await first.locator('svg').getAttribute('aria-label')).toMatch(/target [\d.,]+.* by \d{4}-\d{2}-\d{2}/);
    expect(await first.locator('svg text').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^due /)]),
    );
    // The demo's KPIs with two or more actuals and a due date ahead have a trend: its forecast is the dotted line
    // to the due date, and the KPI card says where it lands.
    const dotted = frame.locator('[data-testid^="kpi-trend-"] line[stroke-dasharray="1 4"]');
    expect(await dotted.count()).toBeGreaterThan(0);
    expect(await frame.locator('body').innerText()).toMatch(
      /at this rate -?[\d.,]+ .* by then \((reaches|misses) the target\)/,
    );
    await screenshot(page, 'dashboard-CHK-charts');
    errors.assertNone();
    await page.close();
  });

  it('draws in the dark theme with token colours', async () => {
    const { page, errors } = await suite.newPage({ width: 1024, height: 900 });
    const frame = await open(page, { theme: 'dark' });
    const fill = await frame
      .locator('[data-testid="value-effort-matrix"] circle')
      .first()
      .evaluate((c) => getComputedStyle(c).fill);
    expect(fill).not.toBe('rgb(0, 0, 0)');
    await screenshot(page, 'dashboard-CHK-charts-dark');
    errors.assertNone();
    await page.close();
  });
});
