import type { Frame, Page } from 'playwright-core';
import { browserSuite } from './helpers';

/**
 * A manager shares a filtered backlog: the project page keeps its filter in its route
 * (view.createHistory, which Jira mirrors in the page address, as the local runtime does), so the
 * copied address opens the same filtered backlog for whoever opens it, filters shown as set.
 */
describe('a shared project page address restores the filtered backlog, in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const admin = () => suite.accountId('admin@example.com');
  const keys = (frame: Frame) =>
    frame.locator('[data-testid="backlog--table"] tbody tr td:nth-child(2) a').allTextContents();
  const settled = async (frame: Frame) => {
    await frame.waitForTimeout(150);
    await frame.waitForSelector('section[aria-labelledby="pm-backlog-h"][aria-busy="false"]', { timeout: 20_000 });
  };
  const open = (page: Page) => suite.openModule(page, 'pm-dashboard', { as: admin(), project: 'CHK' }, 'tbody tr');

  it('filters by phase and MoSCoW, and the copied address opens the same rows with the same filters', async () => {
    const first = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await open(first.page);
    const unfiltered = await keys(frame);
    await frame.locator('#pm-f-phase').selectOption('requirements');
    await settled(frame);
    await frame.locator('#pm-f-moscow').selectOption('should');
    await settled(frame);
    const shown = await keys(frame);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toEqual(unfiltered.slice(0, shown.length));
    // The rows are Jira's answer to the filter (not whatever was on screen before).
    const expected = await suite.searchKeys(
      admin(),
      'project = "CHK" AND pmRiceScore IS NOT EMPTY AND statusCategory != Done AND pmPhase = "requirements" AND pmMoscowScore = 3 ORDER BY pmRiceScore DESC, key ASC',
      shown.length,
    );
    expect(shown).toEqual(expected);

    const address = new URL(first.page.url());
    const route = new URLSearchParams(address.searchParams.get('route')?.replace(/^\/?\??/, '') ?? '');
    expect(Object.fromEntries(route)).toEqual({ phase: 'requirements', moscow: 'should' });

    // Someone else's browser (a fresh context, nothing in memory) opens the shared address.
    const second = await suite.newPage({ width: 1280, height: 900 });
    await second.page.goto(address.toString());
    const handle = await second.page.waitForSelector('iframe[data-testid="forge-app-frame"]');
    const restored = (await handle.contentFrame())!;
    await restored.waitForSelector('tbody tr', { timeout: 30_000 });
    await settled(restored);
    expect(await restored.locator('#pm-f-phase').inputValue()).toBe('requirements');
    expect(await restored.locator('#pm-f-moscow').inputValue()).toBe('should');
    expect(await restored.locator('[data-phase="requirements"] button').getAttribute('aria-pressed')).toBe('true');
    expect(await keys(restored)).toEqual(shown);

    // Clearing the filters takes them out of the address again.
    await restored
      .locator('button', { hasText: /^Clear filters/ })
      .first()
      .click();
    await settled(restored);
    expect(new URL(second.page.url()).searchParams.get('route')).toBeNull();
    first.errors.assertNone();
    second.errors.assertNone();
    await first.page.close();
    await second.page.close();
  });
});
