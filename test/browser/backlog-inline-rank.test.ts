import type { Frame, Page } from 'playwright-core';
import { browserSuite } from './helpers';

/**
 * Grooming in the backlog moves the item: raising a row's RICE inputs inline and saving re-ranks
 * the backlog from Jira (ordered by the indexed score), so the row climbs to the rank its new
 * score earns and the rest move down by one.
 */
describe('backlog inline scoring re-ranks the row, in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const admin = () => suite.accountId('admin@example.com');
  const openBacklog = (page: Page): Promise<Frame> =>
    suite.openModule(page, 'pm-dashboard', { as: admin(), project: 'CHK' }, '[data-testid^="inline-edit-"]');
  /** [rank, key] of the rows shown, top first. */
  const ranked = async (frame: Frame): Promise<[string, string][]> =>
    frame.locator('[data-testid="backlog--table"] tbody tr').evaluateAll((rows) =>
      rows.map((r) => {
        const cells = r.querySelectorAll('td');
        return [cells[0]?.textContent?.trim() ?? '', cells[1]?.querySelector('a')?.textContent?.trim() ?? ''];
      }),
    ) as Promise<[string, string][]>;

  it('a row at rank 8 given a higher RICE score than the top row moves to rank 1', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await openBacklog(page);
    const before = await ranked(frame);
    expect(before.length).toBeGreaterThan(8);
    const [rank, key] = before[7]!;
    expect(rank).toBe('8');
    const top = before[0]![1];

    await frame.locator(`[data-testid="inline-edit-${key}"]`).click();
    const editor = frame.locator(`[data-testid="inline-editor-${key}"]`);
    await editor.getByLabel('Reach (per quarter)').fill('1000000');
    await editor.getByLabel('Impact', { exact: true }).selectOption('3');
    await editor.getByLabel('Confidence', { exact: true }).selectOption('100');
    await editor.getByLabel('Effort (person-months)').fill('1');
    await editor.locator('[data-testid="inline-preview"]', { hasText: /3[,.\s]?000[,.\s]?000/ }).waitFor();
    await editor.locator('button[type="submit"]').click();
    await editor.waitFor({ state: 'detached', timeout: 15_000 });

    // The backlog reloads from Jira: the row leads, and what led is second.
    await frame.waitForFunction(
      (k) =>
        document.querySelector('[data-testid="backlog--table"] tbody tr td:nth-child(2) a')?.textContent?.trim() === k,
      key,
      { timeout: 20_000 },
    );
    const after = await ranked(frame);
    expect(after[0]).toEqual(['1', key]);
    expect(after[1]).toEqual(['2', top]);
    // Rows that were above it moved down by one; the order of the others stays.
    expect(after.slice(1, 8).map(([, k]) => k)).toEqual(before.slice(0, 7).map(([, k]) => k));
    expect(after.slice(8, before.length).map(([, k]) => k)).toEqual(before.slice(8).map(([, k]) => k));
    errors.assertNone();
    await page.close();
  });
});
