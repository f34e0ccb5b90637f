import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot } from './helpers';
import { blocking, runAxe } from './helpers/axe';

/** The roadmap on the project page and the portfolio page in Chromium: board, filters, timeline, exports, permissions. */

describe('roadmap in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const as = (email: string) => suite.accountId(email);

  /** Opens a module and scrolls to the roadmap (it loads when it comes into view) until its cards are there. */
  const openRoadmap = async (
    page: Page,
    moduleKey: string,
    params: Record<string, string>,
    ready: string,
  ): Promise<Frame> => {
    const frame = await suite.openModule(page, moduleKey, params, ready);
    await frame.locator('[data-testid="roadmap"]').scrollIntoViewIfNeeded();
    await frame.waitForSelector('[data-testid="roadmap-card"]', { timeout: 30_000 });
    return frame;
  };
  const cardKeys = (frame: Frame) =>
    frame
      .locator('[data-testid="roadmap-card"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
  const readDownload = async (page: Page, click: () => Promise<void>) => {
    const download = page.waitForEvent('download', { timeout: 20_000 });
    await click();
    const d = await download;
    return { name: d.suggestedFilename(), text: readFileSync((await d.path()) as string, 'utf8') };
  };

  it('shows the project epics now / next / later, filters them, and the CSV holds the rows on screen', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await openRoadmap(
      page,
      'pm-dashboard',
      { as: as('admin@example.com'), project: 'CHK' },
      '[data-testid="roadmap"]',
    );
    const all = await cardKeys(frame);
    expect(all.length).toBeGreaterThan(2);
    for (const key of all) expect(key).toMatch(/^CHK-\d+$/);
    for (const h of ['now', 'next', 'later'])
      expect(await frame.locator(`[data-testid="roadmap-column-${h}"]`).count()).toBe(1);
    expect(await frame.locator('[data-testid="roadmap-column-done"]').count()).toBe(0);
    // Each column groups its cards by theme: a heading with the theme and its count, "No theme" last.
    for (const h of ['now', 'next', 'later']) {
      const column = frame.locator(`[data-testid="roadmap-column-${h}"]`);
      const groups = await column.locator('[data-testid="roadmap-theme-group"]').evaluateAll((els) =>
        els.map((e) => ({
          theme: e.getAttribute('data-theme') ?? '',
          heading: e.querySelector('h4')?.textContent ?? '',
          cards: e.querySelectorAll('[data-testid="roadmap-card"]').length,
        })),
      );
      const cards = await column.locator('[data-testid="roadmap-card"]').count();
      expect(groups.reduce((n, g) => n + g.cards, 0)).toBe(cards);
      expect(new Set(groups.map((g) => g.theme)).size).toBe(groups.length);
      for (const g of groups) {
        expect(g.heading).toMatch(g.theme ? new RegExp(`^${g.theme} .+ \\(${g.cards}\\)$`) : /^No theme \(\d+\)$/);
        expect(g.heading.endsWith(`(${g.cards})`)).toBe(true);
      }
      const noTheme = groups.findIndex((g) => g.theme === '');
      if (noTheme !== -1) expect(noTheme).toBe(groups.length - 1);
    }
    const themedGroups = frame.locator('[data-testid="roadmap-theme-group"]:not([data-theme=""])');
    expect(await themedGroups.count()).toBeGreaterThan(0);
    // Keyboard: tabbing on from the last filter box reaches a theme heading's link (the initiative).
    await frame.getByRole('checkbox', { name: 'Done' }).last().focus();
    const themeKeys = await themedGroups.evaluateAll((els) => els.map((e) => e.getAttribute('data-theme')));
    let reached = '';
    for (let n = 0; n < 30 && !reached; n += 1) {
      await page.keyboard.press('Tab');
      reached = await frame.evaluate(() =>
        document.activeElement?.closest('[data-testid="roadmap-theme-group"] h4')
          ? (document.activeElement.textContent ?? '')
          : '',
      );
    }
    expect(themeKeys).toContain(reached);
    await screenshot(page, 'roadmap-board-chk');

    // Keyboard: the Later box is a real checkbox.
    await frame.getByRole('checkbox', { name: 'Later' }).focus();
    await page.keyboard.press('Space');
    await frame.waitForFunction(() => !document.querySelector('[data-testid="roadmap-column-later"]'));
    const nowNext = await cardKeys(frame);
    const laterCount = Number(
      (await frame.locator('[data-testid="roadmap"]').innerText()).match(/(\d+) of (\d+) epics shown/)?.[1],
    );
    expect(laterCount).toBe(nowNext.length);

    const csv = await readDownload(page, () =>
      frame.locator('[data-testid="roadmap"] button', { hasText: 'Export CSV' }).click(),
    );
    expect(csv.name).toMatch(/^roadmap-CHK-\d{4}-\d{2}-\d{2}\.csv$/);
    const keys = csv.text
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[1]);
    // The file reads like the board: column by column, theme group by theme group.
    expect(keys).toEqual(nowNext);

    await frame.getByRole('checkbox', { name: 'Later' }).check();
    await frame.locator('[data-testid="roadmap"] button', { hasText: 'Timeline' }).click();
    await frame.waitForSelector('[data-testid="roadmap-bar"]');
    await frame
      .locator('[data-testid="roadmap"]')
      .screenshot({ path: 'test-output/screenshots/roadmap-timeline-light.png' });
    errors.assertNone();
    await page.close();
  }, 120_000);

  it('draws the timeline as SVG with today, bars and milestones, and downloads it as SVG and PNG with the theme resolved', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const frame = await openRoadmap(
      page,
      'pm-dashboard',
      { as: as('admin@example.com'), project: 'CHK', theme: 'dark' },
      '[data-testid="roadmap"]',
    );
    await frame.locator('[data-testid="roadmap"] button', { hasText: 'Timeline' }).click();
    await frame.waitForSelector('[data-testid="roadmap-timeline"]');
    const bars = await frame.locator('[data-testid="roadmap-bar"]').count();
    expect(bars).toBeGreaterThan(0);
    expect(await frame.locator('[data-testid="roadmap-timeline"] text', { hasText: 'Today' }).count()).toBe(1);
    // Every bar says in words what it shows (hover and screen readers).
    const firstTitle = await frame.locator('[data-testid="roadmap-bar"] title').first().textContent();
    expect(firstTitle).toMatch(
      /^CHK-\d+ .+: (Now|Next|Later|Done) \(.+\), .*; .*; KPIs (on track|at risk|off track|no data)$/,
    );
    await frame
      .locator('[data-testid="roadmap"]')
      .screenshot({ path: 'test-output/screenshots/roadmap-timeline-dark.png' });

    const svg = await readDownload(page, () => frame.locator('button', { hasText: 'Download SVG' }).click());
    expect(svg.name).toMatch(/^roadmap-CHK-.*\.svg$/);
    expect(svg.text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.text).not.toMatch(/var\(--/);
    expect((svg.text.match(/data-testid="roadmap-bar"/g) ?? []).length).toBe(bars);
    const png = await readDownload(page, () => frame.locator('button', { hasText: 'Download PNG' }).click());
    expect(png.name).toMatch(/\.png$/);
    expect(png.text.slice(1, 4)).toBe('PNG');

    errors.assertNone();
    await page.close();

    // axe-core is injected, so this look runs without the CSP (the exports above ran under it).
    const context = await suite.browser.newContext({
      viewport: { width: 1024, height: 900 },
      bypassCSP: true,
      colorScheme: 'dark',
    });
    const axePage = await context.newPage();
    const axeFrame = await openRoadmap(
      axePage,
      'pm-dashboard',
      { as: as('admin@example.com'), project: 'CHK', theme: 'dark' },
      '[data-testid="roadmap"]',
    );
    // The board with its theme groups (headings inside each column's section), then the timeline.
    expect(blocking(await runAxe(axeFrame)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await axeFrame.locator('[data-testid="roadmap"] button', { hasText: 'Timeline' }).click();
    await axeFrame.waitForSelector('[data-testid="roadmap-timeline"]');
    const serious = blocking(await runAxe(axeFrame));
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await context.close();
  }, 120_000);

  it.each(['light', 'dark'] as const)(
    'marks the releases on the timeline and places an epic with no due date by its release (%s)',
    async (theme) => {
      const admin = as('admin@example.com');
      const jira = (path: string, init: RequestInit = {}) =>
        fetch(`${suite.app.url}/rest/api/3/${path}`, {
          ...init,
          headers: { authorization: suite.app.emulator!.authorizationFor(admin), 'content-type': 'application/json' },
        });
      // In Jira: an open CHK epic loses its due date; its fix version's release now says when it is due.
      const search = (await (
        await jira('search/jql', {
          method: 'POST',
          body: JSON.stringify({
            jql: 'project = CHK AND issuetype = Epic AND statusCategory != Done ORDER BY key DESC',
            fields: ['fixVersions'],
            maxResults: 50,
          }),
        })
      ).json()) as { issues: { key: string; fields: { fixVersions: { name: string; releaseDate?: string }[] } }[] };
      const target = search.issues.find((i) => i.fields.fixVersions.some((v) => v.releaseDate))!;
      const release = target.fields.fixVersions.find((v) => v.releaseDate)!.name;
      expect(
        (await jira(`issue/${target.key}`, { method: 'PUT', body: JSON.stringify({ fields: { duedate: null } }) }))
          .status,
      ).toBe(204);

      const context = await suite.browser.newContext({
        viewport: { width: 1440, height: 1000 },
        bypassCSP: true,
        colorScheme: theme,
      });
      try {
        const page = await context.newPage();
        const frame = await openRoadmap(
          page,
          'pm-dashboard',
          { as: admin, project: 'CHK', ...(theme === 'dark' ? { theme } : {}) },
          '[data-testid="roadmap"]',
        );
        const card = frame.locator(`[data-testid="roadmap-card"][data-key="${target.key}"]`);
        expect(await card.locator('[data-testid="roadmap-due"]').innerText()).toMatch(
          new RegExp(`^due by release ${release.replace('.', '\\.')} \\(`),
        );
        await frame.locator('[data-testid="roadmap"] button', { hasText: 'Timeline' }).click();
        await frame.waitForSelector('[data-testid="roadmap-timeline"]');
        // Released and planned releases are both marked, each named in words.
        const marks = frame.locator('[data-testid="roadmap-release"]');
        expect(await marks.count()).toBeGreaterThan(1);
        const states = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-released')));
        expect(new Set(states)).toEqual(new Set(['true', 'false']));
        expect(await marks.first().locator('title').textContent()).toMatch(/^Release CHK \S+, (released|unreleased), /);
        expect(await frame.locator('[data-testid="roadmap-releases"]').innerText()).toMatch(
          new RegExp(`CHK ${release.replace('.', '\\.')}, unreleased`),
        );
        // The epic is on the timeline (a milestone on its release's day), its title saying so.
        const bar = frame.locator(`[data-testid="roadmap-bar"][data-key="${target.key}"] title`);
        expect(await bar.textContent()).toMatch(new RegExp(`due by release ${release.replace('.', '\\.')}`));
        expect(blocking(await runAxe(frame)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        await frame
          .locator('[data-testid="roadmap"]')
          .screenshot({ path: `test-output/screenshots/roadmap-releases-${theme}.png` });
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it('across the portfolio the viewer sees only the products they may browse', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await openRoadmap(page, 'pm-portfolio', { as: as('viewer@example.com') }, '[data-testid="roadmap"]');
    const keys = await cardKeys(frame);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^(CHK|MOB)-\d+$/);
    // No roll-up has run in this fresh app: said once above the board, not on every card.
    expect(await frame.locator('[data-testid="roadmap-progress-shared"]').innerText()).toMatch(/no stored roll-up/);
    expect(await frame.locator('[data-testid="roadmap-progress-note"]').first().innerText()).toBe(
      'Progress: see the note above',
    );
    expect(await frame.locator('[data-testid="roadmap"]').innerText()).not.toMatch(/PLAT|ANA-\d|HR-\d/);
    await screenshot(page, 'roadmap-portfolio-viewer');

    // The board grouped by theme, as the README shows it (docs/screenshot-roadmap-board.png).
    await frame
      .locator('[data-testid="roadmap"]')
      .screenshot({ path: 'test-output/screenshots/roadmap-board-themes.png' });
    // Filtered to one theme, the portfolio's CSV holds the cards on screen, in their order.
    const theme = await frame
      .locator('[data-testid="roadmap-theme"] option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).find((v) => v !== '*' && v !== ''));
    expect(theme).toBeTruthy();
    await frame.locator('[data-testid="roadmap-theme"]').selectOption(theme!);
    await frame.waitForFunction(
      (t) =>
        Array.from(document.querySelectorAll('[data-testid="roadmap-theme-group"]')).every(
          (g) => g.getAttribute('data-theme') === t,
        ),
      theme,
    );
    const onScreen = await cardKeys(frame);
    expect(onScreen.length).toBeGreaterThan(0);
    expect(onScreen.length).toBeLessThan(keys.length);
    const csv = await readDownload(page, () =>
      frame.locator('[data-testid="roadmap"] button', { hasText: 'Export CSV' }).click(),
    );
    expect(csv.name).toMatch(/^roadmap-portfolio-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trim().split('\r\n');
    const themeColumn = lines[0]!.split(',').indexOf('Theme key');
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows.map((r) => r[1])).toEqual(onScreen);
    expect(new Set(rows.map((r) => r[themeColumn]))).toEqual(new Set([theme]));
    errors.assertNone();
    await page.close();
  }, 120_000);
});
