import { applyIssueEvent } from '../../../src/app/rollup/apply-issue-event';
import { getRollupProgress } from '../../../src/app/rollup/get-rollup-progress';
import { processRollupChunk } from '../../../src/app/rollup/process-rollup-chunk';
import { readRollup, readRollupMeta, writeRollup } from '../../../src/app/rollup/rollup-cache';
import { startRollup } from '../../../src/app/rollup/start-rollup';
import { rollUpPortfolio } from '../../../src/domain/rollup/roll-up-portfolio';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

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
    expect(await applyIssueEvent(deps, { kind: 'deleted', issueId: fakeIssue('APP-2').id, projectKey: 'APP' })).toBe('applied');
    expect((await readRollupMeta(deps.store, 'APP'))?.views.rice?.issues).toBe(1);
    jira.add({ issue: fakeIssue('APP-3', { statusCategory: 'done' }) });
    expect(await applyIssueEvent(deps, { kind: 'created', issueId: fakeIssue('APP-3').id })).toBe('applied');
    expect((await readRollupMeta(deps.store, 'APP'))?.views.rice?.progress).toMatchObject({ done: 1, total: 2 });
    expect(await applyIssueEvent(deps, { kind: 'updated', issueId: fakeIssue('WEB-1').id })).toBe('applied');
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
});
