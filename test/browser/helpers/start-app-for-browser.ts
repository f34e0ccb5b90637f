import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalApp, type LocalApp } from '../../../dev/start-local-app';

export interface BrowserApp extends LocalApp {
  dataDir: string;
}

/**
 * Starts the real local app (emulator, KVS, resolvers, server) on a free port with
 * a fresh data directory and a small demo dataset. Needs `npm run build` first
 * for the Custom UI resources. `close()` also removes the data directory.
 */
export async function startAppForBrowser(options: { issues?: number; seed?: number } = {}): Promise<BrowserApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pm-browser-'));
  const app = await startLocalApp({
    port: 0,
    dataDir,
    demo: { issues: options.issues ?? 600, seed: options.seed ?? 42 },
    log: () => undefined,
  });
  return {
    ...app,
    dataDir,
    async close(): Promise<void> {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
