import { browserSuite, screenshot } from './helpers';

/**
 * Roll-ups as Jira data, seen in Chromium: once the daily snapshot (the scheduled trigger, run
 * through the local runtime's endpoint) has built each project's stored state, the app writes
 * each parent's roll-up to its indexed entity property, and the local stand-in for
 * Jira's issue search (`/issues/?jql=`, where the app's JQL links lead) runs the README's example
 * `issuetype = Epic AND pmRollupProgress < 50 ORDER BY pmRollupScore DESC` as the acting user:
 * every epic found is under half done, highest score first. The screenshot is the README's.
 */
describe('roll-up JQL in the issue search (Chromium)', () => {
  const suite = browserSuite({ issues: 600 });
  const JQL = 'project = CHK AND issuetype = Epic AND pmRollupProgress < 50 ORDER BY pmRollupScore DESC';

  it("finds CHK's epics under half done, most valuable first, by their rolled-up values", async () => {
    const admin = suite.accountId('admin@example.com');
    const { page, errors } = await suite.newPage({ width: 1280, height: 900 });
    // The daily snapshot builds the stored state; the roll-up write-back follows on the queue.
    const run = await fetch(`${suite.app.url}/__forge/scheduled/pm-daily-snapshot`, { method: 'POST' });
    expect(run.status).toBe(200);
    const url = `${suite.app.url}/issues/?jql=${encodeURIComponent(JQL)}&as=${encodeURIComponent(admin)}`;
    let rows = 0;
    for (let attempt = 0; attempt < 30 && rows === 0; attempt++) {
      if (attempt > 0) await page.waitForTimeout(2_000);
      await page.goto(url);
      rows = await page.locator('[data-testid="search-results"] tbody tr').count();
    }
    expect(rows).toBeGreaterThan(0);
    const cells = async (col: string) =>
      (await page.locator(`[data-testid="search-results"] tbody td[data-col="${col}"]`).allInnerTexts()).map(Number);
    const progress = await cells('progress');
    expect(progress.every((p) => p < 50)).toBe(true);
    const scores = (await cells('score')).filter((s) => Number.isFinite(s));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(
      (await page.locator('[data-testid="search-results"] tbody td:nth-child(3)').allInnerTexts()).every(
        (t) => t === 'Epic',
      ),
    ).toBe(true);
    expect(await page.locator('#jql').inputValue()).toBe(JQL);
    await screenshot(page, 'issue-search-rollup-jql');
    // The README's docs/screenshot-rollup-jql.png.
    await page.locator('main').screenshot({ path: 'test-output/screenshots/rollup-jql.png' });
    errors.assertNone();
    await page.close();
  }, 120_000);
});
