/**
 * `npm start` (after `npm run build`): runs PM Workflow for Jira locally.
 *
 *   npm start -- [--dataset FILE] [--issues N] [--seed N] [--reset]
 *
 * Environment: PORT (default 4300), PM_DATA_DIR (default .pm-data in the repo),
 * PM_KVS_LATENCY_MS (default 0: delay added to every KVS request),
 * JIRA_SITE + JIRA_EMAIL + JIRA_API_TOKEN (talk to that Jira Cloud site instead of
 * the embedded emulator). Serves on 127.0.0.1 only; Ctrl+C writes state and exits.
 */
import { resolve } from 'node:path';
import { DatasetError } from './dataset/load-dataset';
import { ConfigError, parseLocalAppConfig } from './local-app-config';
import { startLocalApp, type LocalApp } from './start-local-app';

async function main(): Promise<void> {
  const repoRoot = resolve(__dirname, '..');
  let config;
  try {
    config = parseLocalAppConfig(process.argv.slice(2), process.env, repoRoot);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  let app: LocalApp;
  try {
    app = await startLocalApp({
      port: config.port,
      dataDir: config.dataDir,
      ...(config.datasetFile ? { datasetFile: config.datasetFile } : {}),
      // Today's demo, so its dates (overdue, recency, KPI and launch dates) match the app's clock.
      demo: { ...config.demo, now: new Date() },
      reset: config.reset,
      kvsLatencyMs: config.kvsLatencyMs,
      ...(config.realSite ? { realSite: config.realSite } : {}),
      ...(config.jiraLatencyMs !== undefined ? { jiraLatencyMs: config.jiraLatencyMs } : {}),
      ...(config.searchLagMs !== undefined ? { searchLagMs: config.searchLagMs } : {}),
      rootDir: repoRoot,
      scheduleTriggers: true,
      firstRollup: true,
    });
  } catch (error) {
    if (error instanceof DatasetError) {
      console.error(error.message);
      process.exit(1);
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${config.port} is in use; set PORT to another port.`);
      process.exit(1);
    }
    throw error;
  }

  const mode = config.realSite ? `Jira site ${config.realSite.site}` : 'embedded Jira emulator';
  console.log(`Data: ${config.dataDir} (${mode})`);
  console.log(`PM Workflow for Jira running at ${app.url}`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: saving state...`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
