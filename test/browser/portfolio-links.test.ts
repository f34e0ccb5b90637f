import type { Frame, Page } from 'playwright-core';
import { browserSuite } from './helpers';

/**
 * The portfolio's links in Chromium: each product opens its project page (the pm-dashboard module
 * for that project), each issue count opens Jira's search with the JQL behind it, and the labels
 * say what they count. Navigation goes through @forge/bridge's router, which the local page
 * reports as a notice naming the target.
 */
describe('portfolio links in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const open = (page: Page): Promise<Frame> =>
    suite.openModule(
      page,
      'pm-portfolio',
      { as: suite.accountId('admin@example.com') },
      '[data-testid="portfolio-table"]',
    );
  const notice = (page: Page, text: string) =>
    page.waitForSelector(`.toast:has-text(${JSON.stringify(text)})`, { timeout: 5_000 });

  it('a product opens its project page; its issue count opens the search for the project; labels name what they count', async () => {
    const { page, errors } = await suite.newPage({ width: 1400, height: 900 });
    const frame = await open(page);
    const row = frame.locator('tr[data-project="CHK"]');

    const product = row.locator('td').first().locator('a');
    expect(await product.innerText()).toMatch(/\S/);
    await product.click();
    await notice(page, '"moduleKey":"pm-dashboard"');
    expect(await page.locator('.toast').last().innerText()).toContain('"projectKey":"CHK"');

    const issues = row.locator('td').nth(1).locator('a');
    const count = Number((await issues.innerText()).replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    expect(await issues.getAttribute('href')).toBe(
      `/issues/?jql=${encodeURIComponent('project = "CHK" ORDER BY key ASC')}`,
    );
    expect(await issues.getAttribute('title')).toMatch(new RegExp(`the ${count} issues of `));
    // The count is the number of issues that search finds.
    const counted = await fetch(`${suite.app.url}/rest/api/3/search/approximate-count`, {
      method: 'POST',
      headers: {
        authorization: suite.app.emulator!.authorizationFor(suite.accountId('admin@example.com')),
        'content-type': 'application/json',
      },
      body: JSON.stringify({ jql: 'project = "CHK"' }),
    });
    expect(((await counted.json()) as { count: number }).count).toBe(count);
    await issues.click();
    await notice(page, '/issues/?jql=');

    expect(await frame.locator('thead th').allInnerTexts()).toContain('Stale scores');
    const footer = await frame.locator('main').innerText();
    expect(footer).toMatch(/All \d+ products? shown|Load more products/);
    errors.assertNone();
    await page.close();
  });
});
