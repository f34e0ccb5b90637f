import { browserSuite, screenshot } from './helpers';

/** The weighted scorecard in the backlog, absolute and normalised side by side, in Chromium. */
describe('weighted scorecard normalised in the backlog (Chromium)', () => {
  const suite = browserSuite({ issues: 600 });

  it('shows each weighted score with its share of the best and says the share moves with the others', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await suite.openModule(
      page,
      'pm-dashboard',
      { as: suite.accountId('admin@example.com'), project: 'CHK' },
      '[data-testid^="row-"]',
    );
    await frame
      .getByRole('button', { name: /^Weighted/ })
      .first()
      .click();
    await frame.waitForSelector('[data-testid="normalised-score"]', { timeout: 30_000 });
    const shares = await frame.locator('[data-testid="normalised-score"]').allInnerTexts();
    expect(shares[0]).toBe('100 % of best');
    const numbers = shares.map((t) => Number(t.replace(/ % of best$/, '')));
    expect(numbers.every((n) => n >= 0 && n <= 100)).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(await frame.locator('[data-testid="normalised-legend"]').innerText()).toMatch(
      /moves when other items’ scores change/,
    );
    await screenshot(page, 'backlog-weighted-normalised');
    // The backlog alone, absolute and normalised side by side, as the README shows it (docs/screenshot-weighted-normalised.png).
    await frame
      .locator('section[aria-labelledby="pm-backlog-h"]')
      .screenshot({ path: 'test-output/screenshots/weighted-normalised.png' });
    errors.assertNone();
    await page.close();
  });
});
