import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot } from './helpers';

/**
 * Scoring inline in the project page's backlog, as a product owner grooms: the row's inputs for
 * the backlog's model open in place with the issue panel's validation, a save goes through the
 * panel's save (it lands in the issue's history), and when someone saved first the editor shows
 * their current value and saves only after the user chose.
 */
describe('backlog inline scoring in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const admin = () => suite.accountId('admin@example.com');
  const openBacklog = (page: Page): Promise<Frame> =>
    suite.openModule(page, 'pm-dashboard', { as: admin(), project: 'CHK' }, '[data-testid^="inline-edit-"]');
  const firstKeys = async (frame: Frame) => frame.locator('tbody tr td:nth-child(2) a').allTextContents();

  const editRow = async (frame: Frame, key: string) => {
    await frame.locator(`[data-testid="inline-edit-${key}"]`).click();
    const editor = frame.locator(`[data-testid="inline-editor-${key}"]`);
    await editor.getByLabel('Reach (per quarter)').waitFor({ timeout: 15_000 });
    return editor;
  };

  it('edits a row’s RICE inputs in place with the panel’s validation, and the save is in the issue’s history', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await openBacklog(page);
    const key = (await firstKeys(frame))[2]!;
    const editor = await editRow(frame, key);
    // Focus lands in the editor for keyboard users.
    expect(await frame.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);

    await editor.getByLabel('Reach (per quarter)').fill('4321');
    await editor.getByLabel('Impact', { exact: true }).selectOption('3');
    await editor.getByLabel('Confidence', { exact: true }).selectOption('100');
    // Effort 0 is unusable: said next to the field and in the save line, and Save is blocked.
    await editor.getByLabel('Effort (person-months)').fill('0');
    await editor.locator('text=/Cannot save/').waitFor();
    expect(
      await editor.locator('.pm-field', { hasText: 'Effort (person-months)' }).locator('[role="alert"]').count(),
    ).toBe(1);
    expect(await editor.locator('button[type="submit"]').isDisabled()).toBe(true);
    await editor.getByLabel('Effort (person-months)').fill('1');
    // 4321 x 3 x 100% / 1, live.
    await editor.locator('[data-testid="inline-preview"]', { hasText: /12[,.\s]?963/ }).waitFor();
    await screenshot(page, `backlog-inline-edit-${key}`);
    await editor.locator('button[type="submit"]').click();
    await editor.waitFor({ state: 'detached', timeout: 15_000 });
    await frame
      .locator(`tr:has([data-testid="inline-edit-${key}"]) .pm-score-btn`, { hasText: /12[,.\s]?963/ })
      .waitFor({ timeout: 15_000 });

    // The same history as a panel save: who changed the RICE reach, and the score's move.
    const panel = await suite.openModule(
      page,
      'pm-requirement-panel',
      { as: admin(), issue: key },
      '[aria-label="Scores per model"]',
    );
    await panel.locator('[data-testid="tab-history"]').click();
    const newest = await panel.locator('[aria-label="Change history"] > li').first().innerText();
    expect(newest).toMatch(/Avery Admin/);
    expect(newest).toMatch(/RICE/);
    expect(newest).toMatch(/Reach \(per quarter\): [^\n]* → 4,?321/);
    errors.assertNone();
    await page.close();
  });

  it('shows the current value when someone saved first, and saves only after the user chose', async () => {
    const { page: mine, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const { page: theirs } = await suite.newPage({ width: 1440, height: 1000 });
    const a = await openBacklog(mine);
    const key = (await firstKeys(a))[4]!;
    const myEditor = await editRow(a, key);

    // Someone else saves the same row first, from their own backlog.
    const b = await openBacklog(theirs);
    const theirEditor = await editRow(b, key);
    await theirEditor.getByLabel('Effort (person-months)').fill('7');
    await theirEditor.locator('button[type="submit"]').click();
    await theirEditor.waitFor({ state: 'detached', timeout: 15_000 });

    // My save on the version I opened is refused with their current value; nothing is overwritten.
    await myEditor.getByLabel('Reach (per quarter)').fill('555');
    await myEditor.locator('button[type="submit"]').click();
    const conflict = myEditor.locator('[data-testid="inline-conflict"]');
    await conflict.waitFor({ timeout: 15_000 });
    // Who saved first, by name (the other page is the same admin), never an account id.
    await conflict.getByText('Avery Admin saved this issue since you opened it').waitFor({ timeout: 15_000 });
    expect(await conflict.locator('[data-testid="inline-conflict-current"]').innerText()).toMatch(
      /Effort \(person-months\) 7/,
    );
    expect(await myEditor.locator('button[type="submit"]').isDisabled()).toBe(true);
    await screenshot(mine, `backlog-inline-conflict-${key}`);

    // Putting mine on top saves against their version: my reach and their effort.
    await myEditor.locator('button', { hasText: 'Put mine on top' }).click();
    expect(await myEditor.getByLabel('Reach (per quarter)').inputValue()).toBe('555');
    expect(await myEditor.getByLabel('Effort (person-months)').inputValue()).toBe('7');
    await myEditor.locator('button[type="submit"]').click();
    await myEditor.waitFor({ state: 'detached', timeout: 15_000 });
    // What is stored, as the issue panel reads it.
    const panel = await suite.openModule(
      mine,
      'pm-requirement-panel',
      { as: admin(), issue: key },
      '[aria-label="Scores per model"]',
    );
    await panel.locator('[data-testid="tab-edit"]').click();
    expect(await panel.getByLabel('Reach (per quarter)').inputValue()).toBe('555');
    expect(await panel.getByLabel('Effort (person-months)').inputValue()).toBe('7');
    errors.assertNone();
    await mine.close();
    await theirs.close();
  });
});
