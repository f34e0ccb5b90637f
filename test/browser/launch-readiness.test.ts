import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot, SCREENSHOT_DIR } from './helpers';
import { blocking, runAxe } from './helpers/axe';

/**
 * The project page's launch readiness in Chromium on the demo data: loaded only once scrolled
 * near (never on the backlog's critical path), persona x deliverable with every item linking
 * to its issue, the persona without a market message standing out, light and dark with no
 * serious or critical axe finding, keyboard reach, and the empty state of a project with no launch.
 */
describe('launch readiness in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const admin = () => suite.accountId('admin@example.com');
  const section = '[data-testid="launch-readiness"]';

  const open = async (page: Page, project: string, theme?: 'dark'): Promise<Frame> =>
    suite.openModule(page, 'pm-dashboard', { as: admin(), project, ...(theme ? { theme } : {}) }, section);
  const scrollTo = async (frame: Frame, ready: string) => {
    await frame.locator(section).scrollIntoViewIfNeeded();
    await frame.waitForSelector(`${section} ${ready}`, { timeout: 30_000 });
  };

  it('waits to be scrolled near, then shows each persona x deliverable with linked items and the flag', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 900 });
    const frame = await open(page, 'CHK');
    // Mounted below the backlog and the charts: nothing is asked for until it comes near the view.
    await frame.waitForSelector('tbody tr', { timeout: 30_000 });
    await page.waitForTimeout(500);
    expect(await frame.locator(`${section} table`).count()).toBe(0);
    await scrollTo(frame, 'table');

    const launch = frame.locator('[data-testid^="launch-CHK-"]').first();
    const headers = await launch.locator('thead th').allInnerTexts();
    expect(headers).toEqual([
      'Buyer persona and segment',
      'Market message',
      'Sales arguments',
      'Website',
      'Packaging, adverts, demos',
    ]);
    const text = await launch.innerText();
    expect(text).toMatch(/Launch date [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    // Every link goes to a CHK issue: the launch, its initiative, the personas and the GTM items.
    const hrefs = await launch.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^\/browse\/CHK-\d+$/);
    const cells = await launch.locator('tbody td .pm-lozenge').allInnerTexts();
    expect(cells.length % 4).toBe(0);
    for (const c of cells) expect(['Missing', 'In progress', 'Done']).toContain(c);

    // The demo leaves the last buyer persona of a product without a message (CHK has two): flagged.
    const flagged = launch.locator('tr.pm-launch-flagged');
    expect(await flagged.count()).toBeGreaterThan(0);
    expect(text).toMatch(/\d+ personas? without a market message/);
    expect(await flagged.first().locator('th').innerText()).toContain('No market message');
    expect(await flagged.first().locator('td').first().innerText()).toContain('Missing');
    expect(await launch.locator('tbody tr:not(.pm-launch-flagged)').count()).toBeGreaterThan(0);

    // Keyboard: the item links are in the tab order.
    await launch.locator('tbody a').first().focus();
    await page.keyboard.press('Tab');
    const focused = await frame.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'A' && el.closest('[data-testid="launch-readiness"]') !== null;
    });
    expect(focused).toBe(true);

    await frame.locator(section).screenshot({ path: `${SCREENSHOT_DIR}/launch-readiness-light.png` });
    errors.assertNone();
    await page.close();
  });

  it.each<['light' | 'dark', number]>([
    ['light', 1440],
    ['dark', 1024],
  ])('%s at %i px: no serious or critical axe finding; the flag keeps its mark', async (theme, width) => {
    // axe-core is injected as an inline script, so this look runs without the CSP (the test above ran under it).
    const context = await suite.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      const frame = await open(page, 'CHK', theme === 'dark' ? 'dark' : undefined);
      await scrollTo(frame, 'table');
      await page.waitForTimeout(300);
      const serious = blocking(await runAxe(frame));
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      const flagged = frame.locator(`${section} tr.pm-launch-flagged th`).first();
      expect(await flagged.evaluate((el) => getComputedStyle(el).boxShadow)).toMatch(/inset/);
      await screenshot(page, `launch-readiness-${width}-${theme}`);
    } finally {
      await context.close();
    }
  });

  it('a project without a launch says so', async () => {
    const { page, errors } = await suite.newPage({ width: 1024, height: 900 });
    const frame = await open(page, 'HR');
    await scrollTo(frame, 'p.pm-h3');
    expect(await frame.locator(section).innerText()).toContain('No launches yet');
    errors.assertNone();
    await page.close();
  });
});
