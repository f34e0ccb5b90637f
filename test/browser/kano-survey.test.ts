import { blocking, runAxe } from './helpers/axe';
import { browserSuite, screenshot } from './helpers';

/** The Kano survey of a demo story in the issue panel, in Chromium: the category from many respondents and its chart. */
describe('Kano survey in the issue panel (Chromium)', () => {
  const suite = browserSuite({ issues: 600 });

  it.each(['light', 'dark'] as const)(
    'shows the survey’s category, Better / Worse and the counts (%s)',
    async (theme) => {
      const admin = suite.accountId('admin@example.com');
      const stories = await suite.searchKeys(
        admin,
        'project = CHK AND issuetype = Story AND statusCategory != Done ORDER BY key ASC',
        40,
      );
      let surveyed: string | undefined;
      for (const key of stories) {
        const res = await fetch(`${suite.app.url}/rest/api/3/issue/${key}/properties/pm-workflow.requirement`, {
          headers: { authorization: suite.app.emulator!.authorizationFor(admin) },
        });
        const body = res.ok ? ((await res.json()) as { value?: { scores?: { kanoSurvey?: unknown } } }) : {};
        if (body.value?.scores?.kanoSurvey) {
          surveyed = key;
          break;
        }
      }
      if (!surveyed) throw new Error('the demo data has no Kano survey on an open CHK story');

      const context = await suite.browser.newContext({ viewport: { width: 1440, height: 1000 }, bypassCSP: true });
      const page = await context.newPage();
      try {
        const frame = await suite.openModule(
          page,
          'pm-requirement-panel',
          { as: admin, issue: surveyed, ...(theme === 'dark' ? { theme } : {}) },
          '[aria-label="Scores per model"]',
        );
        const tab = frame.locator('[data-testid="tab-overview"]');
        if (await tab.count()) await tab.click();
        const chart = frame.locator('[data-testid="kano-survey-chart"]');
        await chart.waitFor();
        expect(await chart.innerText()).toMatch(/\d+ respondents · Better [\d.]+ · Worse -?[\d.]+/);
        expect(await chart.locator('li').count()).toBe(6);
        expect(await chart.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(
          /^Better [\d.]+, Worse -?[\d.]+$/,
        );
        expect(await frame.locator('[data-testid="score-kano"]').innerText()).toMatch(
          /Attractive|Must-be|One-dimensional|Indifferent/,
        );
        await page.waitForTimeout(200);
        expect(blocking(await runAxe(frame))).toEqual([]);
        await screenshot(page, `kano-survey-${surveyed}-${theme}`);
      } finally {
        await context.close();
      }
    },
  );
});
