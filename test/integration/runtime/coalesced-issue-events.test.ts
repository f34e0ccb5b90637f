import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../../dev/dataset/load-dataset';
import { generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { ADMIN } from '../../../dev/demo-data/users';
import { entityDefinitions, parseManifest } from '../../../dev/forge-runtime/app-manifest';
import { createLocalForgeRuntime, type LocalForgeRuntime } from '../../../dev/forge-runtime/create-local-forge-runtime';
import { createEmulatorBackend } from '../../../dev/forge-runtime/emulator-backend';
import type { JiraActor, JiraBackend } from '../../../dev/forge-runtime/jira-backend';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import type { PushEvent } from '../../../dev/forge-runtime/queue';
import { entityPropertiesFromManifest, openJiraEmulator, type JiraEmulator } from '../../../dev/emulator';
import { KvsStore } from '../../../src/adapters/kvs-store';
import { loadConfig } from '../../../src/app/config/config-repository';
import {
  CATCH_UP_DELAY_SECONDS,
  SEARCH_LAG_BOUND_SECONDS,
  touchedPrefix,
} from '../../../src/app/project-events/catch-up-records';
import { readStoredState } from '../../../src/app/project-state/read-stored-state';
import type { AppDeps } from '../../../src/app/shared/app-deps';
import { readProjectIssues } from '../../../src/app/shared/read-all-issues';
import { buildProjectState } from '../../../src/domain/project-state/build-project-state';
import * as app from '../../../src/index';
import { checkAsApp } from '../../fixtures/runtime/check-as-app';

/**
 * Issue events coalesced per project (issue 9's burst), through the real
 * entry points under the local Forge runtime with Forge's limits on (500
 * queue events a minute, KVS units and requests, search lag, duplicates):
 * a bulk edit of 2,000 events converges to exactly a full recompute with no
 * refusal and a handful of queue pushes; a change made while a run reads is
 * not lost; deletes and links are taken in.
 *
 * Time is one injected clock shared by the emulator (issue `updated`, search
 * lag, rate limit), the KVS quota and TTLs, the queue (its per-minute window
 * and `delayInSeconds`) and the app: virtual time running SPEED times faster
 * than real time, so a minute of burst takes three seconds. Nothing asserts
 * on how long anything took.
 */
const SPEED = 20;
const NOW = new Date('2026-11-01T09:00:00Z');
/** Below the app's assumed bound (SEARCH_LAG_BOUND_SECONDS): the emulator's search shows writes this late. */
const SEARCH_LAG_MS = 20_000;
const BURST_EVENTS = 2000;
const BURST_VIRTUAL_MS = 60_000;
const PROJECT = 'CHK';
const POINTS_FIELD = 'customfield_10016';
const ROOT = join(__dirname, '../../..');

const startedReal = performance.now();
const virtualNow = (): number => NOW.getTime() + (performance.now() - startedReal) * SPEED;
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Waits until the virtual clock reaches `at`. */
const untilVirtual = async (at: number): Promise<void> => {
  const ahead = at - virtualNow();
  if (ahead > 0) await realSleep(ahead / SPEED);
};

/** JSON with sorted object keys: two roll-ups built in different orders compare equal when their data is. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Map)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v instanceof Map
        ? Object.fromEntries([...(v as Map<string, unknown>)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
  );
}

describe('coalesced issue events: a burst on one project converges to a full recompute within Forge limits', () => {
  let emulator: JiraEmulator;
  let kvs: KvsEmulator;
  let runtime: LocalForgeRuntime;
  const runtimeLog: string[] = [];
  const appErrors: string[] = [];
  const pushed: PushEvent[] = [];
  /** Called before each Jira request the app makes (e.g. to edit an issue while a run reads). */
  let onJiraRequest: ((path: string, init: RequestInit | undefined, as: JiraActor) => Promise<void>) | undefined;

  const jiraAs = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('authorization', emulator.authorizationFor(ADMIN.accountId));
    headers.set('content-type', 'application/json');
    headers.set('accept', 'application/json');
    return emulator.handle(new Request(`http://127.0.0.1${path}`, { ...init, headers }));
  };
  /** Up to `max` issues of a JQL search, every page (the admin's view; search lag applies). */
  const search = async (jql: string, max = Infinity): Promise<{ id: string; key: string }[]> => {
    const out: { id: string; key: string }[] = [];
    let nextPageToken: string | undefined;
    do {
      const body = {
        jql,
        fields: ['summary'],
        maxResults: Math.min(100, max - out.length),
        ...(nextPageToken ? { nextPageToken } : {}),
      };
      const page = (await (
        await jiraAs('/rest/api/3/search/jql', { method: 'POST', body: JSON.stringify(body) })
      ).json()) as { issues: { id: string; key: string }[]; nextPageToken?: string };
      out.push(...page.issues.map(({ id, key }) => ({ id, key })));
      nextPageToken = page.nextPageToken;
    } while (nextPageToken && out.length < max);
    return out;
  };
  const setPoints = async (key: string, points: number): Promise<number> =>
    (
      await jiraAs(`/rest/api/3/issue/${key}`, {
        method: 'PUT',
        body: JSON.stringify({ fields: { [POINTS_FIELD]: points } }),
      })
    ).status;
  /** Runs `fn` with the app's adapters inside an invocation (as the bench's checks do). */
  const asApp = <T>(fn: (deps: AppDeps) => Promise<T>): Promise<T> => checkAsApp(runtime, fn);
  const catchUpPushes = () => pushed.filter((e) => e.body['type'] === 'project-catch-up');

  /** The project's stored state (its sharded records) against a full recompute from Jira as it is now. */
  const storedVsFull = () =>
    asApp(async (deps) => {
      const store = new KvsStore();
      const read0 = await readStoredState(store, PROJECT);
      if (!read0) throw new Error('no stored state');
      const { meta, state } = read0;
      const read = await readProjectIssues(deps.jira, PROJECT, 'app');
      expect(read.complete).toBe(true);
      const issues = read.issues.map((r) => r.issue);
      const { config } = await loadConfig(deps.store);
      const now = deps.clock.now();
      const full = buildProjectState(issues, config, now, meta.shardCount);
      const stored = {
        configFingerprint: state.configFingerprint,
        bucketCount: state.bucketCount,
        top: state.top,
        shards: state.shards,
        buckets: state.buckets,
        tree: state.tree,
      };
      const expected = {
        configFingerprint: full.configFingerprint,
        bucketCount: full.bucketCount,
        top: full.top,
        shards: full.shards,
        buckets: full.buckets,
        tree: full.tree,
      };
      const effortById = new Map(stored.shards.flatMap((s) => s.facts.map((f) => [f.id, f.effort] as const)));
      return {
        state: { stored: canonical(stored), full: canonical(expected) },
        effortById,
        issueIds: new Set(issues.map((i) => i.id)),
        storedIssues: meta.issues,
      };
    });
  const expectConverged = async () => {
    const check = await storedVsFull();
    expect(check.storedIssues).toBe(check.issueIds.size);
    // Compared as text: a difference prints as one long line, not 10,000 lines of diff.
    expect(check.state.stored === check.state.full).toBe(true);
    return check;
  };
  const expectNoRefusals = (kvsBefore: ReturnType<KvsEmulator['usage']>) => {
    expect(kvs.usage().rateLimited - kvsBefore.rateLimited).toBe(0);
    expect(runtimeLog.filter((m) => /fail|429|rate limit|refus/i.test(m))).toEqual([]);
    expect(appErrors).toEqual([]);
  };

  beforeAll(async () => {
    const manifestText = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
    const manifest = parseManifest(manifestText);
    emulator = await openJiraEmulator({
      dataset: parseDataset(generateDemoDataset({ seed: 7, issues: 3000, now: NOW })),
      entityProperties: entityPropertiesFromManifest(manifestText),
      now: () => new Date(virtualNow()),
      searchLagMs: SEARCH_LAG_MS,
    });
    kvs = await openKvsEmulator({ entities: entityDefinitions(manifest), now: virtualNow });
    const backend = createEmulatorBackend(emulator);
    const jira: JiraBackend = {
      label: backend.label,
      fetch: async (path, init, as) => {
        await onJiraRequest?.(path, init, as);
        return backend.fetch(path, init, as);
      },
    };
    runtime = createLocalForgeRuntime({
      manifest,
      appModule: app as unknown as Record<string, unknown>,
      jira,
      kvs,
      siteUrl: 'http://127.0.0.1:4300',
      log: (m) => void runtimeLog.push(m),
      // At least once (duplicates on), Forge's 500 events a minute and 50 a push, on virtual time.
      queue: { now: virtualNow, msPerSecond: 1000 / SPEED, seed: 9 },
      triggerRetry: { baseDelayMs: 50, maxDelayMs: 200 },
    });
    const queue = runtime.queue;
    runtime.globals.services.asyncEvents = {
      ...queue,
      push: (queueName, events, jobId) => {
        pushed.push(...(Array.isArray(events) ? events : [events]));
        return queue.push(queueName, events, jobId);
      },
    };
    emulator.onIssueEvent((e) => runtime.invoker.handleIssueEvent(e));
    app.setRuntimeOverrides({
      clock: { now: () => new Date(virtualNow()), sleep: (ms) => realSleep(ms / SPEED) },
      logger: {
        info: () => undefined,
        warn: () => undefined,
        error: (message, error) =>
          void appErrors.push(`${message}: ${error instanceof Error ? error.stack : String(error)}`),
      },
    });

    // A full build of every project (the dashboard's cold start does the same through the queue).
    const started = (await runtime.invoker.invokeResolver({
      functionKey: 'startRollup',
      payload: {},
      context: { moduleKey: 'pm-portfolio', accountId: ADMIN.accountId, extension: { type: 'jira:globalPage' } },
    })) as { ok: boolean };
    expect(started.ok).toBe(true);
    await runtime.idle();
    await expectConverged();
  });

  afterAll(async () => {
    await runtime.idle();
    runtime.close();
    app.setRuntimeOverrides({});
    await kvs.close();
    await emulator.close();
  });

  beforeEach(() => {
    pushed.length = 0;
    runtimeLog.length = 0;
    appErrors.length = 0;
  });

  it(`${BURST_EVENTS} story-point edits in one minute: a handful of queue pushes, no KVS or queue refusal, and the stored state equals a full recompute with every last value`, async () => {
    const stories = await search(`project = ${PROJECT} AND issuetype = Story ORDER BY key ASC`);
    expect(stories.length).toBeGreaterThan(200);
    const kvsBefore = kvs.usage();
    const finalPoints = new Map<string, number>();
    const burstStart = virtualNow();
    // Evenly spread over the minute; every story is edited several times, and the last value must win.
    const statuses = await Promise.all(
      Array.from({ length: BURST_EVENTS }, async (_, i) => {
        await untilVirtual(burstStart + (i * BURST_VIRTUAL_MS) / BURST_EVENTS);
        const story = stories[i % stories.length]!;
        const points = 1 + ((i * 7) % 40);
        const status = await setPoints(story.key, points);
        finalPoints.set(story.id, points);
        return status;
      }),
    );
    expect(statuses.every((s) => s === 204)).toBe(true);
    await runtime.idle();
    const burstVirtualSeconds = (virtualNow() - burstStart) / 1000;

    // Every event asked about the pending marker once, half with a read and half with a set-if-absent.
    const used = {
      reads: kvs.usage().readUnits - kvsBefore.readUnits,
      writes: kvs.usage().writeUnits - kvsBefore.writeUnits,
    };
    expect(used.reads).toBeGreaterThanOrEqual(BURST_EVENTS / 2 - 100);
    expect(used.writes).toBeGreaterThanOrEqual(BURST_EVENTS / 2 - 100);
    // One run per coalescing window (and one settle run per quiet spell): far from one per event.
    const runs = catchUpPushes();
    expect(runs.length).toBeLessThanOrEqual(2 * (Math.ceil(burstVirtualSeconds / CATCH_UP_DELAY_SECONDS) + 2));
    expect(runs.length).toBeLessThan(BURST_EVENTS / 40);
    expect(runs.every((e) => e.concurrency?.key === `rollup-${PROJECT}` && e.concurrency.limit === 1)).toBe(true);
    expect(
      runs.filter((e) => e.body['settle'] === true).every((e) => e.delayInSeconds === SEARCH_LAG_BOUND_SECONDS),
    ).toBe(true);
    expect(
      runs.filter((e) => e.body['settle'] === false).every((e) => e.delayInSeconds === CATCH_UP_DELAY_SECONDS),
    ).toBe(true);
    expectNoRefusals(kvsBefore);

    const check = await expectConverged();
    const lost = [...finalPoints].filter(([id, points]) => check.effortById.get(id) !== points);
    expect(lost).toEqual([]);
    // A loaded machine stretches the virtual minute (nothing here depends on how long it takes).
  }, 180_000);

  it('an edit made while a catch-up run reads Jira is not lost (its event queues the next run; search lag hides it from this one)', async () => {
    const [first, second] = await search(`project = ${PROJECT} AND issuetype = Story ORDER BY key DESC`, 2);
    const kvsBefore = kvs.usage();
    let editedDuringRun = false;
    onJiraRequest = async (path, init, as) => {
      if (
        editedDuringRun ||
        as.kind !== 'app' ||
        !path.includes('/search/jql') ||
        !String(init?.body ?? '').includes('updated >=')
      )
        return;
      editedDuringRun = true;
      expect(await setPoints(second!.key, 97)).toBe(204);
    };
    try {
      expect(await setPoints(first!.key, 96)).toBe(204);
      await runtime.idle();
    } finally {
      onJiraRequest = undefined;
    }
    expect(editedDuringRun).toBe(true);
    const check = await expectConverged();
    expect([check.effortById.get(first!.id), check.effortById.get(second!.id)]).toEqual([96, 97]);
    expectNoRefusals(kvsBefore);
  });

  it('deleted issues (a story with its sub-tasks, an epic whose children stay) and a new link are taken in; no touched record is left', async () => {
    const [subtask] = await search(`project = ${PROJECT} AND issuetype = Sub-task ORDER BY key ASC`, 1);
    const withSubtasks = (
      (await (await jiraAs(`/rest/api/3/issue/${subtask!.key}?fields=parent`)).json()) as {
        fields: { parent?: { id: string; key: string } };
      }
    ).fields.parent;
    expect(withSubtasks).toBeDefined();
    const [epic] = await search(`project = ${PROJECT} AND issuetype = Epic ORDER BY key ASC`, 1);
    const [a, b] = await search(`project = ${PROJECT} AND issuetype = Story ORDER BY key ASC`, 2);
    const kvsBefore = kvs.usage();
    const gone = [withSubtasks!, subtask!, epic!];
    for (const issue of [withSubtasks!, epic!])
      expect((await jiraAs(`/rest/api/3/issue/${issue.key}?deleteSubtasks=true`, { method: 'DELETE' })).status).toBe(
        204,
      );
    const linked = await jiraAs('/rest/api/3/issueLink', {
      method: 'POST',
      body: JSON.stringify({ type: { name: 'Blocks' }, inwardIssue: { key: a!.key }, outwardIssue: { key: b!.key } }),
    });
    expect(linked.status).toBe(201);
    await runtime.idle();

    const check = await expectConverged();
    for (const issue of gone) expect(check.effortById.has(issue.id)).toBe(false);
    expect((await asApp(() => new KvsStore().queryByPrefix(touchedPrefix(PROJECT)))).entries).toEqual([]);
    expectNoRefusals(kvsBefore);
  });

  it('an updated-issue event whose changelog shows a move (key OLD-n -> NEW-m) notes the old project too, which must drop the issue', async () => {
    const [issue] = await search('project = MOB ORDER BY key ASC', 1);
    const kvsBefore = kvs.usage();
    await runtime.invoker.fireTrigger({
      eventType: 'avi:jira:updated:issue',
      issue: { id: issue!.id, key: issue!.key, fields: { project: { key: 'MOB' } } },
      changelog: {
        items: [
          {
            field: 'Key',
            fieldtype: 'jira',
            fieldId: 'issuekey',
            from: null,
            fromString: `${PROJECT}-9999`,
            to: null,
            toString: issue!.key,
          },
        ],
      },
    });
    expect(
      catchUpPushes()
        .map((e) => e.body['projectKey'])
        .sort(),
    ).toEqual([PROJECT, 'MOB']);
    await runtime.idle();
    await expectConverged();
    expect((await asApp(() => new KvsStore().queryByPrefix(touchedPrefix(PROJECT)))).entries).toEqual([]);
    expectNoRefusals(kvsBefore);
  });
});
