import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityDefinitions, loadManifest } from '../../../dev/forge-runtime/app-manifest';
import { createLocalForgeRuntime, type LocalForgeRuntime } from '../../../dev/forge-runtime/create-local-forge-runtime';
import { createEmulatorBackend } from '../../../dev/forge-runtime/emulator-backend';
import { InvocationError } from '../../../dev/forge-runtime/invoke';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import { publishToLocalQueue } from '../../../dev/forge-runtime/queue-publish-endpoint';
import * as fixtureApp from '../../fixtures/runtime/app';
import { createFakeJiraEmulator } from '../../fixtures/runtime/fake-jira-emulator';

const manifest = loadManifest(join(__dirname, '../../fixtures/runtime/manifest.yml'));
const users = [
  { accountId: 'acc-admin', displayName: 'Ada Admin', emailAddress: 'admin@example.com', apiToken: 'admin-token' },
  { accountId: 'acc-viewer', displayName: 'Vic Viewer', emailAddress: 'viewer@example.com', apiToken: 'viewer-token' },
];
const issues = [{ id: '10001', key: 'PLAT-1', summary: 'Faster checkout', projectKey: 'PLAT' }];

describe('local Forge runtime (unmodified @forge/api, @forge/resolver, @forge/kvs)', () => {
  let dataDir: string;
  let kvs: KvsEmulator;
  let runtime: LocalForgeRuntime;
  let jira: ReturnType<typeof createFakeJiraEmulator>;

  const open = async (): Promise<void> => {
    kvs = await openKvsEmulator({ dataDir, entities: entityDefinitions(manifest) });
    jira = createFakeJiraEmulator(users, issues);
    runtime = createLocalForgeRuntime({
      manifest,
      appModule: fixtureApp,
      jira: createEmulatorBackend(jira),
      kvs,
      siteUrl: 'http://127.0.0.1:4300',
    });
    jira.onIssueEvent((e) => runtime.invoker.handleIssueEvent(e));
  };
  const close = async (): Promise<void> => {
    await runtime.idle();
    runtime.close();
    await kvs.close();
  };
  const invoke = (functionKey: string, payload: Record<string, unknown> = {}, accountId = 'acc-admin') =>
    runtime.invoker.invokeResolver({
      functionKey,
      payload,
      context: { moduleKey: 'fixture-page', accountId, extension: { type: 'jira:projectPage' } },
    });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pm-runtime-'));
    await open();
  });
  afterEach(async () => {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('asUser() acts as the invoking user, and concurrent invocations do not mix users', async () => {
    const results = await Promise.all([
      invoke('whoAmI', { delayMs: 40 }, 'acc-admin'),
      invoke('whoAmI', { delayMs: 5 }, 'acc-viewer'),
      invoke('whoAmI', { delayMs: 20 }, 'acc-admin'),
      invoke('whoAmI', { delayMs: 0 }, 'acc-viewer'),
    ]);
    expect(results).toEqual([
      { contextAccountId: 'acc-admin', jiraAccountId: 'acc-admin', moduleKey: 'fixture-page' },
      { contextAccountId: 'acc-viewer', jiraAccountId: 'acc-viewer', moduleKey: 'fixture-page' },
      { contextAccountId: 'acc-admin', jiraAccountId: 'acc-admin', moduleKey: 'fixture-page' },
      { contextAccountId: 'acc-viewer', jiraAccountId: 'acc-viewer', moduleKey: 'fixture-page' },
    ]);
  });

  it('asApp() acts as the app', async () => {
    await expect(invoke('asAppMyself')).resolves.toEqual({
      status: 200,
      body: { accountId: 'app-user', accountType: 'app' },
    });
  });

  it('a throwing resolver rejects with its message; an unknown module is refused', async () => {
    await expect(invoke('fail')).rejects.toThrow('The fixture resolver failed on purpose.');
    await expect(
      runtime.invoker.invokeResolver({
        functionKey: 'whoAmI',
        context: { moduleKey: 'no-such-module', accountId: 'acc-admin' },
      }),
    ).rejects.toBeInstanceOf(InvocationError);
  });

  it('kvs get/set/query with beginsWith, limit and cursor; a missing key is undefined', async () => {
    for (const key of ['cfg:b', 'cfg:a', 'cfg:c', 'other:z']) await invoke('kvsSet', { key, value: { key } });
    await expect(invoke('kvsGet', { key: 'cfg:a' })).resolves.toEqual({ value: { key: 'cfg:a' } });
    await expect(invoke('kvsGet', { key: 'missing' })).resolves.toEqual({ value: null });
    const first = (await invoke('kvsQuery', { prefix: 'cfg:', limit: 2 })) as {
      results: { key: string }[];
      nextCursor?: string;
    };
    expect(first.results.map((r) => r.key)).toEqual(['cfg:a', 'cfg:b']);
    expect(typeof first.nextCursor).toBe('string');
    const second = (await invoke('kvsQuery', { prefix: 'cfg:', limit: 2, cursor: first.nextCursor })) as {
      results: { key: string }[];
      nextCursor?: string;
    };
    expect(second.results.map((r) => r.key)).toEqual(['cfg:c']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('custom entities: set/get/delete and index queries with partition, range, sort and filters', async () => {
    await expect(invoke('entityDemo')).resolves.toEqual({
      inA: ['t2', 't4', 't1'],
      openInA: ['t4', 't1'],
      rankAtLeast2: ['t1', 't4', 't3'],
      one: { project: 'A', rank: 1, title: 'first', done: true },
      afterDelete: null,
    });
  });

  it('transactions apply all or nothing, with conditions', async () => {
    const result = (await invoke('transactionDemo')) as Record<string, unknown>;
    expect(result['x1']).toEqual({ project: 'T', rank: 1, title: 'x', done: true });
    expect(result['plain']).toBe('plain value');
    expect(result['plain2']).toBeNull();
    expect(result['secondError']).toEqual(expect.objectContaining({ code: 'TRANSACTION_CONDITION_FAILED' }));
  });

  it.each([
    ['longKey', 'KEY_TOO_LONG'],
    ['bigValue', 'MAX_SIZE'],
    ['manyOps', 'TOO_MANY_TRANSACTION_OPERATIONS'],
    ['badKey', 'INVALID_KEY'],
    ['undeclaredAttribute', 'INVALID_ENTITY_VALUE'],
  ])('limit %s answers Forge error %s', async (which, code) => {
    await expect(invoke('limits', { which })).resolves.toEqual({ code, message: expect.any(String) });
  });

  it('batch set / get / delete answer per item: a bad item is reported failed, the others still apply', async () => {
    const post = async (path: string, body: unknown) =>
      (await kvs.fetch(path, { method: 'POST', body: JSON.stringify(body) })).json();
    const set = await post('/api/v1/batch/set', [
      { key: 'b1', value: 1 },
      { key: 'no/slashes', value: 2 },
      { key: 't9', value: { project: 'A', rank: 9, title: 'nine', done: false }, entityName: 'task' },
    ]);
    expect(set).toEqual({
      successfulKeys: [{ key: 'b1' }, { key: 't9', entityName: 'task' }],
      failedKeys: [{ key: 'no/slashes', error: { code: 'INVALID_KEY', message: expect.any(String) } }],
    });
    const got = (await post('/api/v1/batch/get', [
      { key: 'b1' },
      { key: 'missing' },
      { key: 't9', entityName: 'task' },
    ])) as {
      successfulKeys: { key: string; value: unknown; entityName?: string }[];
      failedKeys: { key: string; error: { code: string } }[];
    };
    expect(got.successfulKeys.map((k) => [k.key, k.value, k.entityName])).toEqual([
      ['b1', 1, undefined],
      ['t9', { project: 'A', rank: 9, title: 'nine', done: false }, 'task'],
    ]);
    expect(got.failedKeys).toEqual([{ key: 'missing', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } }]);
    const deleted = await post('/api/v1/batch/delete', [{ key: 'b1' }, { key: '' }]);
    expect(deleted).toMatchObject({
      successfulKeys: [{ key: 'b1' }],
      failedKeys: [{ key: '', error: { code: expect.any(String) } }],
    });
    await expect(invoke('kvsGet', { key: 'b1' })).resolves.toEqual({ value: null });
  });

  it('kvs state persists across a reopen', async () => {
    await invoke('kvsSet', { key: 'survives', value: [1, 2, 3] });
    await invoke('entityDemo');
    await close();
    await open();
    expect(kvs.startedEmpty).toBe(false);
    await expect(invoke('kvsGet', { key: 'survives' })).resolves.toEqual({ value: [1, 2, 3] });
  });

  it('issue events fire the trigger with Forge payloads; property changes do not', async () => {
    jira.emit({ type: 'created', issueId: '10001', issueKey: 'PLAT-1', projectKey: 'PLAT', atlassianId: 'acc-admin' });
    jira.emit({
      type: 'updated',
      issueId: '10002',
      issueKey: 'PLAT-2',
      projectKey: 'PLAT',
      changedPropertyKey: 'pm-workflow.requirement',
    });
    await runtime.idle();
    await expect(invoke('kvsGet', { key: 'event-PLAT-1' })).resolves.toEqual({
      value: { eventType: 'avi:jira:created:issue', summary: 'Faster checkout', atlassianId: 'acc-admin' },
    });
    await expect(invoke('kvsGet', { key: 'event-PLAT-2' })).resolves.toEqual({ value: null });
  });

  it('runs scheduled triggers and delivers async events to the consumer', async () => {
    await expect(runtime.invoker.runScheduledTrigger('fixture-nightly')).resolves.toEqual({ ran: 'fixture-nightly' });
    const { jobId } = await runtime.queue.push('fixture-queue', [{ body: { chunk: 1 } }, { body: { chunk: 2 } }]);
    await runtime.idle();
    expect(runtime.queue.getJobStats(jobId)).toEqual({ success: 2, inProgress: 0, failed: 0 });
    await expect(invoke('kvsGet', { key: 'chunk-2' })).resolves.toEqual({ value: { jobId } });
  });

  it('@forge/events Queue.push from the app reaches the consumer, with the job id it returned', async () => {
    const { jobId } = (await invoke('queuePush', { chunks: [7, 8] })) as { jobId: string };
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    await runtime.idle();
    expect(runtime.queue.getJobStats(jobId)).toEqual({ success: 2, inProgress: 0, failed: 0 });
    await expect(invoke('kvsGet', { key: 'chunk-8' })).resolves.toEqual({ value: { jobId } });
  });

  it('the publish endpoint refuses what is not a queue push, and answers 503 without a queue', async () => {
    const bad = await publishToLocalQueue(runtime.queue, {
      method: 'POST',
      body: JSON.stringify({ queueName: 'fixture-queue' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/Not a queue push/);
    const none = await publishToLocalQueue(undefined, { method: 'POST', body: '{}' });
    expect(none.status).toBe(503);
  });

  it("a push over Forge's limits is refused by @forge/events itself, before the runtime", async () => {
    await expect(invoke('queuePush', { chunks: Array.from({ length: 51 }, (_, i) => i) })).rejects.toThrow(/50/);
  });
});
