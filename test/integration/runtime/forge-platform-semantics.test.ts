import { join } from 'node:path';
import { entityDefinitions, loadManifest, type AppManifest } from '../../../dev/forge-runtime/app-manifest';
import { createLocalForgeRuntime, type LocalForgeRuntime } from '../../../dev/forge-runtime/create-local-forge-runtime';
import { createEmulatorBackend } from '../../../dev/forge-runtime/emulator-backend';
import { InvocationError } from '../../../dev/forge-runtime/invoke';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import * as fixtureApp from '../../fixtures/runtime/app';
import { createFakeJiraEmulator } from '../../fixtures/runtime/fake-jira-emulator';

/**
 * The local runtime enforces what Forge enforces: invocation size and time
 * limits, no platform calls after an invocation ended, async events delivered
 * as @forge/events 3.x consumers receive them, triggers retried and concurrent,
 * issue-link events. Timeouts are shortened; nothing compares durations.
 */
const manifest = loadManifest(join(__dirname, '../../fixtures/runtime/manifest.yml'));
const users = [
  { accountId: 'acc-admin', displayName: 'Ada Admin', emailAddress: 'admin@example.com', apiToken: 'admin-token' },
];
const issues = [
  { id: '10001', key: 'PLAT-1', summary: 'slow one', projectKey: 'PLAT' },
  { id: '10002', key: 'PLAT-2', summary: 'slow two', projectKey: 'PLAT' },
  { id: '10003', key: 'PLAT-3', summary: 'flaky', projectKey: 'PLAT' },
];

