import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetInput } from '../../../dev/dataset/dataset-schema';
import { parseDataset } from '../../../dev/dataset/load-dataset';
import { generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { ADMIN, PEOPLE_OPS, PRODUCT_OWNER, VIEWER } from '../../../dev/demo-data/users';
import { entityDefinitions, parseManifest } from '../../../dev/forge-runtime/app-manifest';
import { createLocalForgeRuntime, type LocalForgeRuntime } from '../../../dev/forge-runtime/create-local-forge-runtime';
import { createEmulatorBackend } from '../../../dev/forge-runtime/emulator-backend';
import type { JiraActor, JiraBackend } from '../../../dev/forge-runtime/jira-backend';
import type { KvsLimits } from '../../../dev/forge-runtime/kvs-errors';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import { entityPropertiesFromManifest, openJiraEmulator, type JiraEmulator } from '../../../dev/emulator';
import type { FunctionKey, PayloadOf, ResultOf } from '../../../src/contract/api';
import type { Result } from '../../../src/contract/result';
import * as app from '../../../src/index';
import type { Clock } from '../../../src/ports/clock';

/**
 * Drives the real app entry points (src/index.ts) through the local Forge
 * runtime (unmodified @forge/api, @forge/resolver, @forge/kvs) against the
 * in-process Jira emulator with the demo dataset. Backoff uses a clock that
 * records its waits and only yields a timer turn, so rate-limit tests do not
 * depend on wall-clock time.
 */
export const ADMIN_ID = ADMIN.accountId;
export const VIEWER_ID = VIEWER.accountId;
/** Browses and edits CHK, MOB, ANA; administers CHK. */
export const PO_ID = PRODUCT_OWNER.accountId;
/** Browses CHK and HR, edits HR, administers HR and PLAT (PLAT without browsing it). */
export const OPS_ID = PEOPLE_OPS.accountId;
export const NOW = new Date('2026-11-01T09:00:00Z');

const ROOT = join(__dirname, '../../..');

export interface Harness {
  emulator: JiraEmulator;
  runtime: LocalForgeRuntime;
  kvs: KvsEmulator;
  /** Waits recorded by the backoff (ms) instead of sleeping. */
  sleeps: number[];
  /** Server-side log lines (never shown to users). */
  logs: string[];
  /** The local runtime's own log (e.g. an async event that failed and will be redelivered). */
  runtimeLog: string[];
  /** Called before each Jira request the app makes (path, actor) - e.g. to inject a fault mid-read. */
  onJiraRequest: ((path: string, as: JiraActor) => void) | undefined;
  close(): Promise<void>;
}

export interface HarnessOptions {
  issues?: number;
  /** Changes the generated demo dataset before it is loaded (e.g. cross-project links, extra users). */
  prepare?: (dataset: DatasetInput) => DatasetInput;
  /** Delay before every Jira call the app makes (`PM_JIRA_LATENCY_MS`): races need real round trips to show. */
  jiraLatencyMs?: number;
  /** The app's clock really sleeps (lease retries, backoff) instead of recording the wait. */
  realSleep?: boolean;
  /** Lower KVS limits and quota (e.g. no write units) to see how the app answers a rate-limited store. */
  kvsLimits?: Partial<KvsLimits>;
  /** The site's time zone Jira's `GET /serverInfo` answers (`serverTimeZone`); default Etc/UTC. */
  serverTimeZone?: string;
  /** The instant the app and Jira see (default NOW; the demo dataset is generated at NOW either way). */
  now?: Date;
}

export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
  const manifestText = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
  const manifest = parseManifest(manifestText);
  const generated = generateDemoDataset({ seed: 7, issues: options.issues ?? 400, now: NOW });
  const dataset = parseDataset(options.prepare ? options.prepare(generated) : generated);
  const emulator = await openJiraEmulator({
    dataset,
    entityProperties: entityPropertiesFromManifest(manifestText),
    now: () => options.now ?? NOW,
    ...(options.serverTimeZone !== undefined ? { serverTimeZone: options.serverTimeZone } : {}),
  });
  const kvs = await openKvsEmulator({
    entities: entityDefinitions(manifest),
    ...(options.kvsLimits ? { limits: options.kvsLimits } : {}),
  });
  const backend = createEmulatorBackend(emulator, { latencyMs: options.jiraLatencyMs ?? 0 });
  const jira: JiraBackend = {
    label: backend.label,
    fetch: (path, init, as) => {
      harness.onJiraRequest?.(path, as);
      return backend.fetch(path, init, as);
    },
  };
  const runtimeLog: string[] = [];
  const runtime = createLocalForgeRuntime({
    manifest,
    appModule: app as unknown as Record<string, unknown>,
    jira,
    kvs,
    siteUrl: 'http://127.0.0.1:4300',
    log: (line) => void runtimeLog.push(line),
    // An async event's `delayInSeconds` (the coalesced catch-up runs) in milliseconds, not seconds.
    queue: { msPerSecond: 1 },
  });
  // Jira issue events reach the app's trigger as on Forge.
  const unsubscribe = emulator.onIssueEvent((e) => runtime.invoker.handleIssueEvent(e));
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => options.now ?? NOW,
    sleep: async (ms) => {
      sleeps.push(ms);
      // Even a recorded wait yields one timer turn, so Jira's background work (a bulk property
      // task runs on a 0 ms timer) goes on while the app waits, as it does on a real site; without
      // it the app polled a task that could never finish and every roll-up write-back failed.
      await new Promise((resolve) => setTimeout(resolve, options.realSleep ? ms : 0));
    },
  };
  const logs: string[] = [];
  const record = (level: string) => (message: string) => void logs.push(`${level}: ${message}`);
  app.setRuntimeOverrides({ clock, logger: { info: record('info'), warn: record('warn'), error: record('error') } });
  // Roll-up jobs go through the real @forge/events Queue, which the local runtime serves.
  const harness: Harness = {
    emulator,
    runtime,
    kvs,
    sleeps,
    logs,
    runtimeLog,
    onJiraRequest: undefined,
    async close() {
      unsubscribe();
      await runtime.idle();
      runtime.close();
      app.setRuntimeOverrides({});
      await kvs.close();
      await emulator.close();
    },
  };
  return harness;
}

