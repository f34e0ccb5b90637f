import type { ConsoleMessage, Page } from 'playwright-core';

/**
 * Collects what would show up red in the browser console: uncaught page errors,
 * `console.error` messages (in the page and in its frames), Content-Security-Policy
 * violations (`securitypolicyviolation` in any frame) and failed responses of the
 * app's own origin. `assertNone()` fails with all of them listed.
 */
export interface PageErrorCollector {
  readonly errors: string[];
  assertNone(): void;
  /** Forget what was collected so far (e.g. after an expected failure). */
  clear(): void;
}

export function collectPageErrors(page: Page, options: { ignore?: RegExp[] } = {}): PageErrorCollector {
  const errors: string[] = [];
  const ignored = (text: string) => (options.ignore ?? []).some((re) => re.test(text));
  // Init scripts run in every frame before its own scripts, and CSP does not apply to them.
  void page
    .addInitScript(() => {
      const flag = '__cspViolationListener';
      const w = window as unknown as Record<string, unknown>;
      if (w[flag]) return;
      w[flag] = true;
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI} in ${event.documentURI}`);
      });
    })
    .catch(() => undefined);
  page.on('pageerror', (error: Error) => {
    const text = `pageerror: ${error.message}`;
    if (!ignored(text)) errors.push(text);
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = `console.error: ${message.text()} @ ${message.location().url}`;
    if (!ignored(text)) errors.push(text);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) {
      const text = `HTTP ${response.status()} ${response.request().method()} ${response.url()}`;
      if (!ignored(text)) errors.push(text);
    }
  });
  return {
    errors,
    assertNone(): void {
      if (errors.length > 0) throw new Error(`The page reported ${errors.length} error(s):\n${errors.join('\n')}`);
    },
    clear(): void {
      errors.length = 0;
    },
  };
}
