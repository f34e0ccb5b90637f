import { blocking, runAxe } from './helpers/axe';
import { appFrame, bodyBrightness, browserSuite, screenshot } from './helpers';

/** The dashboard gadget in a dashboard-sized column (460 px), in Chromium: view, edit, permissions. */

describe('dashboard gadget in Chromium', () => {
  const suite = browserSuite({ issues: 600 });

  it.each(['light', 'dark'] as const)(
    'shows a product’s health compactly (%s): top requirements, figures, KPIs; no axe violation',
    async (theme) => {
      const context = await suite.browser.newContext({ viewport: { width: 1024, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      try {
        const frame = await suite.openModule(
          page,
          'pm-health-gadget',
          { as: suite.accountId('po@example.com'), project: 'CHK', ...(theme === 'dark' ? { theme } : {}) },
          '[data-testid="gadget-health"]',
        );
        const rows = frame.locator('[data-testid="gadget-top"] li');
        expect(await rows.count()).toBeGreaterThan(0);
        expect(await rows.count()).toBeLessThanOrEqual(5);
        expect(await rows.first().locator('a[href^="/browse/CHK-"]').count()).toBe(1);
        const ranks = await frame.locator('.pm-gadget-rank').allInnerTexts();
        expect(ranks.map(Number)).toEqual([...ranks.map(Number)].sort((a, b) => a - b));
        for (const label of ['Ready', 'Delivery', 'KPI status'])
          expect(await frame.locator(`[role="group"][aria-label="${label}"]`).count()).toBe(1);
        expect(await frame.locator('[data-testid="gadget-health"]').innerText()).toMatch(
          /ranked by (RICE|WSJF|ICE|Value \/ Effort|Weighted scorecard)/,
        );
        // One line a row: scores and lozenges never wrap digit by digit, the summary is cut instead.
        const heights = await rows.evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height));
        expect(Math.max(...heights)).toBeLessThan(40);
        // The gadget column is narrow: nothing scrolls sideways.
        expect(
          await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBeLessThanOrEqual(1);
        const brightness = await bodyBrightness(frame);
        expect(theme === 'dark' ? brightness < 100 : brightness > 200).toBe(true);
        await page.waitForTimeout(300);
        expect(blocking(await runAxe(frame))).toEqual([]);
        await screenshot(page, `gadget-CHK-${theme}`);
      } finally {
        await context.close();
      }
    },
  );

  it('an unconfigured gadget asks for a product; Edit picks one with the keyboard and the gadget shows it', async () => {
    const { page, errors } = await suite.newPage({ width: 1024, height: 900 });
    const admin = suite.accountId('admin@example.com');
    const frame = await suite.openModule(
      page,
      'pm-health-gadget',
      { as: admin, gadget: 'browser-fresh' },
      '[data-testid="gadget-not-configured"]',
    );
    expect(await frame.locator('[data-testid="gadget-not-configured"]').innerText()).toMatch(/Edit/);

    await page.locator('[data-testid="gadget-edit-toggle"]').click();
    await page.waitForURL(/mode=edit/);
    const edit = await appFrame(page);
    await edit.waitForSelector('form[aria-label="Gadget settings"]');
    // Saving without a product says why, next to the field.
    await edit.locator('button[type="submit"]').click();
    expect(await edit.locator('[role="alert"]').first().innerText()).toMatch(/Choose the product/);
    await edit.getByLabel('Product (project)').selectOption('MOB');
    await edit.getByLabel('Rank by').selectOption('wsjf');
    await edit.locator('button[type="submit"]').focus();
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => !url.search.includes('mode=edit'));
    await page.waitForLoadState();
    const view = await appFrame(page);
    await view.waitForSelector('[data-testid="gadget-health"]', { timeout: 30_000 });
    const text = await view.locator('[data-testid="gadget-health"]').innerText();
    expect(text).toMatch(/MOB · ranked by WSJF/);
    await screenshot(page, 'gadget-configured-MOB');
    errors.assertNone();
    await page.close();
  });

  it('a viewer who cannot browse the configured project sees an error they can act on, and no key of it', async () => {
    const { page, errors } = await suite.newPage({ width: 1024, height: 900 }, { ignore: [/Failed to load resource/] });
    const frame = await suite.openModule(
      page,
      'pm-health-gadget',
      { as: suite.accountId('viewer@example.com'), project: 'PLAT' },
      '[role="alert"]',
    );
    const alert = frame.locator('[role="alert"]');
    expect(await alert.getAttribute('data-error-code')).toMatch(/not-found|forbidden/);
    expect(await frame.locator('body').innerText()).not.toMatch(/PLAT-\d+/);
    expect(await alert.locator('button', { hasText: 'Try again' }).count()).toBe(1);
    errors.assertNone();
    await page.close();
  });
});
