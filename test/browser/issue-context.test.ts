import { appFrame, browserSuite, screenshot } from './helpers';
import { runAxe } from './helpers/axe';

/** The developer glance ("Why this ticket exists") in a narrow column, in Chromium. */

describe('issue context module in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  let storyKey: string;

  beforeAll(async () => {
    [storyKey] = (await suite.searchKeys(
      suite.accountId('admin@example.com'),
      'project = MOB AND issuetype = Story ORDER BY key ASC',
      1,
    )) as [string];
  });

  it('shows phase, main score, the why-chain as links, readiness and KPI status', async () => {
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 });
    const frame = await suite.openModule(
      page,
      'pm-why-context',
      { as: suite.accountId('admin@example.com'), issue: storyKey },
      '[aria-label="Why this ticket exists"]',
    );
    expect(await frame.locator('[data-testid="phase"]').innerText()).toMatch(/\w/);
    expect(await frame.locator('[data-testid="main-score"]').innerText()).toMatch(
      /(RICE|WSJF|ICE|Value|Weighted).*(\d|Not scored)/s,
    );
    const chain = await frame.locator('[aria-label="Why this ticket exists"]').innerText();
    expect(chain).toMatch(/Problem/);
    expect(chain).toMatch(/Persona/);
    expect(chain).toMatch(/Scenario/);
    expect(
      await frame.locator('[aria-label="Why this ticket exists"] a[href^="/browse/MOB-"]').count(),
    ).toBeGreaterThan(0);
    const text = await frame.locator('main').innerText();
    expect(text).toMatch(/READY|NOT READY|PARTLY READY/i);
    expect(text).toMatch(/KPI (On track|At risk|Off track|No data)/i);

    // The column is narrow: nothing scrolls sideways.
    const overflow = await frame.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);

    // The formula is one keyboard press away.
    await frame.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await frame.locator('details').getAttribute('open')).not.toBeNull();
    await screenshot(page, `issue-context-${storyKey}`);
    errors.assertNone();
    await page.close();
  });

  /** A sub-task of a ready CHK story (the story has problem, persona, scenario and KPI, all done). */
  async function subtaskOfReadyStory(admin: string): Promise<{ story: string; subtask: string }> {
    const stories = await suite.searchKeys(
      admin,
      'project = CHK AND issuetype = Story AND pmReadiness = 100 ORDER BY key ASC',
      50,
    );
    for (const story of stories) {
      const [subtask] = await suite.searchKeys(admin, `parent = ${story} AND issuetype = Sub-task ORDER BY key ASC`, 1);
      if (subtask) return { story, subtask };
    }
    throw new Error('the demo data has no sub-task under a ready story in CHK');
  }

  it('a sub-task under a ready story shows the story’s chain, says it is inherited, and wraps the problem at 1024 px', async () => {
    const admin = suite.accountId('admin@example.com');
    const found = await subtaskOfReadyStory(admin);
    const { page, errors } = await suite.newPage({ width: 1024, height: 800 });
    const frame = await suite.openModule(
      page,
      'pm-why-context',
      { as: admin, issue: found.subtask },
      '[aria-label="Why this ticket exists"]',
    );
    expect(await frame.locator('[data-testid="inherited-from"]').innerText()).toContain(found.story);
    const chain = await frame.locator('[aria-label="Why this ticket exists"]').innerText();
    expect(chain).not.toMatch(/Problem\s*not linked/);
    expect(await frame.locator('main').innerText()).toMatch(new RegExp(`Ready · from ${found.story}`, 'i'));
    // Nobody scores a sub-task: no "RICE Not scored" furniture on it.
    expect(await frame.locator('main').innerText()).not.toMatch(/Not scored/i);
    // The problem statement is shown whole: it wraps, nothing is clipped.
    const problem = frame.locator('[data-testid="chain-problem"]');
    const fit = await problem.evaluate((el) => ({
      nowrap: getComputedStyle(el).whiteSpace === 'nowrap',
      clipped: el.scrollWidth > el.clientWidth + 1,
    }));
    expect(fit).toEqual({ nowrap: false, clipped: false });
    // In-text links are underlined, not told apart by colour alone.
    expect(await problem.locator('a').evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain('underline');
    await screenshot(page, `issue-context-inherited-${found.subtask}`);
    errors.assertNone();
    await page.close();
  });
  it.each(['light', 'dark'])(
    'in-text links of the inherited chain meet WCAG AA contrast and are told apart from text (%s)',
    async (theme) => {
      const admin = suite.accountId('admin@example.com');
      const found = await subtaskOfReadyStory(admin);
      // axe is injected as an inline script, which Forge's CSP forbids: this context bypasses CSP.
      const context = await suite.browser.newContext({ viewport: { width: 1024, height: 800 }, bypassCSP: true });
      try {
        const page = await context.newPage();
        await page.goto(
          `${suite.app.url}/frame/pm-why-context?${new URLSearchParams({ as: admin, issue: found.subtask, theme })}`,
        );
        const frame = await appFrame(page);
        await frame.waitForSelector('[data-testid="inherited-from"] a');
        expect(await frame.locator('[aria-label="Why this ticket exists"] a').count()).toBeGreaterThanOrEqual(4);
        const violations = (await runAxe(frame)).filter((v) => ['color-contrast', 'link-in-text-block'].includes(v.id));
        expect(violations).toEqual([]);
        await screenshot(page, `issue-context-inherited-1024-${theme}`);
      } finally {
        await context.close();
      }
    },
  );
});
