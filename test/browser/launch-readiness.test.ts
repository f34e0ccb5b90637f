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

  it('picking a release in the picker shows its buyer personas, dated by the release', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 900 });
    const frame = await open(page, 'CHK');
    await scrollTo(frame, 'table');
    const picker = frame.locator('#pm-launch-pick');
    const release = await picker
      .locator('optgroup[label="Releases"] option')
      .evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })));
    // The demo's GTM items ship with the first planned release (dev/demo-data/fix-versions.ts).
    const planned = release.find((r) => !r.text.includes('released'))!;
    const [, name, date] = /^(\S+) \((\d{4}-\d{2}-\d{2})\)/.exec(planned.text)!;
    await picker.focus();
    await picker.selectOption(planned.value);
    await frame.waitForSelector(`${section} [data-testid="launch-release-${name}"] table`, { timeout: 30_000 });
    const launch = frame.locator(`[data-testid="launch-release-${name}"]`);
    const text = await launch.innerText();
    expect(text).toContain(`Release ${name}`);
    const [y, m, d] = date!.split('-').map(Number) as [number, number, number];
    const shown = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(text).toContain(`Launch date ${shown}`);
    const personas = await launch.locator('tbody th a').allInnerTexts();
    expect(personas.length).toBeGreaterThan(0);
    expect(await frame.locator('[data-testid^="launch-CHK-"]').count()).toBe(0);
    errors.assertNone();
    await page.close();
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
