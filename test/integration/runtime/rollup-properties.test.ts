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
import { loadConfig } from '../../../src/app/config/config-repository';
import { readStoredState } from '../../../src/app/project-state/read-stored-state';
import { readStateMeta } from '../../../src/app/project-state/state-records-store';
import type { AppDeps } from '../../../src/app/shared/app-deps';
import { readProjectIssues } from '../../../src/app/shared/read-all-issues';
import { siteTimeZone } from '../../../src/app/shared/site-time-zone';
import { ROLLUP_PROPERTY_KEY } from '../../../src/contract/rollup-property';
import type { IssueFacts } from '../../../src/domain/project-state/issue-facts';
import { buildProjectState } from '../../../src/domain/project-state/build-project-state';
import { projectRollupValues } from '../../../src/domain/rollup-property/project-rollup-values';
import { makeRollupContext } from '../../../src/domain/rollup/rollup-context';
import * as app from '../../../src/index';
import { checkAsApp } from '../../fixtures/runtime/check-as-app';

/**
 * Roll-ups as Jira data, through the real entry points under the local Forge
 * runtime (queue, KVS and Jira emulators with Forge's and Jira's limits, a
 * search lag): after the cold roll-up every parent carries its rolled-up
 * values in `pm-workflow.rollup`, equal to a full recompute from Jira, and
 * native JQL finds and sorts by them; after one issue change only the
 * ancestors whose values changed are written (one bulk call); a bulk edit
 * converges with a handful of bulk calls. Virtual time SPEED times real time;
 * nothing asserts on how long anything took.
 */
const SPEED = 20;
const NOW = new Date('2026-11-01T09:00:00Z');
const PROJECT = 'CHK';
const POINTS_FIELD = 'customfield_10016';
const ROOT = join(__dirname, '../../..');
const startedReal = performance.now();
const virtualNow = (): number => NOW.getTime() + (performance.now() - startedReal) * SPEED;
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Found {
  id: string;
  key: string;
  properties?: Record<string, unknown>;
}

