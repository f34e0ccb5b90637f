import {
  CATCH_UP_DELAY_SECONDS,
  SEARCH_LAG_BOUND_SECONDS,
  pendingKey,
  readWatermark,
  touchedPrefix,
} from '../../../src/app/project-events/catch-up-records';
import { catchUpProject } from '../../../src/app/project-events/catch-up-project';
import { noteIssueEvent } from '../../../src/app/project-events/note-issue-event';
import { noteProjectChanges } from '../../../src/app/project-events/note-project-changes';
import { parseStateRecord, readStateMeta } from '../../../src/app/project-state/state-records-store';
import { shardRecordSchema } from '../../../src/app/project-state/state-schemas';
import { processRollupChunk } from '../../../src/app/rollup/process-rollup-chunk';
import { storedRow } from '../../fixtures/stored-row';
import { startRollup } from '../../../src/app/rollup/start-rollup';
import type { IssuePage } from '../../../src/ports/jira-gateway';
import { QueueBusyError } from '../../../src/ports/job-queue';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';
import { InMemoryStore } from '../../fixtures/backend/in-memory-store';

/** Every issue was just edited: inside the catch-up window, as a real search by `updated` would return them. */
const NOW_ISO = '2026-11-01T09:00:00.000Z';

function setup() {
  const jira = new FakeJira([
    { id: '1', key: 'APP', name: 'App' },
    { id: '3', key: 'WEB', name: 'Web' },
    { id: '4', key: 'COLD', name: 'Cold' },
  ]).add(
    { issue: fakeIssue('APP-1', { issueType: 'Epic', updated: NOW_ISO }) },
    { issue: fakeIssue('APP-2', { parentId: fakeIssue('APP-1').id, effort: 3, updated: NOW_ISO }) },
    { issue: fakeIssue('APP-3', { effort: 5, updated: NOW_ISO }) },
    { issue: fakeIssue('WEB-1', { effort: 8, updated: NOW_ISO }) },
  );
  const deps = fakeDeps(jira);
  // TTLs on the clock the use cases see.
  deps.store = new InMemoryStore(() => deps.clock.now().getTime());
  return { jira, deps };
}

/** Builds APP and WEB as the cold roll-up does; the queued build chunks are then forgotten. */
async function built() {
  const s = setup();
  await startRollup(s.deps, { accountId: 'acc-me' });
  for (const chunk of s.deps.queue.chunks.filter((c) => !c.projectKeys.includes('COLD')))
    await processRollupChunk(s.deps, chunk);
  s.deps.queue.chunks.length = 0;
  return s;
}

const touchedOf = async (store: InMemoryStore, projectKey: string) =>
  (await store.queryByPrefix<{ issueId: string; change: string }>(touchedPrefix(projectKey))).entries.map((e) => [
    e.value.issueId,
    e.value.change,
  ]);
/** The stored effort of an issue (undefined: not in the stored state). */
async function effortOf(store: InMemoryStore, projectKey: string, issueId: string): Promise<number | null | undefined> {
  const meta = await readStateMeta(store, projectKey);
  for (const [key, value] of store.data) {
    if (!key.startsWith(`pstate:${projectKey}:${meta?.generation}:s:`)) continue;
    const facts = parseStateRecord(value, shardRecordSchema, key).facts.find((f) => f.id === issueId);
    if (facts) return facts.effort;
  }
  return undefined;
}
/** Search answers as it did at this moment (eventually consistent); bulkfetch stays current. */
async function freezeSearch(jira: FakeJira): Promise<void> {
  const pages: IssuePage[] = [];
  for await (const page of jira.searchIssues('project = "APP"', { as: 'app' })) pages.push(structuredClone(page));
  jest.spyOn(jira, 'searchIssues').mockImplementation(async function* () {
    yield* structuredClone(pages);
  });
}
const issuesStored = async (store: InMemoryStore, projectKey: string) =>
  (await readStateMeta(store, projectKey))?.issues;

