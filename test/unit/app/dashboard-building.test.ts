import { getDashboard, LIVE_READ_MAX_ISSUES } from '../../../src/app/dashboard/get-dashboard';
import { processRollupChunk } from '../../../src/app/rollup/process-rollup-chunk';
import type { DashboardBuilding, DashboardView } from '../../../src/contract/views';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

const me = { accountId: 'acc-me' };

function project(issues: number): FakeJira {
  const jira = new FakeJira([{ id: '1', key: 'APP', name: 'App' }]);
  for (let i = 1; i <= issues; i++)
    jira.add({ issue: fakeIssue(`APP-${i}`, { statusCategory: i % 4 === 0 ? 'done' : 'new' }) });
  return jira;
}

describe('getDashboard for a project without stored state', () => {
  it('reads a small project live', async () => {
    const view = (await getDashboard(fakeDeps(project(10)), me, { projectKey: 'APP' })) as DashboardView;
    expect(view.source).toEqual({ kind: 'live' });
    expect(view.totals.issues).toBe(10);
  });

  it('starts one background read of a large one, answers "building" until it is stored, then serves it', async () => {
    const issues = LIVE_READ_MAX_ISSUES + 1;
    const deps = fakeDeps(project(issues));
    const first = await getDashboard(deps, me, { projectKey: 'APP' });
    expect(first).toEqual({
      status: 'building',
      project: { key: 'APP', name: 'APP' },
      issuesTotal: issues,
      startedAt: deps.clock.now().toISOString(),
    });
    const again = (await getDashboard(deps, me, { projectKey: 'APP' })) as DashboardBuilding;
    expect(again).toEqual(first);
    // One read queued, however often the page asks meanwhile.
    expect(deps.queue.chunks).toHaveLength(1);
    expect(deps.queue.chunks[0]).toMatchObject({ projectKeys: ['APP'], accountId: 'acc-me' });

    await processRollupChunk(deps, deps.queue.chunks[0]!);
    const stored = (await getDashboard(deps, me, { projectKey: 'APP' })) as DashboardView;
    expect(stored.source.kind).toBe('stored');
    expect(stored.totals.issues).toBe(issues);
    expect(stored.progress).toMatchObject({ done: Math.floor(issues / 4), total: issues });
  });

  it('tells someone who cannot browse the project nothing, stored or not', async () => {
    const jira = project(3);
    jira.browse = new Set<string>();
    await expect(getDashboard(fakeDeps(jira), me, { projectKey: 'APP' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