/** A request to the emulator's REST API as a demo user (what curl or jira.js would send). */
export async function jiraAs(h: Harness, accountId: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', h.emulator.authorizationFor(accountId));
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json');
  return h.emulator.handle(new Request(`http://127.0.0.1${path}`, { ...init, headers }));
}

export type Extension = {
  type: string;
  project?: { id?: string; key: string; type?: string };
  issue?: { id?: string; key: string; type?: string };
  /** A dashboard gadget's saved settings, as Jira hands them to the gadget's resolver. */
  gadgetConfiguration?: unknown;
};

/**
 * One resolver call as the UI makes it, on a module of the manifest. With a function key of the
 * contract's registry and no type argument, the payload and the answer are typed from it
 * (src/contract/resolver-contract.ts); a test that sends a deliberately bad payload, or names
 * its own result type, gets the untyped form.
 */
export async function invoke<K extends FunctionKey>(
  h: Harness,
  moduleKey: string,
  functionKey: K,
  payload: PayloadOf<K>,
  accountId: string,
  extension: Extension,
): Promise<ResultOf<K>>;
export async function invoke<T = unknown>(
  h: Harness,
  moduleKey: string,
  functionKey: string,
  payload: unknown,
  accountId: string,
  extension: Extension,
): Promise<Result<T>>;
export async function invoke(
  h: Harness,
  moduleKey: string,
  functionKey: string,
  payload: unknown,
  accountId: string,
  extension: Extension,
): Promise<Result<unknown>> {
  return (await h.runtime.invoker.invokeResolver({
    functionKey,
    payload: payload as Record<string, unknown>,
    context: { moduleKey, accountId, extension },
  })) as Result<unknown>;
}

export const projectPage = (key: string): Extension => ({
  type: 'jira:projectPage',
  project: { key, type: 'software' },
});
export const issuePanel = (issueKey: string, projectKey: string): Extension => ({
  type: 'jira:issuePanel',
  issue: { key: issueKey },
  project: { key: projectKey },
});
export const globalPage: Extension = { type: 'jira:globalPage' };
/** A dashboard gadget (`pm-health-gadget`), configured or not yet. */
export const dashboardGadget = (gadgetConfiguration?: unknown): Extension => ({
  type: 'jira:dashboardGadget',
  ...(gadgetConfiguration === undefined ? {} : { gadgetConfiguration }),
});
export const adminPage: Extension = { type: 'jira:adminPage' };

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** A valid `defineKpi` definition for tests. */
export const KPI_DEFINITION = {
  name: 'Checkout conversion',
  unit: '%',
  direction: 'higher-is-better',
  baseline: 2,
  target: 4,
  periodStart: '2026-01-01',
  dueDate: '2026-12-31',
  thresholds: { atRisk: 0.9, offTrack: 0.6 },
} as const;
