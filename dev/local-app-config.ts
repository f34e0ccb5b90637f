import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Command line and environment of `npm start` (`tsx dev/main.ts`). */
export interface LocalAppConfig {
  /** `PORT`, default 4300. */
  port: number;
  /** `PM_DATA_DIR`, default `<repo>/.pm-data`. */
  dataDir: string;
  /** `--dataset FILE`: load this dataset instead of the generated demo. */
  datasetFile?: string;
  /** `--seed N` (default 42) and `--issues N` (default 3000) of the demo dataset. */
  demo: { seed: number; issues: number };
  /** `--reset`: discard the saved state in the data directory first. */
  reset: boolean;
  /** `PM_KVS_LATENCY_MS`, default 0: delay added to every app storage (KVS) request. */
  kvsLatencyMs: number;
  /** `PM_JIRA_LATENCY_MS` (absent = 0): delay added to every Jira REST call to the emulator. */
  jiraLatencyMs?: number;
  /** `PM_JIRA_SEARCH_LAG_MS` (absent = 0): how long an emulator write takes to reach search/jql. */
  searchLagMs?: number;
  /** `JIRA_SITE`, `JIRA_EMAIL`, `JIRA_API_TOKEN`: use that Jira Cloud site, no emulator. */
  realSite?: { site: string; email: string; token: string };
}

export const DEFAULT_PORT = 4300;
export const USAGE = `Usage: npm start -- [--dataset FILE] [--issues N] [--seed N] [--reset]
Environment: PORT (default ${DEFAULT_PORT}), PM_DATA_DIR (default .pm-data), PM_KVS_LATENCY_MS (default 0),
             PM_JIRA_LATENCY_MS (default 0), PM_JIRA_SEARCH_LAG_MS (default 0),
             JIRA_SITE + JIRA_EMAIL + JIRA_API_TOKEN (use a real Jira Cloud site instead of the emulator)`;

export class ConfigError extends Error {}

function nonNegativeInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new ConfigError(`${name} must be a non-negative integer, got "${text}".`);
  return Number(text);
}

export function parseLocalAppConfig(argv: string[], env: NodeJS.ProcessEnv, repoRoot: string): LocalAppConfig {
  let values: { dataset?: string; issues?: string; seed?: string; reset?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        dataset: { type: 'string' },
        issues: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (values.help) throw new ConfigError(USAGE);
  const port = nonNegativeInt('PORT', env['PORT'] || undefined, DEFAULT_PORT);
  if (port > 65535) throw new ConfigError(`PORT must be at most 65535, got ${port}.`);
  const config: LocalAppConfig = {
    port,
    dataDir: resolve(repoRoot, env['PM_DATA_DIR'] || '.pm-data'),
    demo: { seed: nonNegativeInt('--seed', values.seed, 42), issues: nonNegativeInt('--issues', values.issues, 3000) },
    reset: values.reset === true,
    kvsLatencyMs: nonNegativeInt('PM_KVS_LATENCY_MS', env['PM_KVS_LATENCY_MS'] || undefined, 0),
  };
  if (values.dataset) config.datasetFile = resolve(values.dataset);
  if (env['PM_JIRA_LATENCY_MS'])
    config.jiraLatencyMs = nonNegativeInt('PM_JIRA_LATENCY_MS', env['PM_JIRA_LATENCY_MS'], 0);
  if (env['PM_JIRA_SEARCH_LAG_MS'])
    config.searchLagMs = nonNegativeInt('PM_JIRA_SEARCH_LAG_MS', env['PM_JIRA_SEARCH_LAG_MS'], 0);
  const site = env['JIRA_SITE'];
  const email = env['JIRA_EMAIL'];
  const token = env['JIRA_API_TOKEN'];
  if (site || email || token) {
    const missing = [
      ['JIRA_SITE', site],
      ['JIRA_EMAIL', email],
      ['JIRA_API_TOKEN', token],
    ]
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (missing.length > 0)
      throw new ConfigError(
        `Real-site mode needs JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN; missing ${missing.join(', ')}.`,
      );
    config.realSite = { site: site as string, email: email as string, token: token as string };
  }
  return config;
}
