import type { Frame, Page } from 'playwright-core';
import { bodyBrightness, browserSuite, screenshot } from './helpers';

/**
 * The issue panel ("PM requirement") in Chromium: the chain, readiness and scores
 * of a real requirement, the editor with its live preview, a save that changes
 * the score, the conflict state when someone saved first, and keyboard access.
 */

describe('issue panel module in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  let storyKeys: string[];

  beforeAll(async () => {
    storyKeys = await suite.searchKeys(
      suite.accountId('admin@example.com'),
      'project = CHK AND issuetype = Story ORDER BY key ASC',
    );
    expect(storyKeys.length).toBeGreaterThanOrEqual(3);
  });

  const open = (page: Page, issue: string, theme?: 'dark'): Promise<Frame> =>
    suite.openModule(
      page,
      'pm-requirement-panel',
      { as: suite.accountId('admin@example.com'), issue, ...(theme ? { theme } : {}) },
      '[aria-label="Scores per model"]',
    );

  it('shows the chain, readiness and a score per model', async () => {
    const { page, errors } = await suite.newPage({ width: 900, height: 1000 });
    const frame = await open(page, storyKeys[0]!);
    const text = await frame.locator('main').innerText();
    expect(text).toMatch(/Why this requirement exists/);
    expect(text).toMatch(/Problem/);
    expect(text).toMatch(/Readiness \d+%/);
    const models = await frame
      .locator('[aria-label="Scores per model"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-model')));
    expect(models).toEqual(
      expect.arrayContaining(['rice', 'wsjf', 'ice', 'valueEffort', 'weighted', 'moscow', 'kano']),
    );
    expect(await frame.locator('[data-testid="main-score"]').innerText()).toMatch(/RICE|WSJF|ICE|Value|Weighted/);
    await screenshot(page, `issue-panel-${storyKeys[0]}`);
    errors.assertNone();
    await page.close();
  });

  it('a KPI issue shows its KPI tab and no requirement furniture (no "Not ready", no "RICE not scored")', async () => {
    const [kpiKey] = await suite.searchKeys(
      suite.accountId('admin@example.com'),
      'project = CHK AND issuetype = KPI ORDER BY key ASC',
    );
    expect(kpiKey).toBeDefined();
    const { page, errors } = await suite.newPage({ width: 900, height: 1000 });
    const frame = await suite.openModule(
      page,
      'pm-requirement-panel',
      { as: suite.accountId('admin@example.com'), issue: kpiKey! },
      '[role="tab"]',
    );
    expect(await frame.locator('[role="tab"]').allInnerTexts()).toContain('KPI');
    const text = await frame.locator('main').innerText();
    expect(text).not.toMatch(/Not ready/i);
    expect(text).not.toMatch(/not scored/i);
    expect(text).not.toMatch(/Readiness \d+%/);
    errors.assertNone();
    await page.close();
  });

  it('previews a score while editing and saving changes the score', async () => {
    const { page, errors } = await suite.newPage({ width: 900, height: 1000 });
    const frame = await open(page, storyKeys[1]!);
    // The preview runs in the browser: typing invokes no function per keystroke (Forge bills every invocation).
    const invoked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/__forge/invoke'))
        invoked.push((JSON.parse(request.postData() ?? '{}') as { functionKey?: string }).functionKey ?? '?');
    });
    await frame.locator('[data-testid="tab-edit"]').click();
    const reach = frame.getByLabel('Reach (per quarter)');
    await reach.fill('4321');
    await frame.getByLabel('Impact', { exact: true }).first().selectOption('3');
    await frame.getByLabel('Confidence', { exact: true }).first().selectOption('100');
    await frame.getByLabel('Effort (person-months)').fill('1');
    // Live preview: 4321 x 3 x 1.0 / 1 = 12963 (before saving).
    const preview = 'form[aria-label="Edit PM data"] [data-testid="score-rice"]';
    await frame.waitForFunction((sel) => /12[,.\s]?963/.test(document.querySelector(sel)?.textContent ?? ''), preview, {
      timeout: 15_000,
    });
    expect(await frame.locator(preview).innerText()).toMatch(/→/);
    // Only the rank is asked of Jira: once for the saved scores, once after typing settled (not per keystroke).
    expect(invoked.filter((k) => k !== 'getScoreRanks')).toEqual([]);
    expect(invoked.length).toBeLessThanOrEqual(2);
    await screenshot(page, `issue-panel-${storyKeys[1]}-editing`);

    await frame.locator('button[type="submit"]', { hasText: 'Save' }).click();
    await frame.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });
    await frame.locator('[data-testid="tab-overview"]').click();
    expect(
      await frame.locator('[aria-label="Scores per model"] [data-testid="score-rice"]').first().innerText(),
    ).toMatch(/12[,.\s]?963/);

    // A fresh load shows the saved score.
    const again = await open(page, storyKeys[1]!);
    expect(await again.locator('[data-testid="score-rice"]').first().innerText()).toMatch(/12[,.\s]?963/);
    errors.assertNone();
    await page.close();
  });

  it('shows a conflict when someone saved first, and re-applies on request', async () => {
    const key = storyKeys[2]!;
    const { page: first } = await suite.newPage({ width: 900, height: 1000 });
    const { page: second, errors } = await suite.newPage({ width: 900, height: 1000 });
    const a = await open(first, key);
    const b = await open(second, key);
    await a.locator('[data-testid="tab-edit"]').click();
    await b.locator('[data-testid="tab-edit"]').click();

    await a.getByLabel('Reach (per quarter)').fill('111');
    await a.locator('button[type="submit"]', { hasText: 'Save' }).click();
    await a.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });

    await b.getByLabel('Reach (per quarter)').fill('222');
    await b.locator('button[type="submit"]', { hasText: 'Save' }).click();
    await b.waitForSelector('[data-testid="conflict"]', { timeout: 15_000 });
    const conflict = await b.locator('[data-testid="conflict"]').innerText();
    expect(conflict).toMatch(/saved this requirement while you were editing/);
    expect(conflict).toMatch(/111/);
    expect(conflict).toMatch(/222/);
    await screenshot(second, `issue-panel-${key}-conflict`);

    await b.locator('button', { hasText: 'Re-apply my changes on top' }).click();
    await b.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });
    expect(await b.locator('[data-testid="conflict"]').count()).toBe(0);
    expect(await b.getByLabel('Reach (per quarter)').inputValue()).toBe('222');
    errors.assertNone();
    await first.close();
    await second.close();
  });

  it("re-applying after a conflict keeps the other person's values for fields this user never touched, and names them", async () => {
    const key = storyKeys[3] ?? storyKeys[0]!;
    const poId = suite.accountId('po@example.com');
    const { page: first } = await suite.newPage({ width: 900, height: 1000 });
    const { page: second, errors } = await suite.newPage({ width: 900, height: 1400 });
    const a = await suite.openModule(
      first,
      'pm-requirement-panel',
      { as: poId, issue: key },
      '[aria-label="Scores per model"]',
    );
    const b = await open(second, key);
    await a.locator('[data-testid="tab-edit"]').click();
    await b.locator('[data-testid="tab-edit"]').click();
    const jobSizeBefore = await b.getByLabel('Job size').inputValue();
    const theirJobSize = jobSizeBefore === '20' ? '13' : '20';

    // The product owner changes only the WSJF job size and saves first.
    await a.getByLabel('Job size').selectOption(theirJobSize);
    await a.locator('button[type="submit"]', { hasText: 'Save' }).click();
    await a.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });

    // The admin, on the version loaded before, changes only the RICE reach.
    await b.getByLabel('Reach (per quarter)').fill('333');
    await b.locator('button[type="submit"]', { hasText: 'Save' }).click();
    await b.waitForSelector('[data-testid="conflict"] >> text=/Changes by Pat Owner/', { timeout: 15_000 });
    const conflict = await b.locator('[data-testid="conflict"]').innerText();
    expect(conflict).toMatch(/Saved by Pat Owner/);
    expect(conflict).not.toContain(poId);
    const theirs = await b.locator('table[aria-label="Changes by Pat Owner"]').innerText();
    expect(theirs).toMatch(/job size/i);
    expect(theirs).toContain(theirJobSize);
    expect(await b.locator('table[aria-label="Your changes"]').innerText()).toMatch(/reach[\s\S]*333/i);
    await screenshot(second, `issue-panel-${key}-conflict-theirs`);

    await b.locator('button', { hasText: 'Re-apply my changes on top' }).click();
    await b.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });
    expect(await b.getByLabel('Job size').inputValue()).toBe(theirJobSize);
    expect(await b.getByLabel('Reach (per quarter)').inputValue()).toBe('333');

    // What is stored: both people's changes.
    const again = await open(second, key);
    await again.locator('[data-testid="tab-edit"]').click();
    expect(await again.getByLabel('Job size').inputValue()).toBe(theirJobSize);
    expect(await again.getByLabel('Reach (per quarter)').inputValue()).toBe('333');
    errors.assertNone();
    await first.close();
    await second.close();
  });

  it('reaches the editor tab and the save button with the keyboard', async () => {
    const { page, errors } = await suite.newPage({ width: 900, height: 1000 });
    const frame = await open(page, storyKeys[0]!);
    await frame.locator('[data-testid="tab-overview"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await frame.evaluate(() => document.activeElement?.textContent)).toMatch(/Edit and score/);
    await page.keyboard.press('Enter');
    await frame.waitForSelector('form[aria-label="Edit PM data"]');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await frame.evaluate(
        () =>
          (document.activeElement as HTMLElement | null)?.closest('.pm-field')?.querySelector('label')?.textContent ===
          'Reach (per quarter)',
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.type('5');
    let saveReached = false;
    const seen: string[] = [];
    for (let i = 0; i < 80 && !saveReached; i++) {
      await page.keyboard.press('Tab');
      const focused = await frame.evaluate(
        () => `${document.activeElement?.tagName}:${(document.activeElement?.textContent ?? '').trim().slice(0, 20)}`,
      );
      seen.push(focused);
      saveReached = focused === 'BUTTON:Save';
    }
    if (!saveReached) console.log(seen.join(' | '));
    expect(saveReached).toBe(true);
    errors.assertNone();
    await page.close();
  });

  it('follows the dark theme at a desktop width', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await open(page, storyKeys[0]!, 'dark');
    expect(await frame.evaluate(() => document.documentElement.getAttribute('data-color-mode'))).toBe('dark');
    expect(await bodyBrightness(frame)).toBeLessThan(80);
    // As in Jira, the panel sits in the main column: about two thirds of the issue view.
    const share = await page.evaluate(() => {
      const panel = document.querySelector('iframe[data-testid="forge-app-frame"]')!.getBoundingClientRect().width;
      return panel / document.querySelector('.issue-view')!.getBoundingClientRect().width;
    });
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.75);
    await screenshot(page, `issue-panel-${storyKeys[0]}-dark`);
    errors.assertNone();
    await page.close();
  });
});
