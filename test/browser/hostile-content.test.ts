import type { Frame } from 'playwright-core';
import type { Result } from '../../src/contract/result';
import type { DashboardView, RequirementContextView } from '../../src/contract/views';
import { browserSuite, screenshot } from './helpers';
import { rowsOf } from '../fixtures/dashboard-rows';

/**
 * Hostile text in every module: summaries and PM data holding HTML, <script>,
 * <img onerror>, javascript: links, a 2,000-character word and right-to-left text.
 * It must render as inert text (no dialog, no script run: every payload would set
 * window.__pwned or open an alert) and the layout must hold at 1024 px (nothing wider
 * than its frame).
 */
const PWN = 'window.__pwned=1;try{parent.__pwned=1}catch(e){};alert(1)';
const SUMMARIES = [
  `<script>${PWN}</script><b>bold?</b> Guest checkout`,
  `<img src=x onerror="${PWN}"> Saved cards`,
  `<a href="javascript:${PWN}">click me</a> javascript:${PWN}`,
  `\u202E\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD <svg onload="${PWN}"> \u200F\u0645\u0631\u062D\u0628\u0627`,
  `${'W'.repeat(250)}`,
];
const LONG_WORD = `${'Z'.repeat(2_000)}<img src=x onerror="${PWN}">`;

const WIDTH = 1024;

