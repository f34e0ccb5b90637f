import type { Browser, Frame, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, screenshot, startAppForBrowser, type BrowserApp } from './helpers';

/**
 * The issue panel ("PM requirement") in Chromium: the chain, readiness and scores
 * of a real requirement, the editor with its live preview, a save that changes
 * the score, the conflict state when someone saved first, and keyboard access.
 */

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-testid="forge-app-frame"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the module iframe has no frame');
  return frame;
}

describe('issue panel module in Chromium', () => {
  let app: BrowserApp;
  let browser: Browser;
  let admin: string;
  let storyKeys: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startAppForBrowser({ issues: 600 });
    admin = app.emulator!.users().find((u) => u.emailAddress === 'admin@example.com')!.accountId;
    const res = await fetch(`${app.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { authorization: app.emulator!.authorizationFor(admin), 'content-type': 'application/json' },
      body: JSON.stringify({ jql: 'project = CHK AND issuetype = Story ORDER BY key ASC', fields: ['summary'], maxResults: 10 }),
    });
    const body = (await res.json()) as { issues: { key: string }[] };
    storyKeys = body.issues.map((i) => i.key);
    expect(storyKeys.length).toBeGreaterThanOrEqual(3);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const open = async (page: Page, issue: string): Promise<Frame> => {
    await page.goto(`${app.url}/frame/pm-requirement-panel?${new URLSearchParams({ as: admin, issue })}`);
    const frame = await appFrame(page);
    await frame.waitForSelector('[aria-label="Scores per model"]', { timeout: 30_000 });
    return frame;
  };

  it('shows the chain, readiness and a score per model', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const errors = collectPageErrors(page);
    const frame = await open(page, storyKeys[0]!);
    const text = await frame.locator('main').innerText();
    expect(text).toMatch(/Why this requirement exists/);
    expect(text).toMatch(/Problem/);
    expect(text).toMatch(/Readiness \d+%/);
    const models = await frame.locator('[aria-label="Scores per model"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-model')));
    expect(models).toEqual(expect.arrayContaining(['rice', 'wsjf', 'ice', 'valueEffort', 'weighted', 'moscow', 'kano']));
    expect(await frame.locator('[data-testid="main-score"]').innerText()).toMatch(/RICE|WSJF|ICE|Value|Weighted/);
    await screenshot(page, `issue-panel-${storyKeys[0]}`);
    errors.assertNone();
    await page.close();
  });

  it('previews a score while editing and saving changes the score', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const errors = collectPageErrors(page);
    const frame = await open(page, storyKeys[1]!);
    await frame.locator('[data-testid="tab-edit"]').click();
    const reach = frame.getByLabel('Reach (per quarter)');
    await reach.fill('4321');
    await frame.getByLabel('Impact', { exact: true }).first().selectOption('3');
    await frame.getByLabel('Confidence', { exact: true }).first().selectOption('100');
    await frame.getByLabel('Effort (person-months)').fill('1');
    // Live preview: 4321 x 3 x 1.0 / 1 = 12963 (before saving).
    const preview = 'form[aria-label="Edit PM data"] [data-testid="score-rice"]';
    await frame.waitForFunction((sel) => /12[,.\s]?963/.test(document.querySelector(sel)?.textContent ?? ''), preview, { timeout: 15_000 });
    expect(await frame.locator(preview).innerText()).toMatch(/→/);
    await screenshot(page, `issue-panel-${storyKeys[1]}-editing`);

    await frame.locator('button[type="submit"]', { hasText: 'Save' }).click();
    await frame.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });
    await frame.locator('[data-testid="tab-overview"]').click();
    expect(await frame.locator('[aria-label="Scores per model"] [data-testid="score-rice"]').first().innerText()).toMatch(/12[,.\s]?963/);

    // A fresh load shows the saved score.
    const again = await open(page, storyKeys[1]!);
    expect(await again.locator('[data-testid="score-rice"]').first().innerText()).toMatch(/12[,.\s]?963/);
    errors.assertNone();
    await page.close();
  });

  it('shows a conflict when someone saved first, and re-applies on request', async () => {
    const key = storyKeys[2]!;
    const first = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const second = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const errors = collectPageErrors(second);
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

  it('reaches the editor tab and the save button with the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const errors = collectPageErrors(page);
    const frame = await open(page, storyKeys[0]!);
    await frame.locator('[data-testid="tab-overview"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await frame.evaluate(() => document.activeElement?.textContent)).toMatch(/Edit and score/);
    await page.keyboard.press('Enter');
    await frame.waitForSelector('form[aria-label="Edit PM data"]');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('.pm-field')?.querySelector('label')?.textContent === 'Reach (per quarter)');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('5');
    let saveReached = false;
    const seen: string[] = [];
    for (let i = 0; i < 80 && !saveReached; i++) {
      await page.keyboard.press('Tab');
      const focused = await frame.evaluate(() => `${document.activeElement?.tagName}:${(document.activeElement?.textContent ?? '').trim().slice(0, 20)}`);
      seen.push(focused);
      saveReached = focused === 'BUTTON:Save';
    }
    if (!saveReached) console.log(seen.join(' | '));
    expect(saveReached).toBe(true);
    errors.assertNone();
    await page.close();
  });
});
