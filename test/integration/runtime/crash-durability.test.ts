import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDatasetFile } from '../../../dev/dataset/load-dataset';
import { entityPropertiesFromManifest, openJiraEmulator, type JiraEmulator } from '../../../dev/emulator';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import { BURST_DATASET, BURST_EDIT_EVERY } from '../../fixtures/runtime/crash-burst';

/**
 * SIGKILL in the middle of a burst of writes (KVS through the real @forge/kvs,
 * Jira property writes and edits through the emulator), then reopen both stores:
 * every acknowledged write is there, the stores agree, nothing is corrupt and no
 * temp file is left. 5 kills by default; PM_RELIABILITY_HEAVY=1 runs 50.
 */
const root = join(__dirname, '..', '..', '..');
const script = join(root, 'test', 'fixtures', 'runtime', 'crash-burst.ts');
const RUNS = process.env['PM_RELIABILITY_HEAVY'] === '1' ? 50 : 5;

/** Runs the burst until `acks` writes are acknowledged (or the child fails), then SIGKILLs it; answers the last acknowledged id. */
function burstThenKill(dataDir: string, acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // node with tsx's loader, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would not reach.
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = -1;
    let buffered = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (!match) continue;
        const id = Number(match[1]);
        if (id !== last + 1) reject(new Error(`acks out of order: ${id} after ${last}`));
        last = id;
        if (last + 1 >= acks && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killed) resolve(last);
      else
        reject(new Error(`the burst exited early (code ${code}, signal ${signal}) after ${last + 1} acks:\n${stderr}`));
    });
  });
}

async function kvsBurstIds(store: KvsEmulator): Promise<Map<number, unknown>> {
  const ids = new Map<number, unknown>();
  let after: string | undefined;
  do {
    const response = await store.fetch('/api/v1/query', {
      method: 'POST',
      body: JSON.stringify({
        limit: 100,
        where: [{ property: 'key', condition: 'BEGINS_WITH', values: ['burst-'] }],
        ...(after ? { after } : {}),
      }),
    });
    const page = (await response.json()) as { data: Array<{ key: string; value: { i: number } }>; cursor?: string };
    for (const item of page.data) ids.set(Number(item.key.slice('burst-'.length)), item.value.i);
    after = page.cursor;
  } while (after);
  return ids;
}

async function jiraState(
  emulator: JiraEmulator,
  keys: string[],
): Promise<{ ids: Map<number, unknown>; summaries: Map<string, string> }> {
  const admin = emulator.users().find((u) => u.emailAddress === 'admin@example.com');
  const authorization = emulator.authorizationFor(admin?.accountId as string);
  const get = async (path: string): Promise<{ status: number; body: unknown }> => {
    const response = await emulator.handle(
      new Request(`http://jira.local/rest/api/3${path}`, { headers: { authorization } }),
    );
    return { status: response.status, body: await response.json() };
  };
  const ids = new Map<number, unknown>();
  const summaries = new Map<string, string>();
  for (const key of keys) {
    const issue = await get(`/issue/${key}?fields=summary&properties=*all`);
    expect(issue.status).toBe(200);
    const body = issue.body as { fields: { summary: string }; properties: Record<string, { i: number }> };
    summaries.set(key, body.fields.summary);
    for (const [name, value] of Object.entries(body.properties ?? {})) {
      if (name.startsWith('burst-')) ids.set(Number(name.slice('burst-'.length)), value.i);
    }
  }
  return { ids, summaries };
}

describe('crash durability of the local stores (child process, SIGKILL mid-burst)', () => {
  let dataDir: string;
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  for (let run = 0; run < RUNS; run += 1) {
    // Deterministic spread of kill points: early (before any compaction) to late (after several).
    const acks = 10 + ((run * 53) % 190);

    it(`run ${run + 1}/${RUNS}: killed after ${acks} acknowledged writes, both stores hold every one and agree`, async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'pm-crash-'));
      const last = await burstThenKill(dataDir, acks);
      expect(last).toBeGreaterThanOrEqual(acks - 1);

      const dataset = await loadDatasetFile(BURST_DATASET);
      const emulator = await openJiraEmulator({
        dataset,
        dataDir,
        entityProperties: entityPropertiesFromManifest(readFileSync(join(root, 'manifest.yml'), 'utf8')),
      });
      const store = await openKvsEmulator({ dataDir });
      try {
        expect(readdirSync(dataDir).filter((name) => /\.tmp-|\.json\.[0-9a-f]{6,}$/.test(name))).toEqual([]);
        const inKvs = await kvsBurstIds(store);
        const keys = dataset.issues.map((i) => i.key);
        const { ids: inJira, summaries } = await jiraState(emulator, keys);

        for (let i = 0; i <= last; i += 1) {
          expect([i, inKvs.get(i)]).toEqual([i, i]);
          expect([i, inJira.get(i)]).toEqual([i, i]);
        }
        // Only the write in flight at the kill may be there unacknowledged, and Jira never has one the KVS lacks.
        for (const id of inKvs.keys()) expect(id).toBeLessThanOrEqual(last + 1);
        for (const id of inJira.keys()) expect(inKvs.has(id)).toBe(true);
        // Every acknowledged edit, or a later one of the same issue, is the summary.
        for (let i = 0; i <= last; i += BURST_EDIT_EVERY) {
          const key = keys[i % keys.length] as string;
          const edited = Number(/^Burst (\d+)$/.exec(summaries.get(key) ?? '')?.[1] ?? -1);
          expect([key, edited >= i]).toEqual([key, true]);
        }
      } finally {
        await store.close();
        await emulator.close();
      }
    });
  }
});