describe('roll-up properties: parents carry their rolled-up values, searchable with JQL', () => {
  let emulator: JiraEmulator;
  let kvs: KvsEmulator;
  let runtime: LocalForgeRuntime;
  const appErrors: string[] = [];
  /** The issue ids of every bulk property call the app made, one list per call. */
  const bulkCalls: string[][] = [];
  /** The facts of the last full recompute (expectedValues). */
  let lastFullFacts: IssueFacts[] = [];

  const jiraAs = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('authorization', emulator.authorizationFor(ADMIN.accountId));
    headers.set('content-type', 'application/json');
    return emulator.handle(new Request(`http://127.0.0.1${path}`, { ...init, headers }));
  };
  const search = async (jql: string): Promise<Found[]> => {
    const out: Found[] = [];
    let nextPageToken: string | undefined;
    do {
      const body = {
        jql,
        fields: ['summary'],
        properties: [ROLLUP_PROPERTY_KEY],
        maxResults: 100,
        ...(nextPageToken ? { nextPageToken } : {}),
      };
      const page = (await (
        await jiraAs('/rest/api/3/search/jql', { method: 'POST', body: JSON.stringify(body) })
      ).json()) as {
        issues: Found[];
        nextPageToken?: string;
      };
      out.push(...page.issues);
      nextPageToken = page.nextPageToken;
    } while (nextPageToken);
    return out;
  };
  const asApp = <T>(fn: (deps: AppDeps) => Promise<T>): Promise<T> => checkAsApp(runtime, fn);
  /**
   * What every parent's property should hold: a full recompute from Jira as it is now, for the
   * instant the stored state was computed for (virtual time runs 20x: on a loaded machine the
   * recompute comes minutes later, and a score may turn stale in between).
   */
  const expectedValues = () =>
    asApp(async (deps) => {
      const read = await readProjectIssues(deps.jira, PROJECT, 'app');
      expect(read.complete).toBe(true);
      const { config } = await loadConfig(deps.store);
      const meta = await readStateMeta(deps.store, PROJECT);
      const at = meta ? new Date(meta.updatedAt) : deps.clock.now();
      const ctx = makeRollupContext(config, at, await siteTimeZone(deps));
      const built = buildProjectState(
        read.issues.map((r) => r.issue),
        config,
        at,
      );
      lastFullFacts = built.shards.flatMap((s) => s.facts);
      return projectRollupValues(lastFullFacts, ctx);
    });
  /** Every issue's stored property, read consistently (issue by issue, no search lag). */
  const storedValues = async (ids: Iterable<string>) => {
    const out = new Map<string, unknown>();
    for (const id of ids) {
      const res = await jiraAs(`/rest/api/3/issue/${id}/properties/${ROLLUP_PROPERTY_KEY}`);
      if (res.status === 200) out.set(id, ((await res.json()) as { value: unknown }).value);
    }
    return out;
  };
  const expectConverged = async () => {
    const expected = await expectedValues();
    expect(expected.size).toBeGreaterThan(20);
    // The stored state the write-back read is Jira's as it is now (else a difference below is the state's, not the write-back's).
    const storedFacts = await asApp(async (deps) =>
      (await readStoredState(deps.store, PROJECT))?.state.shards.flatMap((x) => x.facts),
    );
    const byId = (facts: IssueFacts[] | undefined) =>
      JSON.stringify([...(facts ?? [])].sort((a, b) => Number(a.id) - Number(b.id)));
    expect(byId(storedFacts)).toBe(byId(lastFullFacts));
    const stored = await storedValues(expected.keys());
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(expected));
    return expected;
  };
  const setPoints = async (key: string, points: number) =>
    (
      await jiraAs(`/rest/api/3/issue/${key}`, {
        method: 'PUT',
        body: JSON.stringify({ fields: { [POINTS_FIELD]: points } }),
      })
    ).status;

  beforeAll(async () => {
    const manifestText = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');
    const manifest = parseManifest(manifestText);
    emulator = await openJiraEmulator({
      dataset: parseDataset(generateDemoDataset({ seed: 11, issues: 800, now: NOW })),
      entityProperties: entityPropertiesFromManifest(manifestText),
      now: () => new Date(virtualNow()),
      searchLagMs: 5_000,
    });
    kvs = await openKvsEmulator({ entities: entityDefinitions(manifest), now: virtualNow });
    const backend = createEmulatorBackend(emulator);
    const jira: JiraBackend = {
      label: backend.label,
      fetch: async (path, init, as) => {
        if (path.includes('/issue/properties/multi')) {
          expect(as.kind).toBe('app');
          const body = JSON.parse(String(init?.body)) as { issues: { issueID: number }[] };
          bulkCalls.push(body.issues.map((i) => String(i.issueID)));
        }
        return backend.fetch(path, init, as);
      },
    };
    runtime = createLocalForgeRuntime({
      manifest,
      appModule: app as unknown as Record<string, unknown>,
      jira,
      kvs,
      siteUrl: 'http://127.0.0.1:4300',
      log: () => undefined,
      queue: { now: virtualNow, msPerSecond: 1000 / SPEED, seed: 3 },
      triggerRetry: { baseDelayMs: 50, maxDelayMs: 200 },
    });
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
    const started = (await runtime.invoker.invokeResolver({
      functionKey: 'startRollup',
      payload: {},
      context: { moduleKey: 'pm-portfolio', accountId: ADMIN.accountId, extension: { type: 'jira:globalPage' } },
    })) as { ok: boolean };
    expect(started.ok).toBe(true);
    await runtime.idle();
  }, 120_000);

  afterAll(async () => {
    await runtime.idle();
    runtime.close();
    app.setRuntimeOverrides({});
    await kvs.close();
    await emulator.close();
  });

  it('after the cold roll-up every parent carries its values, equal to a full recompute, in a few bulk calls', async () => {
    const expected = await expectConverged();
    const written = bulkCalls.flat().filter((id) => expected.has(id));
    expect(new Set(written).size).toBe(expected.size);
    // 100 issues a call: far fewer calls than parents.
    expect(bulkCalls.length).toBeLessThan(expected.size / 10);
    expect(appErrors).toEqual([]);
  });

  it('native JQL: epics under 50 % done, ordered by their highest child score', async () => {
    await realSleep(10_000 / SPEED); // the search lag (5 s virtual) has passed
    const expected = await expectedValues();
    const found = await search(
      `project = ${PROJECT} AND issuetype = Epic AND pmRollupProgress < 50 ORDER BY pmRollupScore DESC`,
    );
    expect(found.length).toBeGreaterThan(0);
    for (const issue of found)
      expect((issue.properties?.[ROLLUP_PROPERTY_KEY] as { progress: number }).progress).toBeLessThan(50);
    const scores = found
      .map((i) => (i.properties?.[ROLLUP_PROPERTY_KEY] as { score?: number }).score)
      .filter((s) => s !== undefined);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const epicsUnderHalf = [...expected]
      .filter(([, v]) => v.progress !== undefined && v.progress < 50)
      .map(([id]) => id);
    expect(found.every((i) => epicsUnderHalf.includes(i.id))).toBe(true);
    const offTrack = await search(`project = ${PROJECT} AND pmRollupKpiStatus = "off-track"`);
    expect(offTrack.map((i) => i.id).sort()).toEqual(
      [...expected]
        .filter(([, v]) => v.kpiStatus === 'off-track')
        .map(([id]) => id)
        .sort(),
    );
  });

  it('every JQL example in the README runs against the local Jira and finds what the values say', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/^- `([^`]*pmRollup[^`]*)`/gm)].map((m) => m[1] as string);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const jql of examples) {
      const res = await jiraAs('/rest/api/3/search/jql', {
        method: 'POST',
        body: JSON.stringify({ jql, maxResults: 1 }),
      });
      expect([jql, res.status]).toEqual([jql, 200]);
    }
  });

  it('one story changes: only its ancestors whose values changed are written, in one bulk call', async () => {
    const before = await expectedValues();
    const stories = await search(`project = ${PROJECT} AND issuetype = Story ORDER BY key ASC`);
    // A story whose new estimate moves its epic's effort progress.
    let changed: string[] = [];
    for (const story of stories.slice(0, 20)) {
      bulkCalls.length = 0;
      expect(await setPoints(story.key, 13 + stories.indexOf(story))).toBe(204);
      await runtime.idle();
      const after = await expectedValues();
      changed = [...after].filter(([id, v]) => JSON.stringify(before.get(id)) !== JSON.stringify(v)).map(([id]) => id);
      for (const [id, v] of after) before.set(id, v);
      if (changed.length > 0) break;
    }
    expect(changed.length).toBeGreaterThan(0);
    expect(bulkCalls).toHaveLength(1);
    expect(bulkCalls[0]!.sort()).toEqual(changed.sort());
    await expectConverged();
    expect(appErrors).toEqual([]);
  }, 120_000);

  it('a bulk edit of 150 stories converges with a few bulk calls', async () => {
    const stories = await search(`project = ${PROJECT} AND issuetype = Story ORDER BY key ASC`);
    bulkCalls.length = 0;
    const statuses = await Promise.all(stories.slice(0, 150).map((s, i) => setPoints(s.key, 1 + (i % 8))));
    expect(statuses.every((s) => s === 204)).toBe(true);
    await runtime.idle();
    await expectConverged();
    expect(bulkCalls.length).toBeLessThanOrEqual(6);
    expect(appErrors).toEqual([]);
  }, 180_000);
});
