import { browserSuite } from './helpers';

/**
 * Every module renders under the Content-Security-Policy Forge would send (computed
 * by @forge/csp, with `sandbox`), with no violation in any frame; and a violation is
 * caught, so the check can fail.
 */
const MODULES: Array<[string, Record<string, string>, string]> = [
  ['pm-dashboard', { project: 'CHK' }, '[data-testid="backlog--table"], table'],
  [
    'pm-requirement-panel',
    { issue: 'CHK-1' },
    '[aria-label="Scores per model"], [data-testid="not-a-requirement"], [data-error-code]',
  ],
  ['pm-why-context', { issue: 'CHK-1' }, '[aria-label="Why this ticket exists"], [data-error-code]'],
  ['pm-admin', {}, '[aria-labelledby="pm-phases-h"], [data-error-code]'],
  ['pm-portfolio', {}, '[data-testid="portfolio-table"], main:has-text("No products to show")'],
];

describe('Content-Security-Policy in Chromium', () => {
  const suite = browserSuite({ issues: 120 });

  it.each(MODULES)(
    '%s renders under Forge’s CSP (sandbox included) with no violation',
    async (moduleKey, params, ready) => {
      const { page, errors } = await suite.newPage({ width: 1200, height: 900 });
      const csp = page
        .waitForResponse((r) => r.url().includes(`/app/${moduleKey}/`))
        .then((r) => r.headers()['content-security-policy'] ?? '');
      const frame = await suite.openModule(
        page,
        moduleKey,
        { as: suite.accountId('admin@example.com'), ...params },
        ready,
      );
      expect(await csp).toMatch(/(^|; )sandbox allow-popups [^;]*allow-same-origin allow-scripts(;|$)/);
      // The bridge stand-in ran (allowed by 'self', as Forge's by its CDN host) and so did the app.
      expect(
        await frame.evaluate(
          () => typeof (window as unknown as { __bridge?: { callBridge?: unknown } }).__bridge?.callBridge,
        ),
      ).toBe('function');
      await page.waitForLoadState('networkidle');
      errors.assertNone();
      await page.close();
    },
  );

  it('a blocked inline script in the app frame counts as a page error', async () => {
    const { page, errors } = await suite.newPage();
    const frame = await suite.openModule(
      page,
      'pm-admin',
      { as: suite.accountId('admin@example.com') },
      '[aria-labelledby="pm-phases-h"], [data-error-code]',
    );
    const report = page
      .waitForResponse((r) => r.url().endsWith('/__forge/csp-report'), { timeout: 5_000 })
      .then(
        (r) => r.status(),
        (e: Error) => e.message,
      );
    await frame.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(script);
    });
    for (let waited = 0; waited < 5_000 && !errors.errors.some((e) => e.includes('CSP violation')); waited += 50)
      await page.waitForTimeout(50);
    expect(errors.errors.join('\n')).toMatch(
      /CSP violation: script-src(-elem)? blocked inline in http:\/\/127\.0\.0\.1:\d+\/app\/pm-admin\//,
    );
    expect(await frame.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    expect(() => errors.assertNone()).toThrow(/CSP violation/);
    // The report-uri is this server, and its Origin checks let the browser's report through.
    expect(await report).toBe(204);
    await page.close();
  });
});