describe('local runtime: Forge limits and delivery semantics', () => {
  let kvs: KvsEmulator;
  let runtime: LocalForgeRuntime;
  let jira: ReturnType<typeof createFakeJiraEmulator>;
  let logs: string[];

  const open = async (appManifest: AppManifest = manifest, eventsPerMinute?: number): Promise<void> => {
    logs = [];
    kvs = await openKvsEmulator({ entities: entityDefinitions(appManifest) });
    jira = createFakeJiraEmulator(users, issues);
    runtime = createLocalForgeRuntime({
      manifest: appManifest,
      appModule: fixtureApp,
      jira: createEmulatorBackend(jira),
      kvs,
      siteUrl: 'http://127.0.0.1:4300',
      log: (m) => logs.push(m),
      limits: { timeoutOverrideMs: { resolver: 150, trigger: 500, consumer: 100 } },
      triggerRetry: { baseDelayMs: 1, maxDelayMs: 2 },
      queue: {
        duplicateRate: 0,
        retry: { baseDelayMs: 1, maxDelayMs: 2 },
        msPerSecond: 1,
        ...(eventsPerMinute ? { eventsPerMinute } : {}),
      },
    });
    jira.onIssueEvent((e) => runtime.invoker.handleIssueEvent(e));
    fixtureApp.observed.triggers.length = 0;
    fixtureApp.observed.deliveries.length = 0;
    fixtureApp.observed.leftovers.length = 0;
    for (const key of Object.keys(fixtureApp.observed.maxActive)) delete fixtureApp.observed.maxActive[key];
  };
  const invoke = (functionKey: string, payload: Record<string, unknown> = {}) =>
    runtime.invoker.invokeResolver({
      functionKey,
      payload,
      context: { moduleKey: 'fixture-page', accountId: 'acc-admin' },
    });
  const stored = async (key: string) => ((await invoke('kvsGet', { key })) as { value: unknown }).value;

  afterEach(async () => {
    await runtime.idle();
    runtime.close();
    await kvs.close();
  });

  describe('invocations', () => {
    beforeEach(() => open());

    it('a request payload over 500 KB and an answer over 5 MB fail the invoke (413 / 502), as the bridge reports them', async () => {
      await expect(invoke('echoSize', { text: 'x'.repeat(499 * 1024) })).resolves.toEqual({
        chars: expect.any(Number),
      });
      await expect(invoke('echoSize', { text: 'x'.repeat(500 * 1024) })).rejects.toMatchObject({
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      });
      await expect(invoke('bigAnswer', { chars: 5 * 1024 * 1024 - 100 })).resolves.toBeDefined();
      await expect(invoke('bigAnswer', { chars: 5 * 1024 * 1024 })).rejects.toMatchObject({
        status: 502,
        code: 'RESPONSE_TOO_LARGE',
      });
    });

    it('after a handler returns, work it left running can no longer write to KVS, call Jira or push events', async () => {
      await expect(invoke('leaveWorkBehind')).resolves.toEqual({ returned: true });
      const outcomes = await Promise.all(fixtureApp.observed.leftovers);
      expect(outcomes).toHaveLength(3);
      for (const outcome of outcomes) expect(outcome).toMatch(/^refused: .*INVOCATION_ENDED|^refused: .*has ended/);
      await runtime.idle();
      expect(await stored('left-behind')).toBeNull();
      expect(fixtureApp.observed.deliveries).toEqual([]);
    });

    it('a resolver past its time limit fails with FUNCTION_TIME_OUT, and its late write is refused', async () => {
      const overrun = invoke('overrun', { ms: 400 });
      await expect(overrun).rejects.toBeInstanceOf(InvocationError);
      await expect(overrun).rejects.toMatchObject({ status: 504, code: 'FUNCTION_TIME_OUT' });
      const [late] = await Promise.all(fixtureApp.observed.leftovers);
      expect(late).toMatch(/^refused:/);
      expect(await stored('overrun-write')).toBeNull();
    });
  });

  describe('async events', () => {
    beforeEach(() => open());

    it('a function-form consumer gets the AsyncEvent; a throw or a timeout is retried with retryContext', async () => {
      const { jobId } = await runtime.queue.push('fixture-queue', [
        { body: { chunk: 1, failTimes: 1 } },
        { body: { chunk: 2, slowMs: 300 } },
      ]);
      await runtime.idle();
      const of = (chunk: number) =>
        fixtureApp.observed.deliveries.filter((d) => d.body['chunk'] === chunk).map((d) => d.retryContext ?? null);
      expect(of(1)).toEqual([null, { retryCount: 1, retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR' }]);
      expect(of(2)[0]).toBeNull();
      expect(of(2)[1]).toEqual({ retryCount: 1, retryReason: 'FUNCTION_TIME_OUT' });
      expect(runtime.queue.getJobStats(jobId)).toEqual({ success: 2, inProgress: 0, failed: 0 });
    });

    it('an InvocationError returned by the consumer asks for a retry with its reason and data', async () => {
      await runtime.queue.push('fixture-queue', { body: { chunk: 3, askRetry: true } });
      await runtime.idle();
      expect(fixtureApp.observed.deliveries.map((d) => d.retryContext ?? null)).toEqual([
        null,
        { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { resumeAt: 3 } },
      ]);
    });

    it('deliveries run in parallel unless the push sets a concurrency key', async () => {
      await runtime.queue.push(
        'fixture-queue',
        [1, 2, 3].map(() => ({ body: { slowMs: 30 } })),
      );
      await runtime.queue.push(
        'fixture-queue',
        [1, 2, 3].map(() => ({ body: { slowMs: 30, key: 'p' }, concurrency: { key: 'p', limit: 1 } })),
      );
      await runtime.idle();
      expect(fixtureApp.observed.maxActive['']).toBeGreaterThan(1);
      expect(fixtureApp.observed.maxActive['p']).toBe(1);
    });
  });

  it("over 500 events a minute, the app's Queue.push fails with @forge/events' RateLimitError (429)", async () => {
    await open(manifest, 3);
    await expect(invoke('queuePush', { chunks: [1, 2] })).resolves.toEqual({ jobId: expect.any(String) });
    await expect(invoke('queuePush', { chunks: [3, 4] })).rejects.toThrow('Too many requests.');
  });

  it('a consumer in the resolver form (@forge/events 1.x) is warned about and its events fail without retries', async () => {
    const legacy: AppManifest = {
      ...manifest,
      modules: {
        ...manifest.modules,
        consumer: [
          {
            key: 'fixture-consumer',
            queue: 'fixture-queue',
            resolver: { function: 'consumer-fn', method: 'process-chunk' },
          },
        ],
      },
    };
    await open(legacy);
    expect(logs.join('\n')).toMatch(/resolver form of @forge\/events 1\.x/);
    const { jobId } = await runtime.queue.push('fixture-queue', { body: { chunk: 1 } });
    await runtime.idle();
    expect(fixtureApp.observed.deliveries).toEqual([]);
    expect(runtime.queue.getJobStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });

  describe('triggers', () => {
    beforeEach(() => open());

    it('events for the same project run at the same time', async () => {
      jira.emit({ type: 'updated', issueId: '10001', issueKey: 'PLAT-1', projectKey: 'PLAT' });
      jira.emit({ type: 'updated', issueId: '10002', issueKey: 'PLAT-2', projectKey: 'PLAT' });
      await runtime.idle();
      expect(fixtureApp.observed.maxActive['trigger']).toBe(2);
    });

    it('a trigger that throws is delivered again with retryContext', async () => {
      jira.emit({ type: 'updated', issueId: '10003', issueKey: 'PLAT-3', projectKey: 'PLAT' });
      await runtime.idle();
      expect(fixtureApp.observed.triggers.filter((t) => t.key === 'PLAT-3').map((t) => t.retryContext ?? null)).toEqual(
        [null, { retryCount: 1, retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR' }],
      );
      expect(await stored('event-PLAT-3')).toMatchObject({ eventType: 'avi:jira:updated:issue' });
    });

    it("issue-link events reach subscribed triggers in Forge's issuelink payload", async () => {
      const issueLinkType = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };
      jira.emit({
        type: 'avi:jira:created:issuelink',
        issueId: '10001',
        issueKey: 'PLAT-1',
        projectKey: 'PLAT',
        atlassianId: 'acc-admin',
        link: { id: '20001', sourceIssueId: '10001', destinationIssueId: '10002', issueLinkType },
      });
      await runtime.idle();
      expect(await stored('link-20001')).toEqual({
        eventType: 'avi:jira:created:issuelink',
        source: '10001',
        destination: '10002',
        type: 'Blocks',
      });
    });
  });
});
