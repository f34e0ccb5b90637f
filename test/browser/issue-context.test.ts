import { browserSuite, screenshot } from './helpers';

/** The developer glance ("Why this ticket exists") in a narrow column, in Chromium. */

describe('issue context module in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  let storyKey: string;

  beforeAll(async () => {
    [storyKey] = (await suite.searchKeys(suite.accountId('admin@example.com'), 'project = MOB AND issuetype = Story ORDER BY key ASC', 1)) as [string];
  });

  it('shows phase, main score, the why-chain as links, readiness and KPI status', async () => {
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 });
    const frame = await suite.openModule(page, 'pm-why-context', { as: suite.accountId('admin@example.com'), issue: storyKey }, '[aria-label="Why this ticket exists"]');
    expect(await frame.locator('[data-testid="phase"]').innerText()).toMatch(/\w/);
    expect(await frame.locator('[data-testid="main-score"]').innerText()).toMatch(/(RICE|WSJF|ICE|Value|Weighted).*(\d|Not scored)/s);
    const chain = await frame.locator('[aria-label="Why this ticket exists"]').innerText();
    expect(chain).toMatch(/Problem/);
    expect(chain).toMatch(/Persona/);
    expect(chain).toMatch(/Scenario/);
    expect(await frame.locator('[aria-label="Why this ticket exists"] a[href^="/browse/MOB-"]').count()).toBeGreaterThan(0);
    const text = await frame.locator('main').innerText();
    expect(text).toMatch(/READY|NOT READY|PARTLY READY/i);
    expect(text).toMatch(/KPI (On track|At risk|Off track|No data)/i);

    // The column is narrow: nothing scrolls sideways.
    const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);

    // The formula is one keyboard press away.
    await frame.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await frame.locator('details').getAttribute('open')).not.toBeNull();
    await screenshot(page, `issue-context-${storyKey}`);
    errors.assertNone();
    await page.close();
  });
});
