import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Launches Chromium through playwright-core (nothing downloads a browser).
 * `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` when installed, else the Chromium
 * shipped inside the `@sparticuz/chromium` npm package (unpacked to /tmp on first launch),
 * so `npm ci && npm test` is the whole set-up on a bare machine.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-zygote',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export async function chromiumPath(): Promise<string> {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  // The package's CommonJS entry exports the class itself.
  const packaged = (await import('@sparticuz/chromium')) as unknown as {
    default: { executablePath(): Promise<string> };
  };
  return packaged.default.executablePath();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
