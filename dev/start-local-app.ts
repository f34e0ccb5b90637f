import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dataset } from './dataset/dataset-schema';
import { datasetSchema } from './dataset/dataset-schema';
import { loadDatasetFile } from './dataset/load-dataset';
import { generateDemoDataset } from './demo-data/generate-demo-dataset';
import {
  entityPropertiesFromManifest,
  openJiraEmulator,
  STATE_FILE,
  STATE_JOURNAL_FILE,
  type JiraEmulator,
} from './emulator';
import { entityDefinitions, parseManifest, type AppManifest } from './forge-runtime/app-manifest';
import { createEmulatorBackend } from './forge-runtime/emulator-backend';
import type { AppModule } from './forge-runtime/invoke';
import type { JiraBackend } from './forge-runtime/jira-backend';
import { KVS_FILE, KVS_JOURNAL_FILE, openKvsEmulator, type KvsEmulator } from './forge-runtime/kvs-emulator';
import type { LocalForgeRuntime } from './forge-runtime/create-local-forge-runtime';
import { createRealSiteBackend } from './forge-runtime/real-site-backend';
import { scheduleTriggers } from './forge-runtime/schedule-triggers';
import { createDevServer } from './server/create-dev-server';
import { demoDeliveryHistories } from './demo-data/delivery-history';

/**
 * Starts the whole local app: dataset -> Jira emulator (or a real site) -> KVS
 * emulator -> Forge globals + the app's handlers -> HTTP server on 127.0.0.1.
 * `dev/main.ts` is the command-line front; tests call this with port 0.
 */

export interface StartLocalAppOptions {
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  /** Load this dataset file (validated; a DatasetError names the bad path). */
  datasetFile?: string;
  /** Demo dataset parameters when no file is given; `now` defaults to the fixed date of the committed example. */
  demo?: { seed?: number; issues?: number; now?: Date };
  /** Discard saved emulator and KVS state first. */
  reset?: boolean;
  /** Use a real Jira Cloud site instead of the emulator. */
  realSite?: { site: string; email: string; token: string };
  /** Delay added to every Jira REST call the app makes to the emulator (`PM_JIRA_LATENCY_MS`); default 0. */
  jiraLatencyMs?: number;
  /** How long an emulator write takes to reach search (`PM_JIRA_SEARCH_LAG_MS`); default 0. */
  searchLagMs?: number;
  /** Repository root (manifest.yml, src/index.ts, static/build); default: this repo. */
  rootDir?: string;
  /** The app's entry module; default `require(<rootDir>/src/index.ts)`. */
  appModule?: AppModule;
  /** Delay added to every KVS request (`PM_KVS_LATENCY_MS`); default 0. */
  kvsLatencyMs?: number;
  /** Run scheduledTrigger modules at their intervals (main does; tests need not). */
  scheduleTriggers?: boolean;
  /**
   * On a fresh emulator start (KVS empty), run the scheduled triggers once in the background
   * so every project's roll-up is stored and written back without waiting a day (main does).
   */
  firstRollup?: boolean;
  log?: (message: string) => void;
}

export interface LocalApp {
  url: string;
  port: number;
  manifest: AppManifest;
  /** Absent in real-site mode. */
  emulator?: JiraEmulator;
  jira: JiraBackend;
  kvs: KvsEmulator;
  runtime: LocalForgeRuntime;
  /** Settles when the first roll-up (`firstRollup`) and the work it queued are done; absent when none ran. */
  firstRollup?: Promise<void>;
  /** Stops the server and writes all state to disk. */
  close(): Promise<void>;
}

const META_FILE = 'local-runtime.json';

function datasetLabel(options: StartLocalAppOptions): string {
  if (options.datasetFile) return `file ${resolve(options.datasetFile)}`;
  return `demo seed=${options.demo?.seed ?? 42} issues=${options.demo?.issues ?? 3000}`;
}

async function loadDataset(options: StartLocalAppOptions): Promise<Dataset> {
  if (options.datasetFile) return loadDatasetFile(options.datasetFile);
  const demo: { seed?: number; issues?: number; now?: Date } = {};
  if (options.demo?.seed !== undefined) demo.seed = options.demo.seed;
  if (options.demo?.issues !== undefined) demo.issues = options.demo.issues;
  if (options.demo?.now !== undefined) demo.now = options.demo.now;
  return datasetSchema.parse(generateDemoDataset(demo));
}

function loadAppModule(rootDir: string, log: (message: string) => void): AppModule {
  const entry = join(rootDir, 'src', 'index.ts');
  if (!existsSync(entry)) {
    log(`[local runtime] ${entry} does not exist yet: pages load, but every invoke will fail.`);
    return {};
  }
  return require(entry) as AppModule;
}

