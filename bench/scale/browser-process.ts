import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN } from '../../dev/demo-data/users';
import { startLocalApp } from '../../dev/start-local-app';
import * as app from '../../src/index';
import { launchChromium } from '../../test/browser/helpers/launch-chromium';
import { emptyMeasured } from './bench-fields';
import { BIG_PROJECT } from './generate-scale-site';
import { median } from './percentile';

/** How long one open may take before it counts as "never showed rows". */
const OPEN_TIMEOUT_MS = 120_000;

/**
 * Chromium opens the big project's page on the local dev server (the site's
 * dataset file, latency off), `runs` times in fresh pages: from navigation
 * until backlog rows show. Runs through tsx, not bundled: the dev server
 * serves files next to its own source.
 */
async function main(): Promise<void> {
  const { datasetFile, runs } = JSON.parse(process.argv[2] ?? '{}') as { datasetFile: string; runs: number };
  const out = emptyMeasured();
  const dataDir = mkdtempSync(join(tmpdir(), 'pm-bench-browser-'));
  const local = await startLocalApp({
    port: 0,
    dataDir,
    datasetFile,
    appModule: app as unknown as Record<string, unknown>,
    log: () => undefined,
  });
  const browser = await launchChromium();
  const times: number[] = [];
  const failures: string[] = [];
  let coldMs: number | undefined;
  let coldFailure: string | undefined;
  try {
    // The first open finds nothing stored: it starts the roll-up, and the roll-up's
    // background work (chunks, property write-back) shares this one process with the
    // emulator and the dev server, where on Forge it runs in invocations of its own. So
    // that first open is timed apart, and the timed opens start once all of it is done.
    for (let i = -1; i < runs; i++) {
      if (i === 0) await local.runtime.idle();
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      const started = performance.now();
      // The cold open is not one of the timed opens: its failure is reported apart.
      const fail = (reason: string) => {
        if (i < 0) coldFailure = reason.slice(0, 200);
        else failures.push(reason.slice(0, 200));
      };
      try {
        await page.goto(
          `${local.url}/frame/pm-dashboard?${new URLSearchParams({ as: ADMIN.accountId, project: BIG_PROJECT })}`,
          { timeout: OPEN_TIMEOUT_MS },
        );
        const frame = await (
          await page.waitForSelector('iframe[data-testid="forge-app-frame"]', { timeout: OPEN_TIMEOUT_MS })
        ).contentFrame();
        if (!frame) throw new Error('the module iframe has no frame');
        // Rows, or the app's error panel: whichever comes first.
        await frame.waitForSelector('tbody tr, [role="alert"]', { timeout: OPEN_TIMEOUT_MS });
        if ((await frame.locator('tbody tr').count()) > 0) {
          if (i < 0) coldMs = performance.now() - started;
          else times.push(performance.now() - started);
        } else fail((await frame.locator('[role="alert"]').first().innerText()).replace(/\s+/g, ' '));
      } catch (error) {
        fail(error instanceof Error ? error.message.split('\n')[0]! : String(error));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await local.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  out.values.browser_time_to_content_ms = failures.length === 0 && times.length > 0 ? Math.round(median(times)) : null;
  if (failures.length > 0)
    out.notes.browser_time_to_content_ms = `${failures.length} of ${runs} opens showed no rows: ${failures[0]}`;
  out.profile.push(
    `browser: ms to rows ${times.map((t) => t.toFixed(0)).join(', ') || '-'} (first open, nothing stored: ${coldMs?.toFixed(0) ?? `no rows: ${coldFailure ?? '-'}`})`,
  );
  process.send?.({ type: 'result', result: out }, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
