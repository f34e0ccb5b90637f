import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot } from './helpers';
import { brokenWords, clipped, overflow } from './helpers/layout-checks';

/**
 * The manager's flow on the project page in Chromium: a phase box filters the backlog to that
 * phase, the filters are applied by Jira (every row loaded passes them), the CSV export holds
 * exactly the rows on screen; and the layout holds in a 900 px frame and at 1024 px (no header or
 * number broken mid-word, nothing wider than the frame).
 */

describe('dashboard backlog filters and layout in Chromium', () => {
  const suite = browserSuite({ issues: 600 });
  const open = (page: Page, params: Record<string, string> = {}): Promise<Frame> =>
    suite.openModule(
      page,
      'pm-dashboard',
      { as: suite.accountId('admin@example.com'), project: 'CHK', ...params },
      'tbody tr',
    );
  const keys = (frame: Frame) =>
    frame.locator('[data-testid="backlog--table"] tbody tr td:nth-child(2) a').allTextContents();
  /** Waits for the backlog's first page of the current filter (the table loading state gone). */
  const settled = async (frame: Frame) => {
    await frame.waitForTimeout(150);
    await frame.waitForSelector('section[aria-labelledby="pm-backlog-h"][aria-busy="false"]', { timeout: 20_000 });
  };
  async function loadAll(frame: Frame): Promise<void> {
    for (let i = 0; i < 30 && (await frame.locator('[data-testid="backlog-show-more"]').count()) > 0; i++) {
      const before = (await keys(frame)).length;
      await frame.locator('[data-testid="backlog-show-more"]').click();
      await frame.waitForFunction(
        (n) =>
          document.querySelectorAll('[data-testid="backlog--table"] tbody tr').length > n ||
          !document.querySelector('[data-testid="backlog-show-more"]'),
        before,
        { timeout: 20_000 },
      );
    }
  }

  it('a phase box filters the backlog to its phase; MoSCoW narrows it in Jira; the CSV holds exactly the rows shown', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await open(page);
    const unfiltered = await keys(frame);
    expect(unfiltered.length).toBeGreaterThan(0);

    const box = frame.locator('[data-section="technical"] li[data-phase="requirements"] button');
    expect(await box.getAttribute('aria-pressed')).toBe('false');
    await box.focus();
    await page.keyboard.press('Enter');
    await frame.waitForFunction(
      () => document.querySelector('[data-phase="requirements"] button')?.getAttribute('aria-pressed') === 'true',
      undefined,
      { timeout: 5_000 },
    );
    expect(await frame.locator('#pm-f-phase').inputValue()).toBe('requirements');
    await settled(frame);
    const phases = await frame.locator('[data-testid="backlog--table"] tbody tr td:nth-child(4)').allTextContents();
    expect(phases.length).toBeGreaterThan(0);
    for (const p of phases) expect(p).toMatch(/Requirements/);

    await frame.locator('#pm-f-moscow').selectOption('must');
    await frame.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid="backlog--table"] tbody tr').length !== n ||
        document.querySelector('[data-testid="backlog-show-more"]') === null,
      unfiltered.length,
      { timeout: 20_000 },
    );
    await settled(frame);
    await loadAll(frame);
    const shown = await keys(frame);
    expect(shown.length).toBeGreaterThan(0);
    // Jira applied the filter: exactly the open Must-haves of the phase (a JQL search says which).
    const expected = await suite.searchKeys(
      suite.accountId('admin@example.com'),
      'project = "CHK" AND pmRiceScore IS NOT EMPTY AND statusCategory != Done AND pmPhase = "requirements" AND pmMoscowScore = 4 ORDER BY pmRiceScore DESC, key ASC',
      1000,
    );
    expect(shown).toEqual(expected);
    expect(shown.length).toBeLessThan(
      (
        await suite.searchKeys(
          suite.accountId('admin@example.com'),
          'project = "CHK" AND pmRiceScore IS NOT EMPTY AND statusCategory != Done',
          1000,
        )
      ).length,
    );

    const download = page.waitForEvent('download', { timeout: 20_000 });
    await frame.locator('header button', { hasText: 'Export CSV' }).click();
    const file = await download;
    const csv = await readFile((await file.path()) as string, 'utf8');
    const csvKeys = csv
      .split('\r\n')
      .slice(1)
      .filter((l) => l)
      .map((l) => l.split(',')[1]);
    expect(csvKeys).toEqual(shown);
    await frame.waitForSelector(`text=${shown.length} rows exported`);

    // Clear filters: open work again, every phase.
    await frame
      .locator('button', { hasText: /^Clear filters/ })
      .first()
      .click();
    await frame.waitForFunction(
      () => (document.querySelector('#pm-f-phase') as HTMLSelectElement | null)?.value === '',
      undefined,
      { timeout: 5_000 },
    );
    expect(await frame.locator('[data-phase="requirements"] button').getAttribute('aria-pressed')).toBe('false');
    await screenshot(page, 'dashboard-CHK-filtered');
    errors.assertNone();
    await page.close();
  });

  // At 1024 px the local Jira page leaves the app a 720 px frame: there the table scrolls in its region.
  for (const [name, viewport, frameWidth, scrolls] of [
    ['in a 900 px frame', { width: 1280, height: 1000 }, 900, false],
    ['at 1024 px', { width: 1024, height: 900 }, undefined, true],
  ] as const) {
    it(`holds its layout ${name}: no header or number broken mid-word, no clipped column, nothing wider than the frame${scrolls ? ' (the table scrolls in its own region)' : ''}`, async () => {
      const { page, errors } = await suite.newPage(viewport);
      const frame = await open(page);
      if (frameWidth) {
        await page.evaluate((w) => {
          const iframe = document.querySelector('iframe');
          if (iframe) iframe.style.width = `${w}px`;
        }, frameWidth);
        await frame.waitForFunction((w) => document.documentElement.clientWidth <= w, frameWidth, { timeout: 5_000 });
      }
      await frame.locator('#pm-f-status').selectOption('all');
      await settled(frame);
      await screenshot(page, `dashboard-CHK-${frameWidth ?? viewport.width}`);
      expect(await brokenWords(frame, '[data-testid="backlog--table"] thead th')).toEqual([]);
      expect(
        await brokenWords(
          frame,
          '[data-testid="backlog--table"] tbody td:nth-child(1), [data-testid="backlog--table"] tbody td:nth-child(2), [data-testid="backlog--table"] tbody td:nth-child(5), .pm-num, .pm-tile-value',
        ),
      ).toEqual([]);
      expect(await overflow(frame, scrolls)).toEqual([]);
      // No clipped column: rank, key, phase, score, KPI, stale and progress show whole (the summary may ellipsise, its title has it all).
      expect(
        await clipped(
          frame,
          '[data-testid="backlog--table"] tbody td:not(:nth-child(3)), [data-testid="backlog--table"] thead th',
        ),
      ).toEqual([]);
      errors.assertNone();
      await page.close();
    });
  }
});
