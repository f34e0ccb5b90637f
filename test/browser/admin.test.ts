import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot } from './helpers';

/**
 * The admin page (workflow configuration) in Chromium: edit, reorder by keyboard, save,
 * validation errors next to the fields. (Jira shows admin pages to administrators only,
 * so the read-only state is not reachable through the local frame.)
 */

describe('admin module in Chromium', () => {
  const suite = browserSuite({ issues: 300 });
  const user = (email: string) => suite.accountId(email);

  const open = (page: Page, as: string): Promise<Frame> => suite.openModule(page, 'pm-admin', { as }, '[aria-labelledby="pm-phases-h"], [data-error-code]');

  const phaseOrder = (frame: Frame) => frame.locator('[data-section="strategic"] li[data-phase]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-phase')));

  it('reorders a phase with the keyboard, saves, and keeps the order after a reload', async () => {
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 });
    let frame = await open(page, user('admin@example.com'));
    const before = await phaseOrder(frame);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const second = before[1]!;
    const secondName = await frame.locator(`li[data-phase="${second}"] input`).first().inputValue();

    await frame.locator(`button[aria-label="Move ${secondName} up"]`).focus();
    await page.keyboard.press('Enter');
    expect((await phaseOrder(frame))[0]).toBe(second);
    await screenshot(page, 'admin-edited');

    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForSelector('[data-testid="admin-status"] >> text=/Saved/', { timeout: 15_000 });

    frame = await open(page, user('admin@example.com'));
    expect((await phaseOrder(frame))[0]).toBe(second);
    errors.assertNone();
    await page.close();
  });

  it('shows the server’s validation errors next to the fields', async () => {
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 }, { ignore: [/status of 4\d\d/] });
    const frame = await open(page, user('admin@example.com'));
    const firstName = frame.locator('[data-section="strategic"] li[data-phase] input').first();
    await firstName.fill('');
    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForSelector('[data-error-code="validation"]', { timeout: 15_000 });
    expect(await frame.locator('[data-section="strategic"] li[data-phase]').first().locator('.pm-error-text').count()).toBeGreaterThan(0);
    expect(await firstName.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'admin-validation');
    errors.assertNone();
    await page.close();
  });
});
