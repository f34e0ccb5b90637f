import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../../dev/dataset/load-dataset';
import { generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { ADMIN } from '../../../dev/demo-data/users';
import { entityDefinitions, parseManifest } from '../../../dev/forge-runtime/app-manifest';
import { createLocalForgeRuntime, type LocalForgeRuntime } from '../../../dev/forge-runtime/create-local-forge-runtime';
import { createEmulatorBackend } from '../../../dev/forge-runtime/emulator-backend';
import type { JiraBackend } from '../../../dev/forge-runtime/jira-backend';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import { entityPropertiesFromManifest, openJiraEmulator, type JiraEmulator } from '../../../dev/emulator';
import { READ_STOP_MARGIN_MS } from '../../../src/app/project-state/read-project-in-parts';
import { readStoredState } from '../../../src/app/project-state/read-stored-state';
import { readProjectState } from '../../../src/app/project-state/read-project-state';
import { loadConfig } from '../../../src/app/config/config-repository';
import * as app from '../../../src/index';
import { checkAsApp } from '../../fixtures/runtime/check-as-app';

/**
 * A project larger than one invocation can read, through the real entry points under the local
 * Forge runtime: the roll-up consumer's time limit is shortened so only half a second of it is
 * left for reading past the stop margin, and every Jira call waits 100 ms (a real sleep, so no
 * machine is fast enough to read the project's dozen pages, one after another, in one part). The read stops by the time @forge/api's runtime says is left
 * (getRemainingTimeInMillis), goes on in re-queued chunks, and the stored state equals a full
 * read's. Nothing asserts on how long anything took.
 */
const NOW = new Date('2026-11-01T09:00:00Z');
const PROJECT = 'CHK';
const ROOT = join(__dirname, '../../..');
const LATENCY_MS = 100;

describe('a project read in several invocations, by the time Forge says is left', () => {
  let emulator: JiraEmulator;
  let kvs: KvsEmulator;
  let runtime: LocalForgeRuntime;
  const parts: unknown[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const manifestText = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
    const manifest = parseManifest(manifestText);
    emulator = await openJiraEmulator({
      dataset: parseDataset(generateDemoDataset({ seed: 5, issues: 3_000, now: NOW })),
      entityProperties: entityPropertiesFromManifest(manifestText),
      now: () => NOW,
    });
    kvs = await openKvsEmulator({ entities: entityDefinitions(manifest) });
    const backend = createEmulatorBackend(emulator);
    const jira: JiraBackend = {
      label: backend.label,
      fetch: async (path, init, as) => {
        await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
        return backend.fetch(path, init, as);
      },
    };
    runtime = createLocalForgeRuntime({
      manifest,
      appModule: app as unknown as Record<string, unknown>,
      jira,
      kvs,
      siteUrl: 'http://127.0.0.1:4300',
      log: (message) => void (/fail|error/i.test(message) ? errors.push(message) : undefined),
      limits: { timeoutOverrideMs: { consumer: READ_STOP_MARGIN_MS + 500 } },
    });
    app.setRuntimeOverrides({
      clock: { now: () => NOW, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
      logger: {
        info: (message, data) => void (message.includes('next invocation') ? parts.push(data) : undefined),
        warn: () => undefined,
        error: (message, error) => void errors.push(`${message}: ${String(error)}`),
      },
    });
  }, 60_000);

  afterAll(async () => {
    await runtime.idle();
    runtime.close();
    app.setRuntimeOverrides({});
    await kvs.close();
    await emulator.close();
  });

  it('stops before the limit, goes on in re-queued chunks, and stores the state of one full read', async () => {
    const context = { moduleKey: 'pm-portfolio', accountId: ADMIN.accountId, extension: { type: 'jira:globalPage' } };
    const started = (await runtime.invoker.invokeResolver({ functionKey: 'startRollup', payload: {}, context })) as {
      ok: boolean;
      data: { jobId: string };
    };
    expect(started.ok).toBe(true);
    await runtime.idle();
    const progress = (await runtime.invoker.invokeResolver({
      functionKey: 'getRollupProgress',
      payload: { jobId: started.data.jobId },
      context,
    })) as { ok: boolean; data: { state: string; processed: number; total: number } };
    expect(progress.data).toMatchObject({ state: 'done' });
    expect(progress.data.processed).toBe(progress.data.total);
    // The big project did not fit one invocation: it was read in parts.
    expect(parts.filter((p) => (p as { projectKey?: string }).projectKey === PROJECT).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);

    // The stored state equals a full read's, built now (one uncounted read as the app).
    const { expected, stored } = await checkAsApp(runtime, async (deps) => {
      const { config } = await loadConfig(deps.store, deps.logger);
      const project = await deps.jira.getProject(PROJECT, { as: 'app' });
      const full = await readProjectState(deps, project!, config, 'app');
      const read = await readStoredState(deps.store, PROJECT);
      return { expected: full.state, stored: read?.state };
    });
    const { computedAt: _computedAt, ...expectedState } = expected;
    expect(JSON.stringify(stored)).toEqual(JSON.stringify(expectedState));
  }, 180_000);
});