describe('coalesced project events: the trigger side', () => {
  it('2,000 events of one project push one delayed catch-up run; every other event costs one KVS request, half of them reads', async () => {
    const { deps } = setup();
    const event = (n: number) => ({
      kind: 'issue' as const,
      change: 'updated' as const,
      issueId: String(20000 + n),
      projectKey: 'APP',
    });
    expect(await noteIssueEvent(deps, event(0))).toEqual({ APP: 'queued' });
    const [get, set, setIfAbsent, transact] = (['get', 'set', 'setIfAbsent', 'transact'] as const).map((m) =>
      jest.spyOn(deps.store, m),
    );
    // Forge runs triggers concurrently.
    const outcomes = await Promise.all(Array.from({ length: 1999 }, (_, i) => noteIssueEvent(deps, event(i + 1))));
    expect(outcomes.every((o) => o['APP'] === 'already-queued')).toBe(true);
    expect(deps.queue.catchUps).toEqual([
      { task: { projectKey: 'APP', settle: false }, delaySeconds: CATCH_UP_DELAY_SECONDS },
    ]);
    expect(get!.mock.calls.length + setIfAbsent!.mock.calls.length).toBe(1999);
    // Ids ending in an even digit read first: 20002, 20004, ... 21998.
    expect(get!.mock.calls.length).toBe(999);
    expect(set).not.toHaveBeenCalled();
    expect(transact).not.toHaveBeenCalled();
  });

  it('concurrent first events of a quiet project: exactly one of them pushes', async () => {
    const { deps } = setup();
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => noteProjectChanges(deps, 'APP')));
    expect(outcomes.filter((o) => o === 'queued')).toHaveLength(1);
    expect(deps.queue.catchUps).toHaveLength(1);
  });

  it('a marker past its TTL that the store has not purged yet does not block new runs', async () => {
    const { deps } = setup();
    await deps.store.set(pendingKey('APP'), { at: new Date(deps.clock.now().getTime() - 121_000).toISOString() });
    expect(await noteProjectChanges(deps, 'APP')).toBe('queued');
    expect(await noteProjectChanges(deps, 'APP')).toBe('already-queued');
  });

  it('once the run has started (marker cleared), the next event queues the next run', async () => {
    const { deps } = await built();
    await noteProjectChanges(deps, 'APP');
    await catchUpProject(deps, { projectKey: 'APP', settle: false });
    expect(await noteProjectChanges(deps, 'APP')).toBe('queued');
    expect(deps.queue.catchUps.filter((c) => !c.task.settle)).toHaveLength(2);
  });

  it('a refused push gives the marker back and throws, so the redelivered event pushes again', async () => {
    const { deps } = setup();
    const push = jest.spyOn(deps.queue, 'enqueueProjectCatchUp').mockRejectedValueOnce(new QueueBusyError('429'));
    await expect(noteProjectChanges(deps, 'APP')).rejects.toBeInstanceOf(QueueBusyError);
    expect(await deps.store.get(pendingKey('APP'))).toBeUndefined();
    expect(await noteProjectChanges(deps, 'APP')).toBe('queued');
    expect(push).toHaveBeenCalledTimes(2);
  });

  it('an edit carries nothing; a deletion carries its id; a link both ids in their own projects; a move tells the old project too', async () => {
    const { jira, deps } = setup();
    expect(
      await noteIssueEvent(deps, {
        kind: 'issue',
        change: 'updated',
        issueId: fakeIssue('APP-3').id,
        projectKey: 'APP',
      }),
    ).toEqual({ APP: 'queued' });
    expect(await touchedOf(deps.store, 'APP')).toEqual([]);
    await noteIssueEvent(deps, { kind: 'issue', change: 'deleted', issueId: fakeIssue('APP-2').id, projectKey: 'APP' });
    expect(await touchedOf(deps.store, 'APP')).toEqual([[fakeIssue('APP-2').id, 'delete']]);
    await noteIssueEvent(deps, { kind: 'link', issueIds: [fakeIssue('APP-3').id, fakeIssue('WEB-1').id] });
    expect(await touchedOf(deps.store, 'WEB')).toEqual([[fakeIssue('WEB-1').id, 'upsert']]);
    jira.issues.get('APP-1')!.issue.projectKey = 'WEB';
    expect(
      await noteIssueEvent(deps, {
        kind: 'issue',
        change: 'updated',
        issueId: fakeIssue('APP-1').id,
        projectKey: 'WEB',
        movedFromProjectKey: 'APP',
      }),
    ).toEqual({
      WEB: 'already-queued',
      APP: 'already-queued',
    });
    expect((await touchedOf(deps.store, 'APP')).map(([id]) => id).sort()).toEqual(
      [fakeIssue('APP-1').id, fakeIssue('APP-2').id, fakeIssue('APP-3').id].sort(),
    );
    // Without a project in the event, the issue is read to find it.
    expect(await noteIssueEvent(deps, { kind: 'issue', change: 'created', issueId: fakeIssue('WEB-1').id })).toEqual({
      WEB: 'already-queued',
    });
  });
});

