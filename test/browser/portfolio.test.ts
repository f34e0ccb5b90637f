import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot } from './helpers';

/** The cross-project portfolio page in Chromium, as the admin and as the restricted viewer. */

describe('portfolio module in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const user = (email: string) => suite.accountId(email);

  const open = (page: Page, as: string): Promise<Frame> =>
    suite.openModule(
      page,
      'pm-portfolio',
      { as },
      '[data-testid="portfolio-table"], main:has-text("No products to show")',
    );

  const allProducts = async (frame: Frame): Promise<string[]> => {
    for (let i = 0; i < 10; i++) {
      const more = frame.locator('button', { hasText: 'Load more products' });
      if ((await more.count()) === 0) break;
      const before = await frame.locator('tr[data-project]').count();
      await more.click();
      await frame.waitForFunction(
        (n) =>
          document.querySelectorAll('tr[data-project]').length > n ||
          !document.body.textContent?.includes('Load more products'),
        before,
        { timeout: 20_000 },
      );
    }
    return frame
      .locator('tr[data-project]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-project') ?? ''));
  };

  it('lists every product for the admin with progress, phases, top requirement and readiness', async () => {
    const { page, errors } = await suite.newPage({ width: 1400, height: 900 });
    const frame = await open(page, user('admin@example.com'));
    const products = await allProducts(frame);
    expect(products.length).toBeGreaterThanOrEqual(3);
    expect(products).toContain('PLAT');
    const firstRow = await frame.locator('tr[data-project]').first().innerText();
    expect(firstRow).toMatch(/\d+\/\d+ · \d+%/);
    expect(firstRow).toMatch(/ready/);
    expect(firstRow).toMatch(/On track|At risk|Off track|No data/);
    await screenshot(page, 'portfolio-admin');

    const download = page.waitForEvent('download', { timeout: 20_000 });
    // The page header's export (the roadmap panel below has its own).
    await frame.locator('header button', { hasText: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    errors.assertNone();
    await page.close();
  });

  it('never shows the viewer a project they cannot browse', async () => {
    const { page, errors } = await suite.newPage({ width: 1400, height: 900 });
    const frame = await open(page, user('viewer@example.com'));
    const products = await allProducts(frame);
    expect(products).not.toContain('PLAT');
    expect(await frame.locator('main').innerText()).not.toMatch(/PLAT-\d+|Platform/);
    await screenshot(page, 'portfolio-viewer');
    errors.assertNone();
    await page.close();
  });

  it('recomputes the roll-up from the keyboard and shows its progress', async () => {
    const { page, errors } = await suite.newPage({ width: 1400, height: 900 });
    const frame = await open(page, user('admin@example.com'));
    await frame.locator('button', { hasText: 'Recompute roll-up' }).focus();
    await page.keyboard.press('Enter');
    await frame.waitForSelector('[data-testid="rollup-status"]', { timeout: 10_000 });
    await frame.waitForSelector('[data-testid="rollup-status"] >> text=/finished|failed/', { timeout: 90_000 });
    expect(await frame.locator('[data-testid="rollup-status"]').innerText()).toMatch(/Roll-up finished/);
    errors.assertNone();
    await page.close();
  }, 120_000);
});
