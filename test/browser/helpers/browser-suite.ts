import type { Browser, Frame, Page } from 'playwright-core';
import type { DatasetUser } from '../../../dev/dataset/dataset-schema';
import { launchChromium } from './launch-chromium';
import { collectPageErrors, type PageErrorCollector } from './page-errors';
import { startAppForBrowser, type BrowserApp } from './start-app-for-browser';

/**
 * The setup every browser test file shares: one Chromium and one local app (fresh data
 * directory, demo dataset) per file, started in `beforeAll` and closed in `afterAll`.
 * Call `browserSuite()` at the top of a `describe`; its getters are valid inside tests.
 */
export interface BrowserSuite {
  readonly app: BrowserApp;
  readonly browser: Browser;
  /** A demo user by e-mail (`admin@example.com`, `viewer@example.com`, ...). */
  user(email: string): DatasetUser;
  /** The account id of a demo user by e-mail. */
  accountId(email: string): string;
  /** A new page with its console / page errors collected. */
  newPage(
    viewport?: { width: number; height: number },
    options?: { ignore?: RegExp[] },
  ): Promise<{ page: Page; errors: PageErrorCollector }>;
  /** Opens a UI module in the Jira-like frame and answers its app iframe once `readySelector` shows. */
  openModule(page: Page, moduleKey: string, params: Record<string, string>, readySelector: string): Promise<Frame>;
  /** Issue keys of a JQL search, as the given account sees them. */
  searchKeys(asAccountId: string, jql: string, maxResults?: number): Promise<string[]>;
}

export function browserSuite(options: { issues?: number } = {}): BrowserSuite {
  let app: BrowserApp | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startAppForBrowser({ issues: options.issues ?? 600 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started: use the suite inside tests only`);
    return value;
  };

  const suite: BrowserSuite = {
    get app() {
      return started(app, 'local app');
    },
    get browser() {
      return started(browser, 'browser');
    },
    user(email) {
      const found = suite.app.emulator?.users().find((u) => u.emailAddress === email);
      if (!found) throw new Error(`the demo dataset has no ${email}`);
      return found;
    },
    accountId(email) {
      return suite.user(email).accountId;
    },
    async newPage(viewport, pageOptions = {}) {
      const page = await suite.browser.newPage(viewport ? { viewport } : undefined);
      return { page, errors: collectPageErrors(page, pageOptions) };
    },
    async openModule(page, moduleKey, params, readySelector) {
      await page.goto(`${suite.app.url}/frame/${encodeURIComponent(moduleKey)}?${new URLSearchParams(params)}`);
      const frame = await appFrame(page);
      await frame.waitForSelector(readySelector, { timeout: 30_000 });
      return frame;
    },
    async searchKeys(asAccountId, jql, maxResults = 10) {
      const res = await fetch(`${suite.app.url}/rest/api/3/search/jql`, {
        method: 'POST',
        headers: {
          authorization: suite.app.emulator!.authorizationFor(asAccountId),
          'content-type': 'application/json',
        },
        body: JSON.stringify({ jql, fields: ['summary'], maxResults }),
      });
      const body = (await res.json()) as { issues: { key: string }[] };
      return body.issues.map((i) => i.key);
    },
  };
  return suite;
}

/** The app iframe of the Jira-like frame page. */
export async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-testid="forge-app-frame"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the module iframe has no frame');
  return frame;
}

/** Average of the R, G and B channels of the frame's body background (0 black - 255 white). */
export async function bodyBrightness(frame: Frame): Promise<number> {
  const bg = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = (bg.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
  return (r! + g! + b!) / 3;
}
