import type { Frame, Page } from 'playwright-core';
import { browserSuite } from './helpers';

/**
 * The KPI tab of the issue panel on a KPI issue: a product owner records an actual, and the card
 * shows it as the latest figure with the status the domain gives it (a KPI not on track that
 * reaches its target turns "On track"); the actual is listed and kept after a reload.
 */
describe('issue panel KPI tab, in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const admin = () => suite.accountId('admin@example.com');

  const openKpiTab = async (page: Page, key: string): Promise<Frame> => {
    const frame = await suite.openModule(page, 'pm-requirement-panel', { as: admin(), issue: key }, '[role="tab"]');
    await frame.locator('[role="tab"]', { hasText: /^KPI$/ }).click();
    await frame.locator('article[aria-label^="KPI "]').waitFor({ timeout: 15_000 });
    return frame;
  };
  const card = (frame: Frame) => frame.locator('article[aria-label^="KPI "]');
  const actualsCount = async (frame: Frame) =>
    Number(/Actuals \((\d+)\)/.exec(await frame.locator('main').innerText())?.[1] ?? 0);

  it('records an actual that reaches the target of a KPI not on track: the card says On track and shows it', async () => {
    const { page, errors } = await suite.newPage({ width: 1280, height: 1000 });
    const keys = await suite.searchKeys(admin(), 'project = CHK AND issuetype = KPI ORDER BY key ASC', 20);
    let frame: Frame | undefined;
    let key = '';
    for (const k of keys) {
      const f = await openKpiTab(page, k);
      if (!/On track/.test(await card(f).innerText()) && (await f.getByLabel('Date').count()) > 0) {
        [frame, key] = [f, k];
        break;
      }
    }
    expect(frame).toBeDefined();
    const f = frame!;
    const before = await card(f).innerText();
    expect(before).toMatch(/Off track|At risk|No data/);
    const target = /target ([\d.,-]+)/.exec(before)![1]!.replace(/,/g, '');
    const due = /due (\d{4}-\d{2}-\d{2})/.exec(before)![1]!;
    const today = new Date().toISOString().slice(0, 10);
    const date = due < today ? due : today;
    const count = await actualsCount(f);

    await f.getByLabel('Date').fill(date);
    await f.getByLabel(/^Value/).fill(target);
    await f.locator('button[type="submit"]', { hasText: 'Record' }).click();
    await f.locator('[role="status"]', { hasText: /^Recorded / }).waitFor({ timeout: 15_000 });

    const after = await card(f).innerText();
    expect(after).toMatch(/On track/);
    expect(after).not.toMatch(/Off track|At risk|No data/);
    // The latest figure is the one just recorded (not merely the target line).
    expect((await card(f).locator('.pm-tile-value').innerText()).replace(/,/g, '')).toBe(target);
    expect(await actualsCount(f)).toBe(count + 1);

    // Stored: a fresh panel shows the same status and the actual in its list.
    const again = await openKpiTab(page, key);
    expect(await card(again).innerText()).toMatch(/On track/);
    expect(await actualsCount(again)).toBe(count + 1);
    errors.assertNone();
    await page.close();
  });
});
