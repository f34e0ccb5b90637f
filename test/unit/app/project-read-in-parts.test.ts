import type { JiraEmulator } from '../../../dev/emulator';
import { readStoredState } from '../../../src/app/project-state/read-stored-state';
import { readStagedPlan } from '../../../src/app/project-state/staged-read';
import { processRollupChunk } from '../../../src/app/rollup/process-rollup-chunk';
import { READ_STOP_MARGIN_MS } from '../../../src/app/project-state/read-project-in-parts';
import { refreshProjectCache } from '../../../src/app/rollup/refresh-project-cache';
import { startRollup } from '../../../src/app/rollup/start-rollup';
import { snapshotKey, takeProjectSnapshot } from '../../../src/app/rollup/take-daily-snapshot';
import { getRollupProgress } from '../../../src/app/rollup/get-rollup-progress';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { RecordingQueue, silentLogger } from '../../fixtures/backend/app-deps';
import { gatewayOver, openBigEmulator } from '../../fixtures/backend/emulator-gateway';
import { FixedClock } from '../../fixtures/backend/fixed-clock';
import { InMemoryStore } from '../../fixtures/backend/in-memory-store';

const ALPHA = { id: '10000', key: 'ALPHA', name: 'Alpha' };

/** Deps over the emulator whose invocation "has time" for `pages` questions, then is nearly out of it. */
function depsWithTime(emulator: JiraEmulator, pages: number) {
  let asked = 0;
  return {
    jira: gatewayOver(emulator).jira,
    store: new InMemoryStore(),
    clock: new FixedClock(),
    queue: new RecordingQueue(),
    logger: silentLogger,
    remainingMs: () => (++asked > pages ? READ_STOP_MARGIN_MS - 1 : READ_STOP_MARGIN_MS * 10),
    /** A new invocation: its time starts again. */
    nextInvocation() {
      asked = 0;
    },
  };
}

/** Every record of the stored state but the generation's name and the meta's dates. */
async function storedRecords(store: InMemoryStore) {
  const read = await readStoredState(store, ALPHA.key);
  return read && JSON.stringify(read.state);
}

describe('a project larger than one invocation can read is read in several', () => {
  let emulator: JiraEmulator;
  beforeAll(async () => {
    emulator = await openBigEmulator();
  });

  it('stops before the time is up, stages what it read, and the last part stores exactly the state of one full read', async () => {
    const whole = depsWithTime(emulator, Number.POSITIVE_INFINITY);
    const full = await refreshProjectCache(whole, ALPHA, defaultWorkflowConfig);
    expect(full).toMatchObject({ cached: true });

    const deps = depsWithTime(emulator, 12);
    const outcomes = [];
    for (let part = 0; part < 50; part++) {
      deps.nextInvocation();
      const outcome = await refreshProjectCache(deps, ALPHA, defaultWorkflowConfig, { resumable: true });
      outcomes.push(outcome);
      if (!outcome.continues) break;
      // Nothing is stored until the read is whole: the page keeps saying it is being read.
      expect(await readStoredState(deps.store, ALPHA.key)).toBeUndefined();
      expect((await readStagedPlan(deps.store, ALPHA.key, 'rollup'))?.issues).toBe(outcome.issues);
    }
    expect(outcomes.length).toBeGreaterThan(2);
    expect(outcomes.at(-1)).toMatchObject({ cached: true, issues: full.issues });
    // Each part staged more than the one before.
    const staged = outcomes.slice(0, -1).map((o) => o.issues);
    expect(staged).toEqual([...staged].sort((a, b) => a - b));
    expect(new Set(staged).size).toBe(staged.length);
    expect(outcomes.slice(0, -1).every((o) => o.continues && o.note?.includes('time limit'))).toBe(true);
    expect(await storedRecords(deps.store)).toEqual(await storedRecords(whole.store));
    // A parent and its children may be read in different parts: effort counted once is decided on all the facts.
    const facts = (await readStoredState(deps.store, ALPHA.key))!.state.shards.flatMap((s) => s.facts);
    expect(facts.filter((f) => f.effortBelow && f.effort !== null).length).toBeGreaterThan(0);
    // The staged parts are gone once the state is stored.
    expect(await readStagedPlan(deps.store, ALPHA.key, 'rollup')).toBeUndefined();
    expect([...deps.store.data.keys()].filter((k) => k.startsWith('pbuild:'))).toEqual([]);
  });

  it('a roll-up job re-queues the project until its read is whole, and its progress counts it once', async () => {
    const deps = depsWithTime(emulator, 15);
    const job = await startRollup(deps, { accountId: 'admin' }, [ALPHA.key]);
    let chunks = 0;
    while (deps.queue.chunks.length > 0 && chunks < 50) {
      const chunk = deps.queue.chunks.shift()!;
      deps.nextInvocation();
      await processRollupChunk(deps, chunk);
      chunks += 1;
    }
    expect(chunks).toBeGreaterThan(2);
    expect(await readStoredState(deps.store, ALPHA.key)).toBeDefined();
    const progress = await getRollupProgress(deps, { accountId: 'admin' }, job.jobId);
    expect(progress).toMatchObject({ state: 'done', processed: 1, total: 1 });
  });

  it('the daily snapshot of such a project is taken in parts too: the same day record and stored state as one read', async () => {
    const task = { projectKey: ALPHA.key, date: '2025-06-01' };
    const whole = depsWithTime(emulator, Number.POSITIVE_INFINITY);
    const once = await takeProjectSnapshot(whole, task);
    expect(once).toMatchObject({ complete: true });
    // The KPIs' latest actuals come from whichever part read them.
    expect(once?.kpis.some((k) => k.latest !== null)).toBe(true);

    const deps = depsWithTime(emulator, 12);
    deps.queue.snapshots.push(task);
    let parts = 0;
    while (deps.queue.snapshots.length > 0 && parts < 50) {
      deps.nextInvocation();
      await takeProjectSnapshot(deps, deps.queue.snapshots.shift()!);
      parts += 1;
    }
    expect(parts).toBeGreaterThan(2);
    expect(await deps.store.get(snapshotKey(task.date, ALPHA.key))).toEqual(once);
    expect(await storedRecords(deps.store)).toEqual(await storedRecords(whole.store));
    expect([...deps.store.data.keys()].filter((k) => k.startsWith('pbuild:'))).toEqual([]);
  });
});
