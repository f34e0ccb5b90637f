import { blocking, runAxe } from './helpers/axe';
import { browserSuite, screenshot } from './helpers';

/** The Kano survey of a demo story in the issue panel, in Chromium: the category from many respondents and its chart. */
describe('Kano survey in the issue panel (Chromium)', () => {
  const suite = browserSuite({ issues: 600 });

  /** An open CHK story the demo data gave a Kano survey (`skip` of them passed over). */
  const surveyedStory = async (admin: string, skip = 0): Promise<string> => {
    const stories = await suite.searchKeys(
      admin,
      'project = CHK AND issuetype = Story AND statusCategory != Done ORDER BY key ASC',
      40,
    );
    let left = skip;
    for (const key of stories) {
      const res = await fetch(`${suite.app.url}/rest/api/3/issue/${key}/properties/pm-workflow.requirement`, {
        headers: { authorization: suite.app.emulator!.authorizationFor(admin) },
      });
      const body = res.ok ? ((await res.json()) as { value?: { scores?: { kanoSurvey?: unknown } } }) : {};
      if (body.value?.scores?.kanoSurvey && left-- === 0) return key;
    }
    throw new Error('the demo data has no Kano survey on an open CHK story');
  };

  it.each(['light', 'dark'] as const)(
    'shows the survey’s category, Better / Worse and the counts (%s)',
    async (theme) => {
      const admin = suite.accountId('admin@example.com');
      const surveyed = await surveyedStory(admin);

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
        // The Kano score with its chart, as the README shows it (docs/screenshot-kano-survey.png is the light one).
        await frame
          .locator('[data-testid="score-kano"]')
          .locator('xpath=ancestor::tr[1]')
          .screenshot({ path: `test-output/screenshots/kano-survey-chart-${theme}.png` });
      } finally {
        await context.close();
      }
    },
  );

  it.each(['light', 'dark'] as const)(
    'a product owner adds, edits and removes respondents by keyboard; the category and Better / Worse follow; the save is in the history (%s)',
    async (theme) => {
      const admin = suite.accountId('admin@example.com');
      // A different story per theme: each run saves.
      const issue = await surveyedStory(admin, theme === 'light' ? 1 : 2);
      const context = await suite.browser.newContext({ viewport: { width: 1440, height: 1000 }, bypassCSP: true });
      const page = await context.newPage();
      try {
        let frame = await suite.openModule(
          page,
          'pm-requirement-panel',
          { as: admin, issue, ...(theme === 'dark' ? { theme } : {}) },
          '[aria-label="Scores per model"]',
        );
        await frame.locator('[data-testid="tab-edit"]').click();
        const survey = frame.locator('[data-testid="kano-survey-inputs"]');
        // The story has answers, so Kano is open (not folded) with them.
        await survey.waitFor();
        const rows = survey.locator('li[data-survey-row]');
        const before = await rows.count();
        expect(before).toBeGreaterThanOrEqual(12);
        const live = survey.locator('[data-testid="kano-survey-live"]');
        expect(await live.innerText()).toMatch(
          new RegExp(`^(Must-be|One-dimensional|Attractive|Indifferent|Reverse) from ${before} answers · Better`),
        );

        // Add a respondent from the keyboard: focus moves to the new row's first answer.
        await survey.getByRole('button', { name: 'Add respondent' }).focus();
        await page.keyboard.press('Enter');
        await frame.waitForFunction(
          (n) => document.activeElement?.closest('li')?.getAttribute('data-survey-row') === String(n),
          before,
        );
        // Half answered: the missing side is flagged next to its field and the save is blocked.
        await frame.getByLabel(`Respondent ${before + 1}: if the feature is present`).selectOption('expect');
        const absent = frame.getByLabel(`Respondent ${before + 1}: if the feature is absent`);
        expect(await absent.getAttribute('aria-invalid')).toBe('true');
        expect(await rows.nth(before).innerText()).toMatch(/answer “If absent…”/);
        expect(await live.innerText()).toMatch(/· 1 incomplete$/);
        expect(await frame.locator('[data-testid="save-status"]').innerText()).toMatch(/^Cannot save/);
        await absent.focus();
        await absent.selectOption('dislike');
        expect(await absent.getAttribute('aria-invalid')).toBeNull();
        expect(await rows.nth(before).locator('[data-testid="kano-survey-row-category"]').innerText()).toBe('Must-be');
        await frame.getByLabel(`Respondent ${before + 1}: who answered`).fill('Enterprise');
        expect(await live.innerText()).toMatch(
          new RegExp(` from ${before + 1} answers · Better -?[\\d.]+ · Worse -?[\\d.]+$`),
        );
        // The heading's live score is the survey's category.
        expect(await frame.locator('[data-testid="badge-kano"]').innerText()).toMatch(
          /Must-be|One-dimensional|Attractive|Indifferent|Reverse/,
        );

        // Edit the first row; add another row and remove it again (an empty row blocks the save until removed).
        await frame.getByLabel('Respondent 1: if the feature is absent').selectOption('dislike');
        await survey.getByRole('button', { name: 'Add respondent' }).click();
        expect(await rows.count()).toBe(before + 2);
        expect(await frame.locator('[data-testid="save-status"]').innerText()).toMatch(/^Cannot save/);
        await frame.getByRole('button', { name: `Remove respondent ${before + 2}` }).focus();
        await page.keyboard.press('Enter');
        // Focus goes to the row now last, not to the page.
        await frame.waitForFunction(
          (n) => document.activeElement?.closest('li')?.getAttribute('data-survey-row') === String(n),
          before,
        );
        expect(await rows.count()).toBe(before + 1);
        expect(await frame.locator('[data-testid="save-status"]').innerText()).toMatch(/^Unsaved changes/);

        await page.waitForTimeout(200);
        expect(blocking(await runAxe(frame))).toEqual([]);
        await screenshot(page, `kano-survey-editor-${issue}-${theme}`);

        await frame.locator('button[type="submit"]', { hasText: 'Save' }).click();
        await frame.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });

        frame = await suite.openModule(
          page,
          'pm-requirement-panel',
          { as: admin, issue, ...(theme === 'dark' ? { theme } : {}) },
          '[aria-label="Scores per model"]',
        );
        await frame.locator('[data-testid="tab-history"]').click();
        const change = frame
          .locator('[aria-label="Change history"] > li')
          .first()
          .locator('[data-testid="history-change"]', { hasText: 'Kano survey' });
        await change.waitFor();
        // Said as a count with the category both ways, not the answers' JSON.
        const text = await change.innerText();
        expect(text).toMatch(new RegExp(`Answers: ${before} answers → ${before + 1} answers`));
        expect(text).toMatch(/score \S+/);
        expect(text).not.toMatch(/functional|dysfunctional|\{/);
      } finally {
        await context.close();
      }
    },
  );
});
