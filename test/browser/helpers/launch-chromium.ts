import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Launches Debian's Chromium through playwright-core (no browser download).
 * `CHROMIUM_PATH` overrides `/usr/bin/chromium`. A missing browser fails the run
 * with the install command: browser tests never skip.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}; install it with: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
