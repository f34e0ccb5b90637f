import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityDefinitions, parseManifest } from '../../dev/forge-runtime/app-manifest';
import { createLocalForgeRuntime, type LocalForgeRuntime } from '../../dev/forge-runtime/create-local-forge-runtime';
import type { EmulatorIssueEvent } from '../../dev/forge-runtime/invoke';
import { openKvsEmulator, type KvsEmulator } from '../../dev/forge-runtime/kvs-emulator';
import type { Result } from '../../src/contract/result';
import * as app from '../../src/index';
import type { AppDeps } from '../../src/app/shared/app-deps';
import { composeDeps } from '../../src/resolvers/shared/compose-deps';
import { BENCH_CHECK_MODULE, countingJiraBackend, type CountingJiraBackend } from './counting-jira-backend';
import { httpJiraBackend } from './http-jira-backend';
import type { JiraProcessMessage } from './jira-messages';
import { SITE_NOW } from './generate-scale-site';

export type JiraInfo = Extract<JiraProcessMessage, { type: 'ready' }>;

export interface AppSideOptions {
  /** The repository (manifest.yml): passed in, as this file may run bundled elsewhere. */
  root: string;
  jira: JiraInfo;
  latencyMs: number;
  /** Open the app's storage from a copy of this directory (stored state of an earlier phase); fresh otherwise. */
  kvsFrom?: string;
  /** Where this phase's storage lives on disk (so a later phase can start from it). */
  kvsDir: string;
  /** Milliseconds per second of `delayInSeconds` (BenchSizes.eventMsPerSecond); real seconds unless given. */
  eventMsPerSecond?: number;
}

export interface AppSide {
  runtime: LocalForgeRuntime;
  kvs: KvsEmulator;
  jira: CountingJiraBackend;
  info: JiraInfo;
  /** Server-side log lines of the runtime and of the app's logger at level error / warn. */
  errors: string[];
  warnings: string[];
  /** Issue events Jira has sent so far (they arrive over IPC, a moment after the edit). */
  eventsReceived(): number;
  invoke<T>(
    moduleKey: string,
    functionKey: string,
    payload: unknown,
    accountId: string,
    extension: Record<string, unknown>,
  ): Promise<Result<T>>;
  /** Runs `fn` with the app's own adapters as an uncounted invocation: the bench's checks (stored state, full recompute). */
  check<T>(fn: (deps: AppDeps) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The app's side of one measurement: the real entry points (src/index.ts)
 * under the local Forge runtime with Forge's limits, the KVS emulator with
 * Forge's quota, Jira over HTTP with the configured latency. The app's clock
 * is fixed at the site's "now" (it still really sleeps), so an incremental
 * update and a full recompute are computed for the same instant.
 */
export async function openAppSide(options: AppSideOptions): Promise<AppSide> {
  const manifest = parseManifest(readFileSync(join(options.root, 'manifest.yml'), 'utf8'));
  if (options.kvsFrom && existsSync(options.kvsFrom)) cpSync(options.kvsFrom, options.kvsDir, { recursive: true });
  mkdirSync(options.kvsDir, { recursive: true });
  const kvs = await openKvsEmulator({ dataDir: options.kvsDir, entities: entityDefinitions(manifest) });
  const jira = countingJiraBackend(
    httpJiraBackend(options.jira.url, options.jira.appAuthorization, options.jira.authorizations),
    options.latencyMs,
  );
  const errors: string[] = [];
  const warnings: string[] = [];
  const runtime = createLocalForgeRuntime({
    manifest,
    appModule: app as unknown as Record<string, unknown>,
    jira,
    kvs,
    siteUrl: 'http://127.0.0.1:4300',
    ...(options.eventMsPerSecond !== undefined ? { queue: { msPerSecond: options.eventMsPerSecond } } : {}),
    // The runtime reports failed triggers, deliveries and refused pushes here.
    log: (message) => void (/fail|error|refus|429|limit/i.test(message) ? errors : warnings).push(message),
  });
  app.setRuntimeOverrides({
    clock: { now: () => SITE_NOW, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    logger: {
      info: () => undefined,
      warn: (message) => void warnings.push(message),
      error: (message, error) =>
        void errors.push(`${message}: ${error instanceof Error ? error.message : String(error ?? '')}`),
    },
  });
  let events = 0;
  const onMessage = (message: JiraProcessMessage): void => {
    if (message.type !== 'issue-event') return;
    events += 1;
    runtime.invoker.handleIssueEvent(message.event as EmulatorIssueEvent);
  };
  process.on('message', onMessage);
  return {
    runtime,
    kvs,
    jira,
    info: options.jira,
    errors,
    warnings,
    eventsReceived: () => events,
    async invoke<T>(
      moduleKey: string,
      functionKey: string,
      payload: unknown,
      accountId: string,
      extension: Record<string, unknown>,
    ): Promise<Result<T>> {
      return (await runtime.invoker.invokeResolver({
        functionKey,
        payload: payload as Record<string, unknown>,
        context: { moduleKey, accountId, extension },
      })) as Result<T>;
    },
    check<T>(fn: (deps: AppDeps) => Promise<T>): Promise<T> {
      return runtime.globals.run(
        {
          moduleKey: BENCH_CHECK_MODULE,
          functionKey: BENCH_CHECK_MODULE,
          accountId: undefined,
          timeoutMs: 3_600_000,
          timeoutError: () => new Error('bench check timed out'),
        },
        () => fn(composeDeps()),
      );
    },
    async close(): Promise<void> {
      process.off('message', onMessage);
      runtime.close();
      app.setRuntimeOverrides({});
      await kvs.close();
    },
  };
}
