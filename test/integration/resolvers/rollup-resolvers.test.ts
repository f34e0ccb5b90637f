import type { PortfolioPage, RollupJob } from '../../../src/contract/views';
import { ADMIN_ID, VIEWER_ID, expectOk, globalPage, invoke, jiraAs, openHarness, type Harness } from './resolver-harness';

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

    const progress = expectOk(await invoke<RollupJob>(h, 'pm-portfolio', 'getRollupProgress', { jobId: job.jobId }, ADMIN_ID, globalPage));
    expect(progress).toMatchObject({ state: 'done', processed: job.total, total: job.total });

    // Someone else's job is not theirs to see.
    const other = await invoke(h, 'pm-portfolio', 'getRollupProgress', { jobId: job.jobId }, VIEWER_ID, globalPage);
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.code).toBe('not-found');

    const cached = await portfolio(ADMIN_ID);
    expect(cached.products.every((p) => typeof p.computedAt === 'string')).toBe(true);
    expect(cached.products.map((p) => [p.projectKey, p.issues])).toEqual(live.products.map((p) => [p.projectKey, p.issues]));

    // Cached aggregates are still served per project the viewer can browse now.
    const viewer = await portfolio(VIEWER_ID);
    expect(viewer.products.map((p) => p.projectKey)).not.toContain('PLAT');
    expect(JSON.stringify(viewer)).not.toMatch(/PLAT/);
  });

  it('deleting an issue fires the trigger, which updates only that project\'s cached roll-up', async () => {
    const before = await portfolio(ADMIN_ID);
    const chk = before.products.find((p) => p.projectKey === 'CHK')!;
    const mob = before.products.find((p) => p.projectKey === 'MOB')!;
    const search = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({ jql: 'project = CHK AND issuetype = Sub-task ORDER BY key DESC', fields: ['summary'], maxResults: 1 }),
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

  it('the daily snapshot recomputes every project', async () => {
    const result = (await h.runtime.invoker.runScheduledTrigger('pm-daily-snapshot')) as { projects: number; incomplete: string[] };
    expect(result.incomplete).toEqual([]);
    expect(result.projects).toBeGreaterThanOrEqual(4);
  });
});
