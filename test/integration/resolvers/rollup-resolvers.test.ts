import type { PortfolioPage, RollupJob } from '../../../src/contract/views';
import * as app from '../../../src/index';
import { KvsStore } from '../../../src/adapters/kvs-store';
import { pendingKey, touchedPrefix } from '../../../src/app/project-events/catch-up-records';
import { readStoredState } from '../../../src/app/project-state/read-stored-state';
import { RecordingQueue } from '../../fixtures/backend/app-deps';
import {
  ADMIN_ID,
  NOW,
  VIEWER_ID,
  expectOk,
  globalPage,
  invoke,
  jiraAs,
  openHarness,
  type Harness,
} from './resolver-harness';

describe('roll-up job, consumer, issue trigger and daily snapshot (through src/index.ts)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const portfolio = async (as: string) =>
    expectOk(await invoke<PortfolioPage>(h, 'pm-portfolio', 'getPortfolio', { pageSize: 50 }, as, globalPage));

  it('startRollup queues chunks; the consumer caches every project; progress reaches done', async () => {
    const live = await portfolio(ADMIN_ID);
    expect(live.products.every((p) => p.computedAt === undefined)).toBe(true);

    const job = expectOk(await invoke<RollupJob>(h, 'pm-portfolio', 'startRollup', {}, ADMIN_ID, globalPage));
    expect(job.state).toBe('queued');
    expect(job.total).toBe(live.products.length);
    await h.runtime.idle();

    const progress = expectOk(
      await invoke<RollupJob>(h, 'pm-portfolio', 'getRollupProgress', { jobId: job.jobId }, ADMIN_ID, globalPage),
    );
    // HR is a project the admin browses but the app's own grants do not cover: the job says so
    // and finishes; it is not a failure to retry.
    expect(progress).toMatchObject({ state: 'done', processed: job.total, total: job.total, notReadable: ['HR'] });
    // Done without a failed event on the way: every chunk and its property write-back ran once
    // (a write-back that failed and was redelivered would still end "done").
    expect(h.runtimeLog.filter((line) => line.includes('failed'))).toEqual([]);

    // Someone else's job is not theirs to see.
    const other = await invoke(h, 'pm-portfolio', 'getRollupProgress', { jobId: job.jobId }, VIEWER_ID, globalPage);
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.code).toBe('not-found');

    const cached = await portfolio(ADMIN_ID);
    expect(cached.products.filter((p) => typeof p.computedAt !== 'string').map((p) => p.projectKey)).toEqual(['HR']);
    expect(cached.products.map((p) => [p.projectKey, p.issues])).toEqual(
      live.products.map((p) => [p.projectKey, p.issues]),
    );

    // Cached aggregates are still served per project the viewer can browse now.
    const viewer = await portfolio(VIEWER_ID);
    expect(viewer.products.map((p) => p.projectKey)).not.toContain('PLAT');
    expect(JSON.stringify(viewer)).not.toMatch(/PLAT/);
  });

  it("deleting an issue fires the trigger, which updates only that project's cached roll-up", async () => {
    const before = await portfolio(ADMIN_ID);
    const chk = before.products.find((p) => p.projectKey === 'CHK')!;
    const mob = before.products.find((p) => p.projectKey === 'MOB')!;
    const search = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({
        jql: 'project = CHK AND issuetype = Sub-task ORDER BY key DESC',
        fields: ['summary'],
        maxResults: 1,
      }),
    });
    const victim = ((await search.json()) as { issues: { key: string }[] }).issues[0]!;
    const deleted = await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${victim.key}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    await h.runtime.idle();

    const after = await portfolio(ADMIN_ID);
    const chkAfter = after.products.find((p) => p.projectKey === 'CHK')!;
    expect(chkAfter.computedAt).toBeDefined();
    expect(chkAfter.issues).toBe(chk.issues - 1);
    expect(after.products.find((p) => p.projectKey === 'MOB')).toEqual(mob);
  });

  it('two issues of one project edited at the same moment both reach the cached roll-up (tasks run one at a time per project)', async () => {
    const search = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({
        jql: 'project = CHK AND issuetype = Story ORDER BY key ASC',
        fields: ['summary'],
        maxResults: 2,
      }),
    });
    const [a, b] = ((await search.json()) as { issues: { id: string; key: string }[] }).issues;
    const edits = await Promise.all(
      [a!, b!].map((issue, i) =>
        jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${issue.key}`, {
          method: 'PUT',
          body: JSON.stringify({ fields: { customfield_10016: 70 + i } }),
        }),
      ),
    );
    expect(edits.map((r) => r.status)).toEqual([204, 204]);
    await h.runtime.idle();
    const cached = await readStoredState(new KvsStore(), 'CHK');
    const effort = new Map(cached!.state.shards.flatMap((shard) => shard.facts).map((f) => [f.id, f.effort]));
    expect([a!, b!].map((issue) => effort.get(issue.id))).toEqual([70, 71]);
    // The stored roll-up keeps keys and numbers only: no summary of any issue.
    expect(JSON.stringify(cached)).not.toContain('"summary"');
  });

  it('a new issue link makes the trigger note both linked issues, each in its own project, and queue one catch-up run per project', async () => {
    const queue = new RecordingQueue();
    app.setJobQueue(queue);
    try {
      const created = await jiraAs(h, ADMIN_ID, '/rest/api/3/issueLink', {
        method: 'POST',
        body: JSON.stringify({
          type: { name: 'Blocks' },
          inwardIssue: { key: 'CHK-3' },
          outwardIssue: { key: 'MOB-2' },
        }),
      });
      expect(created.status).toBe(201);
      await h.runtime.idle();
    } finally {
      app.setJobQueue(undefined);
    }
    const ids = async (key: string) =>
      ((await (await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}?fields=summary`)).json()) as { id: string }).id;
    expect(queue.catchUps.map((c) => c.task).sort((a, b) => a.projectKey.localeCompare(b.projectKey))).toEqual([
      { projectKey: 'CHK', settle: false },
      { projectKey: 'MOB', settle: false },
    ]);
    const store = new KvsStore();
    const touched = async (projectKey: string) =>
      (await store.queryByPrefix<{ issueId: string; change: string }>(touchedPrefix(projectKey))).entries.map((e) => [
        e.value.issueId,
        e.value.change,
      ]);
    expect(await touched('CHK')).toEqual([[await ids('CHK-3'), 'upsert']]);
    expect(await touched('MOB')).toEqual([[await ids('MOB-2'), 'upsert']]);

    // The queued runs, delivered for real, take the notes in and clear them.
    for (const { task } of queue.catchUps) {
      await h.runtime.queue.push('pm-rollup-queue', {
        body: { type: 'project-catch-up', ...task },
        concurrency: { key: `rollup-${task.projectKey}`, limit: 1 },
      });
    }
    await h.runtime.idle();
    expect([...(await touched('CHK')), ...(await touched('MOB'))]).toEqual([]);
    expect(await store.get(pendingKey('CHK'))).toBeUndefined();
  });

  it('the daily snapshot answers {statusCode: 204} and, through one queued event per project, recomputes every project', async () => {
    await expect(h.runtime.invoker.runScheduledTrigger('pm-daily-snapshot')).resolves.toEqual({ statusCode: 204 });
    await h.runtime.idle();
    const snapshots = await new KvsStore().queryByPrefix<{ projectKey: string; complete: boolean }>(
      `snapshot:${NOW.toISOString().slice(0, 10)}:`,
      {
        limit: 50,
      },
    );
    expect(snapshots.entries.length).toBeGreaterThanOrEqual(4);
    const complete = snapshots.entries.filter((e) => e.value.complete).map((e) => e.value.projectKey);
    expect(complete).toEqual(expect.arrayContaining(['CHK', 'MOB']));
  });
});
