import { getPortfolio } from '../../../src/app/portfolio/get-portfolio';
import { refreshProjectCache } from '../../../src/app/rollup/refresh-project-cache';
import { readStateMeta } from '../../../src/app/project-state/state-records-store';
import { storedRow } from '../../fixtures/stored-row';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';
import { defaultWorkflowConfig } from '../../../src/domain';
import type { PortfolioPage } from '../../../src/contract/views';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

function setup() {
  const jira = new FakeJira([
    { id: '1', key: 'APP', name: 'App' },
    { id: '2', key: 'SEC', name: 'Secret' },
    { id: '3', key: 'WEB', name: 'Web' },
  ]).add(
    { issue: fakeIssue('APP-1') },
    { issue: fakeIssue('APP-2', { statusCategory: 'done' }) },
    { issue: fakeIssue('APP-3') },
    { issue: fakeIssue('SEC-1') },
    { issue: fakeIssue('WEB-1') },
  );
  return { jira, deps: fakeDeps(jira) };
}

describe('getPortfolio', () => {
  it('only lists projects the caller can browse, with every page of their issues', async () => {
    const { jira, deps } = setup();
    jira.browse = new Set(['APP', 'WEB']);
    const page = await getPortfolio(deps, { pageSize: 10 });
    expect(page.products.map((p) => p.projectKey)).toEqual(['APP', 'WEB']);
    expect(page.products[0]).toMatchObject({ issues: 3, progress: { done: 1, total: 3, percentByCount: 33.3 } });
    expect(page.coverage).toEqual({ complete: true, issuesRead: 4 });
    expect(JSON.stringify(page)).not.toContain('SEC');
  });

  it("counts effort entered on a story and its sub-tasks once: the sub-tasks' 2 (done) of 5, not 2 of 10", async () => {
    const jira = new FakeJira([{ id: '1', key: 'APP', name: 'App' }]).add(
      { issue: fakeIssue('APP-1', { statusCategory: 'indeterminate', effort: 5 }) },
      { issue: fakeIssue('APP-2', { issueType: 'Sub-task', parentId: '10001', effort: 2, statusCategory: 'done' }) },
      { issue: fakeIssue('APP-3', { issueType: 'Sub-task', parentId: '10001', effort: 3 }) },
    );
    const deps = fakeDeps(jira);
    expect(await refreshProjectCache(deps, { id: '1', key: 'APP', name: 'App' }, defaultWorkflowConfig)).toMatchObject({
      cached: true,
    });
    const page = await getPortfolio(deps, { pageSize: 10 });
    expect(page.products[0]?.progress).toEqual({ done: 1, total: 2, percentByCount: 50, percentByEffort: 40 });
  });

  it('pages by cursor', async () => {
    const { deps } = setup();
    const first = await getPortfolio(deps, { pageSize: 2 });
    expect(first.products.map((p) => p.projectKey)).toEqual(['APP', 'SEC']);
    const second = await getPortfolio(deps, { pageSize: 2, ...(first.nextCursor ? { cursor: first.nextCursor } : {}) });
    expect(second.products.map((p) => p.projectKey)).toEqual(['WEB']);
    expect(second.nextCursor).toBeUndefined();
    await expect(getPortfolio(deps, { pageSize: 2, cursor: 'garbage' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('answers incomplete with the partial page when the rate limit outlasts the budget', async () => {
    const { jira, deps } = setup();
    jira.failSearchAfterPages = 1;
    const error = (await getPortfolio(deps, { pageSize: 10 }).catch((e: unknown) => e)) as {
      code: string;
      details: { partial: PortfolioPage; retryAfterSeconds: number };
    };
    expect(error.code).toBe('incomplete');
    expect(error.details.partial.coverage.complete).toBe(false);
    expect(error.details.retryAfterSeconds).toBe(5);
    expect(error.details.partial.products.find((p) => p.projectKey === 'APP')?.issues).toBe(2);
  });

  it('stores no summary in the project state; the top item is named as the caller reads it now', async () => {
    const { jira, deps } = setup();
    const top = fakeIssue('APP-3', { summary: 'Secret launch plan' });
    const properties = {
      [PM_PROPERTY_KEY]: {
        schemaVersion: 1,
        version: 1,
        kpiKeys: [],
        scores: { rice: { reach: 100, impact: 2, confidence: 80, effort: 1 } },
      },
    };
    jira.add({ issue: top, properties });
    const cached = await refreshProjectCache(deps, { id: '1', key: 'APP', name: 'App' }, defaultWorkflowConfig);
    expect(cached.cached).toBe(true);
    expect((await storedRow(deps.store, 'APP'))?.topScore).toEqual({ key: 'APP-3', value: 160 });
    expect(JSON.stringify([...deps.store.data.values()])).not.toContain('Secret launch plan');
    expect(await readStateMeta(deps.store, 'APP')).toBeDefined();

    const page = await getPortfolio(deps, { pageSize: 10, model: 'rice' });
    const app = page.products.find((p) => p.projectKey === 'APP');
    expect(app?.computedAt).toBeDefined();
    expect(app?.topScore).toEqual({ key: 'APP-3', summary: 'Secret launch plan', value: 160 });

    // Text is read at answer time: a rename shows at once, with the cache untouched.
    jira.add({ issue: { ...top, summary: 'Launch plan' }, properties });
    const renamed = await getPortfolio(deps, { pageSize: 10, model: 'rice' });
    expect(renamed.products.find((p) => p.projectKey === 'APP')?.topScore?.summary).toBe('Launch plan');
  });
});
