import type { Frame, Page } from 'playwright-core';
import { browserSuite } from './helpers';

/**
 * The issue panel's save bar while the product owner scrolls. Jira sizes the panel's iframe to its
 * content and scrolls its own page (as the local frame does), so the bar must follow the person's
 * view, not the frame's: wide, at the top of what shows beside the inputs; narrow, at its bottom.
 * With an unusable input the bar says why it cannot save, and a submit saves nothing.
 */
describe('issue panel save bar in view while scrolling, in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const admin = () => suite.accountId('admin@example.com');
  let issue: string;

  beforeAll(async () => {
    [issue] = (await suite.searchKeys(
      admin(),
      'project = CHK AND issuetype = Story AND statusCategory != Done ORDER BY key DESC',
      1,
    )) as [string];
  });

  const openEditor = async (page: Page): Promise<Frame> => {
    const frame = await suite.openModule(
      page,
      'pm-requirement-panel',
      { as: admin(), issue },
      '[aria-label="Scores per model"]',
    );
    await frame.locator('[data-testid="tab-edit"]').click();
    await frame.waitForSelector('form[aria-label="Edit PM data"]');
    return frame;
  };
  /** Whether the box lies wholly inside the page's viewport (Playwright boxes are in its coordinates). */
  const inView = async (page: Page, frame: Frame, selector: string) => {
    const box = await frame.locator(selector).first().boundingBox();
    const height = page.viewportSize()!.height;
    return !!box && box.y >= 0 && box.y + box.height <= height;
  };
  const waitInView = async (page: Page, frame: Frame, selector: string) => {
    for (let i = 0; i < 50 && !(await inView(page, frame, selector)); i++) await frame.waitForTimeout(100);
    const box = await frame.locator(selector).first().boundingBox();
    expect({ selector, inView: await inView(page, frame, selector), box }).toMatchObject({ inView: true });
  };

  it.each([
    ['side by side at 1440 x 700', { width: 1440, height: 700 }],
    ['stacked at 680 x 600', { width: 680, height: 600 }],
  ] as const)(
    '%s: scrolled to the effort field, the bar shows, says why it cannot save and saves nothing',
    async (_name, viewport) => {
      const { page, errors } = await suite.newPage(viewport);
      const frame = await openEditor(page);
      const saved = await frame.getByLabel('Effort (person-months)').inputValue();
      await frame.getByLabel('Effort (person-months)').fill('0');
      // Jira's page scrolls to the field (the frame itself never scrolls: it is as tall as its content).
      const field = (await frame.getByLabel('Effort (person-months)').boundingBox())!;
      await page.evaluate((y) => window.scrollTo(0, y), field.y - 150);
      await frame.waitForTimeout(200);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      expect(await frame.evaluate(() => window.scrollY)).toBe(0);
      expect(await inView(page, frame, '[data-testid="score-aside"] h3')).toBe(viewport.width < 700 ? false : true);

      await waitInView(page, frame, 'button[type="submit"]:has-text("Save")');
      await waitInView(page, frame, '[data-testid="save-status"]');
      const status = frame.locator('[data-testid="save-status"]');
      expect(await status.innerText()).toMatch(/^Cannot save: .*effort/i);
      expect(await frame.locator('button[type="submit"]', { hasText: 'Save' }).isDisabled()).toBe(true);
      // Enter in the field submits the form: nothing is saved, the reason stays.
      await frame.getByLabel('Effort (person-months)').press('Enter');
      await frame.waitForTimeout(500);
      expect(await status.innerText()).toMatch(/^Cannot save/);
      const again = await openEditor(page);
      expect(await again.getByLabel('Effort (person-months)').inputValue()).toBe(saved);
      errors.assertNone();
      await page.close();
    },
  );
});