export async function startLocalApp(options: StartLocalAppOptions): Promise<LocalApp> {
  const log = options.log ?? ((message: string) => console.log(message));
  const rootDir = options.rootDir ?? resolve(__dirname, '..');
  const manifestText = readFileSync(join(rootDir, 'manifest.yml'), 'utf8');
  const manifest = parseManifest(manifestText);
  const dataDir = resolve(options.dataDir);

  // Everything that can fail on bad input happens before anything starts.
  const dataset = options.realSite ? undefined : await loadDataset(options);

  if (options.reset) {
    for (const file of [STATE_FILE, STATE_JOURNAL_FILE, KVS_FILE, KVS_JOURNAL_FILE, META_FILE])
      rmSync(join(dataDir, file), { force: true });
  }
  mkdirSync(dataDir, { recursive: true });
  const metaPath = join(dataDir, META_FILE);
  const label = options.realSite ? `real site ${options.realSite.site}` : datasetLabel(options);
  if (existsSync(metaPath)) {
    const saved = (JSON.parse(readFileSync(metaPath, 'utf8')) as { source?: string }).source;
    if (saved && saved !== label)
      log(
        `[local runtime] saved state in ${dataDir} came from ${saved}; it wins over ${label} (use --reset to start over).`,
      );
  } else {
    writeFileSync(metaPath, JSON.stringify({ source: label }, null, 2));
  }

  let emulator: JiraEmulator | undefined;
  let jira: JiraBackend;
  if (options.realSite) {
    jira = createRealSiteBackend(options.realSite);
  } else {
    emulator = await openJiraEmulator({
      dataset: dataset as Dataset,
      dataDir,
      entityProperties: entityPropertiesFromManifest(manifestText),
      searchLagMs: options.searchLagMs ?? 0,
    });
    jira = createEmulatorBackend(emulator, { latencyMs: options.jiraLatencyMs ?? 0 });
  }

  const kvs = await openKvsEmulator({
    dataDir,
    entities: entityDefinitions(manifest),
    latencyMs: options.kvsLatencyMs ?? 0,
  });
  if (kvs.startedEmpty && dataset && Object.keys(dataset.appStorage).length > 0) {
    const seeded = kvs.seed(dataset.appStorage);
    log(`[local runtime] seeded ${seeded} app storage keys from the dataset.`);
  }
  if (kvs.startedEmpty && dataset) {
    // The burn-up's past days, as the daily snapshots would have stored them (the dataset's own keys win).
    const histories = Object.entries(demoDeliveryHistories(dataset, new Date())).filter(
      ([key]) => !(key in dataset.appStorage),
    );
    log(`[local runtime] seeded the delivery history of ${kvs.seed(Object.fromEntries(histories))} projects.`);
  }

  const appModule = options.appModule ?? loadAppModule(rootDir, log);
  const server = createDevServer({
    manifest,
    appModule,
    jira,
    kvs,
    ...(emulator ? { emulator } : {}),
    rootDir,
    ...(options.realSite ? { siteUrl: jira.label } : {}),
    log,
  });
  let stopSchedules: (() => void) | undefined;
  let firstRollup: Promise<void> | undefined;
  let url: string;
  let port: number;
  try {
    ({ url, port } = await server.listen(options.port));
    const health = await fetch(`${url}/healthz`);
    if (!health.ok) throw new Error(`/healthz answered ${health.status}`);
    if (options.scheduleTriggers) stopSchedules = scheduleTriggers(manifest, server.runtime.invoker, log);
    if (options.firstRollup && emulator && kvs.startedEmpty)
      firstRollup = runFirstRollup(manifest, server.runtime, log);
  } catch (error) {
    await server.close().catch(() => undefined);
    await kvs.close();
    await emulator?.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    manifest,
    ...(emulator ? { emulator } : {}),
    jira,
    kvs,
    runtime: server.runtime,
    ...(firstRollup ? { firstRollup } : {}),
    close(): Promise<void> {
      closing ??= (async () => {
        stopSchedules?.();
        await server.close();
        await kvs.close();
        await emulator?.close();
      })();
      return closing;
    },
  };
}

/**
 * Nothing is stored on a fresh start until the daily snapshot runs (a day later): run its
 * scheduled trigger once now, through the runtime as Forge would, so the roadmap's progress
 * and the pmRollup* JQL values are there after a short while. Never rejects.
 */
async function runFirstRollup(
  manifest: AppManifest,
  runtime: LocalForgeRuntime,
  log: (message: string) => void,
): Promise<void> {
  const triggers = (manifest.modules['scheduledTrigger'] ?? []).map((t) => t.key);
  log(`[local runtime] fresh start: running ${triggers.join(', ')} once in the background for the first roll-up.`);
  try {
    for (const key of triggers) await runtime.invoker.runScheduledTrigger(key);
    await runtime.idle();
  } catch (error) {
    log(`[local runtime] first roll-up failed: ${String(error)}`);
  }
}
