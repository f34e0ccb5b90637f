import type { Page } from 'playwright-core';
import { browserSuite } from './helpers';

/**
 * No light flash in the dark theme: every module waits for `view.theme.enable()`
 * (Jira's theme attributes and token CSS) before it installs its styles and mounts.
 * The token CSS is held back for a while, and a script in the app iframe samples the
 * body background on every animation frame and at the moment React first renders.
 */
const TOKENS_DELAY_MS = 1500;

interface PaintRecord {
  samples: { bg: string; mounted: boolean }[];
  atMount?: { bg: string; tokensLoaded: boolean; colorMode: string | null };
}

/** Runs in every frame before its scripts; only the app iframe records. */
function recordPaints(): void {
  if (window === window.top) return;
  const record: PaintRecord = { samples: [] };
  (window as unknown as { __paints: PaintRecord }).__paints = record;
  const bodyBg = () => (document.body ? getComputedStyle(document.body).backgroundColor : 'none');
  const mounted = () => !!document.getElementById('root')?.firstChild;
  new MutationObserver((_, observer) => {
    if (!mounted()) return;
    const link = document.querySelector<HTMLLinkElement>('link[data-forge-tokens]');
    record.atMount = {
      bg: bodyBg(),
      tokensLoaded: !!link?.sheet,
      colorMode: document.documentElement.getAttribute('data-color-mode'),
    };
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  const sample = () => {
    record.samples.push({ bg: bodyBg(), mounted: mounted() });
    if (record.samples.filter((s) => s.mounted).length < 5) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** 0 black .. 255 white, or undefined for a transparent colour (the host shows through). */
function brightness(cssColour: string): number | undefined {
  const [r, g, b, a] = (cssColour.match(/[\d.]+/g) ?? []).map(Number);
  if (r === undefined || g === undefined || b === undefined || a === 0) return undefined;
  return (r + g + b) / 3;
}

describe('dark theme from the first painted frame', () => {
  const suite = browserSuite({ issues: 120 });

  const openDark = async (page: Page, moduleKey: string, params: Record<string, string>, ready: string) => {
    await page.addInitScript(recordPaints);
    await page.route('**/__forge/tokens.css', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, TOKENS_DELAY_MS));
      await route.continue();
    });
    const frame = await suite.openModule(
      page,
      moduleKey,
      { as: suite.accountId('admin@example.com'), theme: 'dark', ...params },
      ready,
    );
    await frame.waitForFunction(
      () =>
        ((window as unknown as { __paints?: PaintRecord }).__paints?.samples.filter((s) => s.mounted).length ?? 0) >= 5,
    );
    return frame.evaluate(() => (window as unknown as { __paints: PaintRecord }).__paints);
  };

  it.each([
    ['pm-dashboard', { project: 'CHK' }, 'tbody tr'],
    ['pm-portfolio', {}, 'table'],
  ])('%s mounts only after the theme is enabled and never paints a light body', async (moduleKey, params, ready) => {
    const { page } = await suite.newPage({ width: 1200, height: 800 });
    const paints = await openDark(page, moduleKey, params as Record<string, string>, ready);
    expect(paints.atMount).toMatchObject({ tokensLoaded: true, colorMode: 'dark' });
    expect(brightness(paints.atMount!.bg)).toBeLessThan(80);
    const light = paints.samples.filter((s) => (brightness(s.bg) ?? 0) > 128);
    expect(light).toEqual([]);
    await page.close();
  });
});