describe('hostile content renders inert and the layout holds in every module', () => {
  const suite = browserSuite({ issues: 300 });
  let requirementKey: string;
  let kpiKey: string;
  const hostileKeys: string[] = [];

  const invokeAs = async <T>(
    moduleKey: string,
    functionKey: string,
    payload: unknown,
    extension: Record<string, unknown>,
  ): Promise<T> => {
    const result = (await suite.app.runtime.invoker.invokeResolver({
      functionKey,
      payload: payload as Record<string, unknown>,
      context: { moduleKey, accountId: suite.accountId('admin@example.com'), extension: extension as never },
    })) as Result<T>;
    if (!result.ok) throw new Error(`${functionKey}: ${result.error.code} ${result.error.message}`);
    return result.data;
  };
  const jira = (path: string, init: RequestInit = {}) =>
    fetch(`${suite.app.url}${path}`, {
      ...init,
      headers: {
        authorization: suite.app.emulator!.authorizationFor(suite.accountId('admin@example.com')),
        'content-type': 'application/json',
      },
    });

  beforeAll(async () => {
    const dashboard = await invokeAs<DashboardView>(
      'pm-dashboard',
      'getDashboard',
      {},
      { type: 'jira:projectPage', project: { key: 'CHK' } },
    );
    const ranked = rowsOf(dashboard).filter((r) => r.key);
    requirementKey = ranked[0]!.key;
    kpiKey = dashboard.kpis[0]!.key;
    const context = await invokeAs<RequirementContextView>(
      'pm-requirement-panel',
      'getRequirementContext',
      {},
      {
        type: 'jira:issuePanel',
        issue: { key: requirementKey },
        project: { key: 'CHK' },
      },
    );
    // The requirement, its strategic chain and more backlog rows get one hostile summary each.
    const chain = [context.chain.problem, context.chain.persona, context.chain.scenario].flatMap((r) =>
      r && 'key' in r && r.key ? [r.key] : [],
    );
    hostileKeys.push(requirementKey, ...chain, kpiKey, ...ranked.slice(1, 6).map((r) => r.key));
    for (const [i, key] of [...new Set(hostileKeys)].entries()) {
      const response = await jira(`/rest/api/3/issue/${key}`, {
        method: 'PUT',
        body: JSON.stringify({ fields: { summary: SUMMARIES[i % SUMMARIES.length] } }),
      });
      expect({ key, status: response.status }).toEqual({ key, status: 204 });
    }
    // PM data: the KPI's name and unit (read and written by the app as the property's text).
    const kpiPath = `/rest/api/3/issue/${kpiKey}/properties/pm-workflow.kpi`;
    const kpi = ((await (await jira(kpiPath)).json()) as { value: Record<string, unknown> }).value;
    const put = await jira(kpiPath, {
      method: 'PUT',
      body: JSON.stringify({ ...kpi, name: LONG_WORD, unit: `<b onmouseover="${PWN}">%</b>` }),
    });
    expect([200, 201]).toContain(put.status);
  });

  /** Opens a module, then checks it is inert and fits `WIDTH`; answers the frame. */
  async function check(
    moduleKey: string,
    params: Record<string, string>,
    ready: string,
    mustShow: RegExp,
    shot: string,
    tab?: string,
    expandCards = false,
  ): Promise<void> {
    const { page, errors } = await suite.newPage({ width: WIDTH, height: 900 });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const frame = await suite.openModule(
      page,
      moduleKey,
      { as: suite.accountId('admin@example.com'), ...params },
      ready,
    );
    if (tab) await frame.getByRole('tab', { name: tab, exact: true }).click();
    // The admin page's cards start collapsed: open them all so every field is checked.
    if (expandCards)
      for (const toggle of await frame.locator('section.pm-card h2 button[aria-expanded]').all())
        if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    // Give onerror / onload handlers a chance to fire if anything was parsed as markup.
    await frame.waitForTimeout(300);
    // Text as shown, plus form values (the KPI editor shows the name in an input).
    const text = await frame.evaluate(() =>
      [
        document.body.innerText,
        ...Array.from(document.querySelectorAll('input, textarea')).map((i) => (i as HTMLInputElement).value),
      ].join('\n'),
    );
    expect(text).toMatch(mustShow);
    await hover(frame);
    expect(dialogs).toEqual([]);
    for (const f of page.frames())
      expect({
        frame: f.url(),
        pwned: await f.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null),
      }).toEqual({ frame: f.url(), pwned: null });
    expect(
      await frame
        .locator('a[href^="javascript:" i], script:not([src]):has-text("__pwned"), img[onerror], svg[onload]')
        .count(),
    ).toBe(0);
    expect(await overflowing(frame)).toEqual([]);
    await screenshot(page, `hostile-${shot}`);
    errors.assertNone();
    await page.close();
  }

  /** Hovers every text carrying a payload (onmouseover handlers would fire). */
  async function hover(frame: Frame): Promise<void> {
    const targets = frame.locator(':text("onerror"), :text("onmouseover"), :text("ZZZZ")');
    const n = Math.min(await targets.count(), 5);
    for (let i = 0; i < n; i += 1)
      await targets
        .nth(i)
        .hover({ timeout: 2_000 })
        .catch(() => undefined);
  }

  /** The document, main containers, tables and panels whose content is wider than they are. */
  function overflowing(frame: Frame): Promise<string[]> {
    return frame.evaluate(() => {
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
      const bad: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1) bad.push(`document ${root.scrollWidth} > ${root.clientWidth}`);
      const frameWidth = root.clientWidth;
      for (const el of Array.from(
        document.querySelectorAll(
          'main, section, table, [role="region"], [role="dialog"], [role="tooltip"], aside, nav, header',
        ),
      )) {
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // A container that scrolls its own overflow (overflow-x auto/scroll) holds its layout.
        const scrolls = ['auto', 'scroll'].includes(style.overflowX);
        // Inside a container that scrolls or clips horizontally, content may extend past the frame's edge.
        let clipped = false;
        for (let p = el.parentElement; p && p !== root; p = p.parentElement)
          if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) clipped = true;
        if (!clipped && rect.width > 0 && rect.right > frameWidth + 1)
          bad.push(`${describe(el)} right edge ${Math.round(rect.right)} > ${frameWidth}`);
        if (!scrolls && el.tagName !== 'TABLE' && el.scrollWidth > el.clientWidth + 1)
          bad.push(`${describe(el)} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
      }
      return bad;
    });
  }

  it('project page (dashboard)', async () => {
    await check(
      'pm-dashboard',
      { project: 'CHK' },
      '[data-testid="backlog--table"], table',
      /<script>|onerror|W{40}/,
      'dashboard',
    );
  });

  it('issue panel', async () => {
    await check(
      'pm-requirement-panel',
      { issue: requirementKey },
      '[aria-label="Scores per model"]',
      /<script>|onerror|Z{40}/,
      'issue-panel',
    );
  });

  it('issue context', async () => {
    await check(
      'pm-why-context',
      { issue: requirementKey },
      '[aria-label="Why this ticket exists"]',
      /<script>|onerror|W{40}|javascript:/,
      'issue-context',
    );
  });

  it('KPI issue panel', async () => {
    // A KPI issue is not a requirement: its panel says so instead of showing scores.
    await check(
      'pm-requirement-panel',
      { issue: kpiKey },
      '[data-testid="not-a-requirement"]',
      /Z{40}/,
      'kpi-panel',
      'KPI',
    );
  });

  it('portfolio page', async () => {
    await check(
      'pm-portfolio',
      {},
      '[data-testid="portfolio-table"], main:has-text("No products to show")',
      /Checkout/,
      'portfolio',
    );
  });

  it('admin page', async () => {
    await check(
      'pm-admin',
      {},
      '[aria-labelledby="pm-phases-h"], [data-error-code]',
      /Phases|phase/i,
      'admin',
      undefined,
      true,
    );
  });
});
