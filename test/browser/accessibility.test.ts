import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { appFrame, browserSuite, screenshot, SCREENSHOT_DIR } from './helpers';
import { blocking, runAxe, type AxeViolation } from './helpers/axe';

/**
 * Every module (the index page, project page, issue panel, issue context, admin page and
 * portfolio) in light and dark, at 1440 and 1024 px: axe-core finds no serious or critical
 * violation, and a full-page screenshot of each goes to test-output/screenshots/
 * (`a11y-<module>-<width>-<theme>.png`). All violations found (any impact) are written to
 * test-output/axe-report.json, so the moderate ones can be read too.
 */

type Theme = 'light' | 'dark';
interface ModuleCase {
  name: string;
  /** Opens the module; answers the document axe should check. */
  open(page: Page, theme: Theme): Promise<Page | Frame>;
}

const WIDTHS = [1440, 1024] as const;
const THEMES: Theme[] = ['light', 'dark'];
const report: Record<string, AxeViolation[]> = {};

describe('accessibility (axe-core) and screenshots of every module', () => {
  const suite = browserSuite({ issues: 300 });
  let storyKey: string;
  let subtaskKey: string;
  const as = () => suite.accountId('admin@example.com');

  beforeAll(async () => {
    [storyKey] = (await suite.searchKeys(as(), 'project = CHK AND issuetype = Story ORDER BY key ASC', 1)) as [string];
    [subtaskKey] = (await suite.searchKeys(as(), 'project = CHK AND issuetype = Sub-task ORDER BY key ASC', 1)) as [
      string,
    ];
  });

  afterAll(() => {
    mkdirSync(join(SCREENSHOT_DIR, '..'), { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, '..', 'axe-report.json'), JSON.stringify(report, null, 2));
  });

  const frameModule =
    (moduleKey: string, params: () => Record<string, string>, ready: string) => async (page: Page, theme: Theme) => {
      await page.goto(
        `${suite.app.url}/frame/${encodeURIComponent(moduleKey)}?${new URLSearchParams({ as: as(), theme, ...params() })}`,
      );
      const frame = await appFrame(page);
      await frame.waitForSelector(ready, { timeout: 30_000 });
      return frame;
    };

  const MODULES: ModuleCase[] = [
    {
      name: 'index',
      open: async (page, theme) => {
        await page.goto(
          `${suite.app.url}/?${new URLSearchParams({ as: as(), ...(theme === 'dark' ? { theme } : {}) })}`,
        );
        await page.waitForSelector('a.module-link');
        return page;
      },
    },
    { name: 'dashboard', open: frameModule('pm-dashboard', () => ({ project: 'CHK' }), 'tbody tr') },
    {
      name: 'issue-panel',
      open: frameModule('pm-requirement-panel', () => ({ issue: storyKey }), '[aria-label="Scores per model"]'),
    },
    {
      name: 'issue-context',
      open: frameModule('pm-why-context', () => ({ issue: subtaskKey }), '[aria-label="Why this ticket exists"]'),
    },
    {
      name: 'admin',
      open: async (page, theme) => {
        const frame = await frameModule('pm-admin', () => ({}), '[aria-labelledby="pm-phases-h"]')(page, theme);
        // Its cards start collapsed: open every one so axe sees every field.
        for (const toggle of await frame.locator('section.pm-card h2 button[aria-expanded]').all())
          if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
        return frame;
      },
    },
    { name: 'portfolio', open: frameModule('pm-portfolio', () => ({}), '[data-testid="portfolio-table"]') },
    {
      name: 'gadget-edit',
      open: frameModule(
        'pm-health-gadget',
        () => ({ gadget: 'a11y-edit', mode: 'edit' }),
        'form[aria-label="Gadget settings"]',
      ),
    },
  ];

  const cases = MODULES.flatMap((m) =>
    THEMES.flatMap((theme) => WIDTHS.map((width) => [m.name, theme, width, m] as const)),
  );

  it.each(cases)(
    '%s, %s, %i px: no serious or critical axe violation; screenshot taken',
    async (name, theme, width, module) => {
      // Forge's CSP forbids inline scripts; axe is injected as one, so this context bypasses CSP.
      const context = await suite.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      try {
        const target = await module.open(page, theme);
        // Let fonts and the iframe's height settle before measuring contrast and taking the picture.
        await page.waitForTimeout(300);
        const violations = await runAxe(target);
        report[`${name}-${width}-${theme}`] = violations;
        await screenshot(page, `a11y-${name}-${width}-${theme}`);
        expect(blocking(violations)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
