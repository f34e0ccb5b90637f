import { applyIssueEvent } from '../../../src/app/rollup/apply-issue-event';
import { getRollupProgress } from '../../../src/app/rollup/get-rollup-progress';
import { processRollupChunk } from '../../../src/app/rollup/process-rollup-chunk';
import { readRollup, readRollupMeta, writeRollup } from '../../../src/app/rollup/rollup-cache';
import { startRollup } from '../../../src/app/rollup/start-rollup';
import { rollUpPortfolio } from '../../../src/domain/rollup/roll-up-portfolio';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';
import { CONFIG_KEY } from '../../../src/app/config/config-repository';

function setup() {
  const jira = new FakeJira([
    { id: '1', key: 'APP', name: 'App' },
    { id: '3', key: 'WEB', name: 'Web' },
  ]).add({ issue: fakeIssue('APP-1') }, { issue: fakeIssue('APP-2', { parentId: fakeIssue('APP-1').id }) }, { issue: fakeIssue('WEB-1') });
  return { jira, deps: fakeDeps(jira) };
}

describe('roll-up jobs and the cache', () => {
  it('startRollup queues one chunk per project; chunks cache each project; progress counts them', async () => {
    const { deps } = setup();
    const job = await startRollup(deps, { accountId: 'acc-me' });
    expect(job).toMatchObject({ state: 'queued', processed: 0, total: 2 });
    expect(deps.queue.chunks.map((c) => c.projectKeys)).toEqual([['APP'], ['WEB']]);
    await processRollupChunk(deps, deps.queue.chunks[0]!);
    expect(await getRollupProgress(deps, { accountId: 'acc-me' }, job.jobId)).toMatchObject({ state: 'running', processed: 1 });
    await processRollupChunk(deps, deps.queue.chunks[1]!);
    expect(await getRollupProgress(deps, { accountId: 'acc-me' }, job.jobId)).toMatchObject({ state: 'done', processed: 2 });
    await expect(getRollupProgress(deps, { accountId: 'someone-else' }, job.jobId)).rejects.toMatchObject({ code: 'not-found' });
    expect((await readRollupMeta(deps.store, 'APP'))?.views.rice?.issues).toBe(2);
  });

  it('a project Jira will not let us read completely is reported, never cached partially', async () => {
    const { jira, deps } = setup();
    jira.failSearchAfterPages = 0;
    const job = await startRollup(deps, { accountId: 'acc-me' });
    for (const chunk of deps.queue.chunks) await processRollupChunk(deps, chunk);
    expect(await getRollupProgress(deps, { accountId: 'acc-me' }, job.jobId)).toMatchObject({ state: 'failed', processed: 2 });
    expect(await readRollupMeta(deps.store, 'APP')).toBeUndefined();
  });

  it('issue events update the cached roll-up incrementally (delete and upsert)', async () => {
    const { jira, deps } = setup();
    const job = await startRollup(deps, { accountId: 'acc-me' });
    for (const chunk of deps.queue.chunks) await processRollupChunk(deps, chunk);
    expect(job.total).toBe(2);
    expect(await applyIssueEvent(deps, { change: 'delete', issueId: fakeIssue('APP-2').id, projectKey: 'APP' })).toBe('applied');
    expect((await readRollupMeta(deps.store, 'APP'))?.views.rice?.issues).toBe(1);
    jira.add({ issue: fakeIssue('APP-3', { statusCategory: 'done' }) });
    expect(await applyIssueEvent(deps, { change: 'upsert', issueId: fakeIssue('APP-3').id, projectKey: 'APP' })).toBe('applied');
    expect((await readRollupMeta(deps.store, 'APP'))?.views.rice?.progress).toMatchObject({ done: 1, total: 2 });
    expect(await applyIssueEvent(deps, { change: 'upsert', issueId: fakeIssue('WEB-1').id, projectKey: 'WEB' })).toBe('applied');
  });

  it('a large roll-up is split over several stored values and read back whole', async () => {
    const { deps } = setup();
    const issues = Array.from({ length: 1500 }, (_, i) => ({ ...fakeIssue(`APP-${i + 1}`), summary: `A fairly long summary for issue number ${i + 1} "quoted"` }));
    const rollup = rollUpPortfolio(issues, defaultWorkflowConfig, deps.clock.now());
    const meta = await writeRollup(deps.store, 'APP', rollup, {});
    expect(meta.parts).toBeGreaterThan(1);
    const read = await readRollup(deps.store, 'APP');
    expect(read?.rollup).toEqual(rollup);
    // Re-writing replaces the generation and removes the old parts.
    await writeRollup(deps.store, 'APP', rollup, {});
    const partKeys = [...deps.store.data.keys()].filter((k) => k.startsWith('rollup:APP:part:'));
    expect(partKeys).toHaveLength(meta.parts);
  });

  it('a redelivered chunk changes nothing: same job result, its rest is not queued twice', async () => {
    const { deps } = setup();
    const job = await startRollup(deps, { accountId: 'acc-me' });
    for (const chunk of [...deps.queue.chunks]) await processRollupChunk(deps, chunk);
    const once = await getRollupProgress(deps, { accountId: 'acc-me' }, job.jobId);
    const storedOnce = new Map(deps.store.data);
    for (const chunk of [...deps.queue.chunks]) await processRollupChunk(deps, chunk);
    expect(await getRollupProgress(deps, { accountId: 'acc-me' }, job.jobId)).toEqual(once);
    expect(new Map(deps.store.data)).toEqual(storedOnce);
    expect(deps.queue.chunks).toHaveLength(2);
  });

  it('deleting an issue refreshes its subtree: deleted sub-tasks leave the cache, detached children move to the top', async () => {
    const { jira, deps } = setup();
    jira.add({ issue: fakeIssue('APP-4', { issueType: 'Sub-task', parentId: fakeIssue('APP-1').id }) });
    for (const chunk of (await startRollup(deps, { accountId: 'acc-me' }), deps.queue.chunks)) await processRollupChunk(deps, chunk);
    // Jira deletes APP-1 with its sub-task APP-4, and its child APP-2 loses its parent: one event, for APP-1.
    jira.issues.delete('APP-1');
    jira.add({ issue: fakeIssue('APP-2') });
    jira.issues.delete('APP-4');
    expect(await applyIssueEvent(deps, { change: 'delete', issueId: fakeIssue('APP-1').id, projectKey: 'APP' })).toBe('applied');
    const read = await readRollup(deps.store, 'APP');
    expect(Object.keys(read?.rollup.nodes ?? {}).sort()).toEqual([fakeIssue('APP-2').id]);
    expect(read?.rollup.nodes[fakeIssue('APP-2').id]?.parentId).toBeNull();
    expect(read?.rollup.projects['APP']?.childIds).toEqual([fakeIssue('APP-2').id]);
  });

  it('an issue change that needs a full recompute searches with reconcileIssues = the changed issue', async () => {
    const { jira, deps } = setup();
    for (const chunk of (await startRollup(deps, { accountId: 'acc-me' }), deps.queue.chunks)) await processRollupChunk(deps, chunk);
    // A different config than the cached roll-up's forces the full recompute.
    const scoring = { ...defaultWorkflowConfig.scoring, staleAfterDays: defaultWorkflowConfig.scoring.staleAfterDays + 1 };
    await deps.store.set(CONFIG_KEY, { version: 2, config: { ...defaultWorkflowConfig, scoring } });
    jira.searches.length = 0;
    expect(await applyIssueEvent(deps, { change: 'upsert', issueId: fakeIssue('APP-2').id, projectKey: 'APP' })).toBe('recomputed');
    expect(jira.searches).toEqual([{ jql: expect.stringContaining('"APP"'), reconcileIssues: [fakeIssue('APP-2').id] }]);
  });
});
