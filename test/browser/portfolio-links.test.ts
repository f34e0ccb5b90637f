import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot } from './helpers';
import { brokenWords, clipped, overflow } from './helpers/layout-checks';

/**
 * The portfolio's links in Chromium: each product opens its project page (the pm-dashboard module
 * for that project), each count (issues, requirements, sections, readiness, stale) opens Jira's
 * search with the JQL the backend sends for it, and the labels say what they count; the layout
 * holds at 1024 px. Navigation goes through @forge/bridge's router, which the local page
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

    // The requirement count searches Jira too (it opened the project page before), as do the
    // section and readiness counts, which linked nowhere.
    const requirements = row.locator('td').nth(2).locator('a');
    const requirementCount = Number((await requirements.innerText()).replace(/\D/g, ''));
    expect(requirementCount).toBeGreaterThan(0);
    const requirementJql = decodeURIComponent(
      ((await requirements.getAttribute('href')) ?? '').replace('/issues/?jql=', ''),
    );
    expect(requirementJql).toMatch(/^project = "CHK" AND \(.*pmPhase in \("requirements"\).*pmRiceScore IS NOT EMPTY/);
    expect(await requirements.getAttribute('title')).toMatch(
      new RegExp(`^Search Jira: the ${requirementCount} requirements of `),
    );
    const sections = row.locator('td').nth(4).locator('a');
    expect(await sections.count()).toBeGreaterThan(0);
    for (const link of await sections.all()) {
      expect(await link.getAttribute('href')).toMatch(/^\/issues\/\?jql=project%20%3D%20%22CHK%22%20AND%20/);
      expect(await link.getAttribute('title')).toMatch(/^Search Jira: the \d+ issues? of .+ in /);
    }
    const readiness = row.locator('td').nth(7).locator('a');
    expect(await readiness.count()).toBeGreaterThan(0);
    for (const link of await readiness.all()) {
      const text = await link.innerText();
      const jql = decodeURIComponent(((await link.getAttribute('href')) ?? '').replace('/issues/?jql=', ''));
      expect(jql.startsWith(requirementJql.replace(' ORDER BY key ASC', ''))).toBe(true);
      expect(jql).toMatch(/pmReadiness/);
      expect(await link.getAttribute('title')).toMatch(
        /^Search Jira: the \d+ requirements? of .+ (ready|partly ready|not ready)$/,
      );
      expect(text).toMatch(/^\d+ (ready|partly|not)$/);
    }
    await readiness.first().click();
    await notice(page, 'pmReadiness');

    expect(await frame.locator('thead th').allInnerTexts()).toContain('Stale scores');
    const footer = await frame.locator('main').innerText();
    expect(footer).toMatch(/All \d+ products? shown|Load more products/);
    errors.assertNone();
    await page.close();
  });

  // At 1024 px the local Jira page leaves the app a 720 px frame: the table scrolls in its own region.
  it('holds its layout at 1024 px: no header or count broken mid-word, no clipped column, nothing wider than the frame', async () => {
    const { page, errors } = await suite.newPage({ width: 1024, height: 900 });
    const frame = await open(page);
    await screenshot(page, 'portfolio-1024');
    expect(await brokenWords(frame, '[data-testid="portfolio-table"] thead th')).toEqual([]);
    expect(
      await brokenWords(
        frame,
        '[data-testid="portfolio-table"] tbody td:nth-child(1), [data-testid="portfolio-table"] .pm-num, [data-testid="portfolio-table"] a',
      ),
    ).toEqual([]);
    expect(await overflow(frame, true)).toEqual([]);
    // The top requirement's summary may ellipsise (its title has it all); every other cell shows whole.
    expect(
      await clipped(
        frame,
        '[data-testid="portfolio-table"] tbody td:not(:nth-child(6)), [data-testid="portfolio-table"] thead th',
      ),
    ).toEqual([]);
    errors.assertNone();
    await page.close();
  });
});