describe('coalesced project events: the catch-up run', () => {
  it('takes in what changed, then settles once; an issue that did not change is not written again', async () => {
    const { jira, deps } = await built();
    // The first run after a build takes in its whole window once (the build's read could lag).
    expect(await catchUpProject(deps, { projectKey: 'APP', settle: false })).toMatchObject({ upserted: 3 });
    const before = await storedRow(deps.store, 'APP');
    deps.clock.advance(1000);
    Object.assign(jira.issues.get('APP-3')!.issue, { status: 'Done', statusCategory: 'done' });
    jira.issues.get('APP-3')!.issue.updated = deps.clock.now().toISOString();
    await noteProjectChanges(deps, 'APP');
    const run = await catchUpProject(deps, { projectKey: 'APP', settle: false });
    expect(run).toMatchObject({ outcome: 'applied', upserted: 1, deleted: 0, queued: 'settle' });
    expect(await deps.store.get(pendingKey('APP'))).toBeUndefined();
    expect(deps.queue.catchUps.at(-1)).toEqual({
      task: { projectKey: 'APP', settle: true },
      delaySeconds: SEARCH_LAG_BOUND_SECONDS,
    });
    const after = await storedRow(deps.store, 'APP');
    expect(after?.progress).not.toEqual(before?.progress);
    const watermark = await readWatermark(deps.store, 'APP');
    expect(Date.parse(watermark!.at)).toBe(deps.clock.now().getTime() - SEARCH_LAG_BOUND_SECONDS * 1000);

    // The settle run: search (the fake returns every issue) shows nothing new, so nothing is written.
    const set = jest.spyOn(deps.store, 'set');
    deps.clock.advance(SEARCH_LAG_BOUND_SECONDS * 1000);
    expect(await catchUpProject(deps, { projectKey: 'APP', settle: true })).toMatchObject({
      outcome: 'applied',
      upserted: 0,
      deleted: 0,
      queued: 'none',
    });
    expect(set.mock.calls.map(([key]) => key)).toEqual(['events:APP:watermark']);
  });

  it('a pending marker at the end of a run means a later run settles instead', async () => {
    const { deps } = await built();
    await noteProjectChanges(deps, 'APP');
    const run = catchUpProject(deps, { projectKey: 'APP', settle: false });
    // An event arrives while the run reads.
    await noteProjectChanges(deps, 'APP');
    expect((await run).queued).toBe('none');
  });

  it('deletions are taken in, with the sub-tree Jira changed silently; the touched records are cleared', async () => {
    const { jira, deps } = await built();
    expect(await issuesStored(deps.store, 'APP')).toBe(3);
    jira.issues.delete('APP-1');
    // Jira detaches the epic's children without events or a new `updated`.
    delete jira.issues.get('APP-2')!.issue.parentId;
    await noteIssueEvent(deps, { kind: 'issue', change: 'deleted', issueId: fakeIssue('APP-1').id, projectKey: 'APP' });
    expect(await catchUpProject(deps, { projectKey: 'APP', settle: false })).toMatchObject({
      outcome: 'applied',
      deleted: 1,
    });
    expect(await issuesStored(deps.store, 'APP')).toBe(2);
    expect((await storedRow(deps.store, 'APP'))?.issues).toBe(2);
    expect(await touchedOf(deps.store, 'APP')).toEqual([]);
  });

  it('an issue moved to another project leaves the old one and joins the new one', async () => {
    const { jira, deps } = await built();
    const moved = jira.issues.get('APP-3')!;
    moved.issue.projectKey = 'WEB';
    moved.issue.updated = deps.clock.now().toISOString();
    await noteIssueEvent(deps, {
      kind: 'issue',
      change: 'updated',
      issueId: moved.issue.id,
      projectKey: 'WEB',
      movedFromProjectKey: 'APP',
    });
    await catchUpProject(deps, { projectKey: 'APP', settle: false });
    await catchUpProject(deps, { projectKey: 'WEB', settle: false });
    expect([await issuesStored(deps.store, 'APP'), await issuesStored(deps.store, 'WEB')]).toEqual([2, 2]);
  });

  it('a property write (same `updated`, other content) is read again and taken in', async () => {
    const { jira, deps } = await built();
    await catchUpProject(deps, { projectKey: 'APP', settle: false });
    const meta = await readStateMeta(deps.store, 'APP');
    jira.issues.get('APP-2')!.issue.effort = 21;
    await noteProjectChanges(deps, 'APP', [{ issueId: fakeIssue('APP-2').id, change: 'upsert' }]);
    expect(await catchUpProject(deps, { projectKey: 'APP', settle: false })).toMatchObject({ upserted: 1 });
    expect((await readStateMeta(deps.store, 'APP'))?.top).not.toEqual(meta?.top);
  });

  it('a version search still shows is not taken back after a newer one was applied (same `updated`: read again)', async () => {
    const { jira, deps } = await built();
    await catchUpProject(deps, { projectKey: 'APP', settle: false });
    await freezeSearch(jira);
    // A save: the property changes, `updated` does not, and search lags behind.
    jira.issues.get('APP-2')!.issue.effort = 21;
    await noteProjectChanges(deps, 'APP', [{ issueId: fakeIssue('APP-2').id, change: 'upsert' }]);
    await catchUpProject(deps, { projectKey: 'APP', settle: false });
    expect(await effortOf(deps.store, 'APP', fakeIssue('APP-2').id)).toBe(21);
    expect(await catchUpProject(deps, { projectKey: 'APP', settle: true })).toMatchObject({ upserted: 0 });
    expect(await effortOf(deps.store, 'APP', fakeIssue('APP-2').id)).toBe(21);
  });

  it('a deleted issue that search still shows is not taken back', async () => {
    const { jira, deps } = await built();
    await catchUpProject(deps, { projectKey: 'APP', settle: false });
    await freezeSearch(jira);
    jira.issues.delete('APP-3');
    await noteIssueEvent(deps, { kind: 'issue', change: 'deleted', issueId: fakeIssue('APP-3').id, projectKey: 'APP' });
    await catchUpProject(deps, { projectKey: 'APP', settle: false });
    deps.clock.advance(1000);
    await catchUpProject(deps, { projectKey: 'APP', settle: true });
    expect(await effortOf(deps.store, 'APP', fakeIssue('APP-3').id)).toBeUndefined();
    expect(await issuesStored(deps.store, 'APP')).toBe(2);
  });

  it('a project with nothing stored stays cold: no search, its notes are dropped', async () => {
    const { jira, deps } = await built();
    jira.add({ issue: fakeIssue('COLD-1') });
    await noteProjectChanges(deps, 'COLD', [{ issueId: fakeIssue('COLD-1').id, change: 'delete' }]);
    const searches = jira.searches.length;
    expect(await catchUpProject(deps, { projectKey: 'COLD', settle: false })).toMatchObject({
      outcome: 'no-state',
      queued: 'none',
    });
    expect(jira.searches.length).toBe(searches);
    expect(await touchedOf(deps.store, 'COLD')).toEqual([]);
  });

  it('searches from the watermark less the lag and skew margins, as a relative JQL date', async () => {
    const { jira, deps } = await built();
    await catchUpProject(deps, { projectKey: 'APP', settle: false });
    deps.clock.advance(5 * 60_000);
    await catchUpProject(deps, { projectKey: 'APP', settle: true });
    // 5 min since the run, + 30 s lag + 60 s skew, rounded up to whole minutes.
    expect(jira.searches.at(-1)?.jql).toBe('project = "APP" AND updated >= "-7m" ORDER BY updated ASC');
  });
});
