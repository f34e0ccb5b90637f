import { applyProjectChanges } from '../../../src/app/project-state/apply-project-changes';
import { readStoredState } from '../../../src/app/project-state/read-stored-state';
import { readStateMeta } from '../../../src/app/project-state/state-records-store';
import { getRollupProgress } from '../../../src/app/rollup/get-rollup-progress';
import { processRollupChunk } from '../../../src/app/rollup/process-rollup-chunk';
import { startRollup } from '../../../src/app/rollup/start-rollup';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import type { AppDeps } from '../../../src/app/shared/app-deps';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { storedRow } from '../../fixtures/stored-row';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';
import { CONFIG_KEY } from '../../../src/app/config/config-repository';

function setup() {
  const jira = new FakeJira([
    { id: '1', key: 'APP', name: 'App' },
    { id: '3', key: 'WEB', name: 'Web' },
  ]).add(
    { issue: fakeIssue('APP-1') },
    { issue: fakeIssue('APP-2', { parentId: fakeIssue('APP-1').id }) },
    { issue: fakeIssue('WEB-1') },
  );
  return { jira, deps: fakeDeps(jira) };
}

/** What the issue trigger's catch-up run hands over for one changed or deleted issue. */
async function change(deps: AppDeps, projectKey: string, issueId: string, kind: 'upsert' | 'delete') {
  const record = kind === 'upsert' ? await deps.jira.getIssue(issueId, { as: 'app' }) : undefined;
  return applyProjectChanges(
    deps,
    projectKey,
    record ? { upserted: [record], deleted: [] } : { upserted: [], deleted: [issueId] },
  );
}

describe('roll-up jobs and the stored project state', () => {
  it('startRollup queues one chunk per project; chunks cache each project; progress counts them', async () => {
    const { deps } = setup();
    const job = await startRollup(deps, { accountId: 'acc-me' });
    expect(job).toMatchObject({ state: 'queued', processed: 0, total: 2 });
    expect(deps.queue.chunks.map((c) => c.projectKeys)).toEqual([['APP'], ['WEB']]);
    await processRollupChunk(deps, deps.queue.chunks[0]!);
    expect(await getRollupProgress(deps, { accountId: 'acc-me' }, job.jobId)).toMatchObject({
      state: 'running',
      processed: 1,
    });
    await processRollupChunk(deps, deps.queue.chunks[1]!);
    expect(await getRollupProgress(deps, { accountId: 'acc-me' }, job.jobId)).toMatchObject({
      state: 'done',
      processed: 2,
    });
    await expect(getRollupProgress(deps, { accountId: 'someone-else' }, job.jobId)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await storedRow(deps.store, 'APP'))?.issues).toBe(2);
  });

  it('a project Jira will not let us read completely is reported, never cached partially', async () => {
    const { jira, deps } = setup();
    jira.failSearchAfterPages = 0;
    const job = await startRollup(deps, { accountId: 'acc-me' });
    for (const chunk of deps.queue.chunks) await processRollupChunk(deps, chunk);
    expect(await getRollupProgress(deps, { accountId: 'acc-me' }, job.jobId)).toMatchObject({
      state: 'failed',
      processed: 2,
    });
    expect(await readStateMeta(deps.store, 'APP')).toBeUndefined();
  });

  it('issue changes update the stored state incrementally (delete and upsert)', async () => {
    const { jira, deps } = setup();
    const job = await startRollup(deps, { accountId: 'acc-me' });
    for (const chunk of deps.queue.chunks) await processRollupChunk(deps, chunk);
    expect(job.total).toBe(2);
    expect(await change(deps, 'APP', fakeIssue('APP-2').id, 'delete')).toBe('applied');
    expect((await storedRow(deps.store, 'APP'))?.issues).toBe(1);
    jira.add({ issue: fakeIssue('APP-3', { statusCategory: 'done' }) });
    expect(await change(deps, 'APP', fakeIssue('APP-3').id, 'upsert')).toBe('applied');
    expect((await storedRow(deps.store, 'APP'))?.progress).toMatchObject({ done: 1, total: 2 });
    expect(await change(deps, 'WEB', fakeIssue('WEB-1').id, 'upsert')).toBe('applied');
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

  it('deleting an issue reads its children again: deleted sub-tasks leave the stored state, detached children stay', async () => {
    const { jira, deps } = setup();
    jira.add({ issue: fakeIssue('APP-4', { issueType: 'Sub-task', parentId: fakeIssue('APP-1').id }) });
    for (const chunk of (await startRollup(deps, { accountId: 'acc-me' }), deps.queue.chunks))
      await processRollupChunk(deps, chunk);
    // Jira deletes APP-1 with its sub-task APP-4, and its child APP-2 loses its parent: one event, for APP-1.
    jira.issues.delete('APP-1');
    jira.add({ issue: fakeIssue('APP-2') });
    jira.issues.delete('APP-4');
    expect(await change(deps, 'APP', fakeIssue('APP-1').id, 'delete')).toBe('applied');
    const stored = await readStoredState(deps.store, 'APP');
    const facts = stored!.state.shards.flatMap((shard) => shard.facts);
    expect(facts.map((f) => [f.id, f.parentId])).toEqual([[fakeIssue('APP-2').id, null]]);
    expect(stored!.meta.issues).toBe(1);
  });

  it('a change the stored state cannot take (another config) asks for a rebuild', async () => {
    const { deps } = setup();
    for (const chunk of (await startRollup(deps, { accountId: 'acc-me' }), deps.queue.chunks))
      await processRollupChunk(deps, chunk);
    const scoring = {
      ...defaultWorkflowConfig.scoring,
      staleAfterDays: defaultWorkflowConfig.scoring.staleAfterDays + 1,
    };
    await deps.store.set(CONFIG_KEY, { version: 2, config: { ...defaultWorkflowConfig, scoring } });
    expect(await change(deps, 'APP', fakeIssue('APP-2').id, 'upsert')).toBe('needs-rebuild');
  });
});
