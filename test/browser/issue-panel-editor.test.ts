import type { Frame, Page } from 'playwright-core';
import { appFrame, browserSuite, screenshot } from './helpers';
import { blocking, runAxe } from './helpers/axe';

/**
 * The issue panel's editor as a product owner uses it: each model's live score, breakdown and
 * rank change beside the inputs (visible without scrolling at 1440 x 900), the save bar with
 * them, the models the site does not use folded, and a history that shows what changed and
 * how the score moved.
 */
describe('issue panel editor layout and history in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  let keys: string[];

  beforeAll(async () => {
    // Stories without Kano answers: Kano is not a model the default configuration ranks by, so it is folded.
    keys = await suite.searchKeys(
      suite.accountId('admin@example.com'),
      'project = CHK AND issuetype = Story AND pmKanoScore IS EMPTY AND statusCategory != Done ORDER BY key DESC',
    );
    expect(keys.length).toBeGreaterThanOrEqual(2);
  });

  const openEditor = async (page: Page, issue: string): Promise<Frame> => {
    const frame = await suite.openModule(
      page,
      'pm-requirement-panel',
      { as: suite.accountId('admin@example.com'), issue },
      '[aria-label="Scores per model"]',
    );
    await frame.locator('[data-testid="tab-edit"]').click();
    await frame.waitForSelector('form[aria-label="Edit PM data"]');
    return frame;
  };

  const setRice = async (frame: Frame, reach: string) => {
    await frame.getByLabel('Reach (per quarter)').fill(reach);
    await frame.getByLabel('Impact', { exact: true }).first().selectOption('1');
    await frame.getByLabel('Confidence', { exact: true }).first().selectOption('100');
    await frame.getByLabel('Effort (person-months)').fill('1');
  };

  it('keeps the score, its breakdown, the rank change and the save bar beside the inputs at 1440 x 900', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 900 });
    const frame = await openEditor(page, keys[0]!);
    await setRice(frame, '987654');
    const aside = frame.locator('[data-testid="score-aside"]');
    // The live score: 987654 x 1 x 100% / 1, before saving.
    await frame.waitForFunction(
      () =>
        /987[,.\s]?654/.test(
          document.querySelector('[data-testid="score-aside"] [data-testid="score-rice"]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 15_000 },
    );
    // The rank is Jira's count once typing settles: this score is above every other in the project.
    await frame.waitForFunction(
      () =>
        /#\d+ → #1 in this project/.test(
          document.querySelector('[data-testid="score-aside"] li[data-model="rice"] [data-testid="rank"]')
            ?.textContent ?? '',
        ),
      undefined,
      { timeout: 15_000 },
    );
    const riceRow = await aside.locator('li[data-model="rice"]').innerText();
    expect(riceRow).toMatch(/Reach \(per quarter\) = 987/); // the breakdown, in the user's words
    expect(riceRow).toMatch(/\(\+[\d,.]+\)/); // the difference

    await screenshot(page, `issue-panel-editor-1440-${keys[0]}`);
    const box = (await aside.locator('li[data-model="rice"]').boundingBox())!;
    const inputs = (await frame.locator('[data-model-inputs="rice"]').boundingBox())!;
    const save = (await frame.locator('button[type="submit"]', { hasText: 'Save' }).boundingBox())!;
    // Without scrolling: the RICE score and the Save button are inside the 900 px viewport...
    expect(box.y + box.height).toBeLessThan(900);
    expect(save.y + save.height).toBeLessThan(900);
    // ...and beside the RICE inputs (to their right, overlapping them vertically), not below them.
    expect(box.x).toBeGreaterThanOrEqual(inputs.x + inputs.width);
    expect(box.y).toBeLessThan(inputs.y + inputs.height);
    // The model's own heading carries its live score and rank too.
    expect(await frame.locator('[data-testid="badge-rice"]').innerText()).toMatch(/987[,.\s]?654[\s\S]*#1/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    errors.assertNone();
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'the editing state passes axe (no serious or critical violation), %s',
    async (theme) => {
      // axe is injected as a script: the context bypasses the frame's CSP, as in accessibility.test.ts.
      const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
      try {
        const page = await context.newPage();
        await page.goto(
          `${suite.app.url}/frame/pm-requirement-panel?${new URLSearchParams({ as: suite.accountId('admin@example.com'), issue: keys[0]!, theme })}`,
        );
        const frame = await appFrame(page);
        await frame.waitForSelector('[aria-label="Scores per model"]', { timeout: 30_000 });
        await frame.locator('[data-testid="tab-edit"]').click();
        await frame.waitForSelector('form[aria-label="Edit PM data"]');
        await setRice(frame, '0.5');
        await frame.waitForFunction(
          () =>
            /→/.test(
              document.querySelector('[data-testid="score-aside"] [data-testid="score-rice"]')?.textContent ?? '',
            ),
          undefined,
          { timeout: 15_000 },
        );
        await frame.locator('details[data-model-inputs="kano"] summary').click();
        expect(blocking(await runAxe(frame))).toEqual([]);
        await screenshot(page, `issue-panel-editor-${theme}-${keys[0]}`);
      } finally {
        await context.close();
      }
    },
  );

  it('opens the models the site uses and folds the others until asked', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 900 });
    const frame = await openEditor(page, keys[1]!);
    // The default configuration ranks by RICE and rolls up RICE, WSJF, ICE, Value / Effort, weighted.
    for (const model of ['rice', 'wsjf', 'ice', 'valueEffort'])
      expect(await frame.locator(`[role="group"][data-model-inputs="${model}"]`).count()).toBe(1);
    const kano = frame.locator('details[data-model-inputs="kano"]');
    expect(await kano.count()).toBe(1);
    expect(await kano.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await frame.getByLabel('If the feature is present…').count()).toBe(0);
    await kano.locator('summary').focus();
    await page.keyboard.press('Enter');
    await frame.getByLabel('If the feature is present…').waitFor();
    errors.assertNone();
    await page.close();
  });

  it('history emphasises what changed and shows the score delta, in the body font', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 900 });
    let frame = await openEditor(page, keys[1]!);
    await setRice(frame, '100');
    await frame.locator('button[type="submit"]', { hasText: 'Save' }).click();
    await frame.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });
    await frame.getByLabel('Reach (per quarter)').fill('300');
    await frame.locator('button[type="submit"]', { hasText: 'Save' }).click();
    await frame.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });

    frame = await suite.openModule(
      page,
      'pm-requirement-panel',
      { as: suite.accountId('admin@example.com'), issue: keys[1]! },
      '[aria-label="Scores per model"]',
    );
    await frame.locator('[data-testid="tab-history"]').click();
    const newest = frame.locator('[aria-label="Change history"] > li').first();
    await newest.waitFor();
    const rice = newest.locator('[data-testid="history-change"]', { hasText: 'RICE' });
    const text = await rice.innerText();
    // Only the input that moved, old → new, and the score before, after and by how much.
    expect(text).toMatch(/Reach \(per quarter\): 100 → 300/);
    expect(text).not.toMatch(/Effort/);
    expect(text).toMatch(/score 100 → 300/);
    expect(await rice.locator('[data-testid="history-delta"]').innerText()).toMatch(/\+200/);
    // The new value stands out and the old one is struck through; nothing is set in a monospace font.
    const styles = await rice.evaluate((el) => {
      const to = getComputedStyle(el.querySelector('.pm-change-to')!);
      const from = getComputedStyle(el.querySelector('.pm-change-from')!);
      return { toWeight: Number(to.fontWeight), toFont: to.fontFamily, fromLine: from.textDecorationLine };
    });
    expect(styles.toWeight).toBeGreaterThanOrEqual(600);
    expect(styles.toFont).not.toMatch(/mono/i);
    expect(styles.fromLine).toBe('line-through');
    expect(await frame.locator('[aria-label="Change history"] .pm-mono').count()).toBe(0);
    await screenshot(page, `issue-panel-history-${keys[1]}`);
    errors.assertNone();
    await page.close();
  });
});
