import { CHUNK_TIME_BUDGET_MS, processRollupChunk } from '../../../src/app/rollup/process-rollup-chunk';
import { startRollup } from '../../../src/app/rollup/start-rollup';
import { getRollupProgress } from '../../../src/app/rollup/get-rollup-progress';
import {
  scheduleDailySnapshots,
  snapshotKey,
  takeProjectSnapshot,
  type ProjectSnapshot,
} from '../../../src/app/rollup/take-daily-snapshot';
import { readStateMeta } from '../../../src/app/project-state/state-records-store';
import { storedRow } from '../../fixtures/stored-row';
import { saveRequirement } from '../../../src/app/requirement/save-requirement';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';
import type { ActOptions, ProjectSummary } from '../../../src/ports/jira-gateway';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';
import type { FixedClock } from '../../fixtures/backend/fixed-clock';

const projects = [
  { id: '1', key: 'APP', name: 'App' },
  { id: '2', key: 'WEB', name: 'Web' },
];

/** Each project lookup takes longer than a chunk's whole time budget. */
class SlowJira extends FakeJira {
  clock: FixedClock | undefined;
  override async getBrowsableProject(key: string, options: ActOptions): Promise<ProjectSummary | undefined> {
    this.clock?.advance(CHUNK_TIME_BUDGET_MS + 1);
    return super.getBrowsableProject(key, options);
  }
}

describe('background work within limits', () => {
  it('a chunk stops starting projects when its time budget is spent and goes on with the rest in a new invocation, carrying what it finished', async () => {
    const jira = new SlowJira(projects).add({ issue: fakeIssue('APP-1') }, { issue: fakeIssue('WEB-1') });
    const deps = fakeDeps(jira);
    jira.clock = deps.clock;
    const job = await startRollup(deps, { accountId: 'me' });
    await processRollupChunk(deps, { jobId: job.jobId, chunk: 0, projectKeys: ['APP', 'WEB'], accountId: 'me' });
    const requeued = deps.queue.chunks.at(-1)!;
    expect(requeued).toMatchObject({
      jobId: job.jobId,
      chunk: 0,
      projectKeys: ['WEB'],
      carried: { processed: 1, failed: [], notReadable: [] },
    });
    // No result yet: the job is still running until the chunk is done.
    expect((await getRollupProgress(deps, { accountId: 'me' }, job.jobId)).state).not.toBe('done');
    expect(await readStateMeta(deps.store, 'APP')).toBeDefined();
    expect(await readStateMeta(deps.store, 'WEB')).toBeUndefined();
    await processRollupChunk(deps, requeued);
    expect(await readStateMeta(deps.store, 'WEB')).toBeDefined();
    // Chunk 0's result counts both projects, the one its first invocation finished included.
    expect(await getRollupProgress(deps, { accountId: 'me' }, job.jobId)).toMatchObject({ processed: 2, total: 2 });
  });

  it('the daily snapshot queues one event per project; each recomputes its cache and stores a dated record', async () => {
    const jira = new FakeJira(projects).add(
      { issue: fakeIssue('APP-1') },
      { issue: fakeIssue('APP-2') },
      { issue: fakeIssue('WEB-1') },
    );
    const deps = fakeDeps(jira);
    expect(await scheduleDailySnapshots(deps)).toEqual({ projects: 2 });
    expect(deps.queue.snapshots).toEqual([
      { projectKey: 'APP', date: '2026-11-01' },
      { projectKey: 'WEB', date: '2026-11-01' },
    ]);
    for (const task of deps.queue.snapshots) await takeProjectSnapshot(deps, task);
    const snapshot = await deps.store.get<ProjectSnapshot>(snapshotKey('2026-11-01', 'APP'));
    expect(snapshot).toMatchObject({ date: '2026-11-01', projectKey: 'APP', complete: true, issues: 2, stale: 0 });
    expect((await storedRow(deps.store, 'WEB'))?.issues).toBe(1);

    jira.failSearchAfterPages = 0;
    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-01' });
    expect(await deps.store.get<ProjectSnapshot>(snapshotKey('2026-11-01', 'APP'))).toMatchObject({ complete: false });
  });

  it('one project failing its snapshot does not stop the others (each is its own event)', async () => {
    class FailingJira extends FakeJira {
      override async getProject(idOrKey: string, options: ActOptions): Promise<ProjectSummary | undefined> {
        if (idOrKey === 'APP') throw new Error('Jira is down for APP');
        return super.getProject(idOrKey, options);
      }
    }
    const jira = new FailingJira(projects).add({ issue: fakeIssue('APP-1') }, { issue: fakeIssue('WEB-1') });
    const deps = fakeDeps(jira);
    await scheduleDailySnapshots(deps);
    const outcomes = await Promise.allSettled(deps.queue.snapshots.map((task) => takeProjectSnapshot(deps, task)));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    expect(await deps.store.get<ProjectSnapshot>(snapshotKey('2026-11-01', 'WEB'))).toMatchObject({
      complete: true,
      issues: 1,
    });
  });

  it("PM data over Jira's property size is refused with validation, never truncated or written", async () => {
    const jira = new FakeJira(projects).add({ issue: fakeIssue('APP-1') });
    const deps = fakeDeps(jira);
    const weighted = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`criterion-with-a-long-name-${i}`, i]));
    await expect(
      saveRequirement(deps, {
        issueKey: 'APP-1',
        caller: { accountId: 'me' },
        version: 0,
        changes: { scores: { weighted } },
      }),
    ).rejects.toMatchObject({ code: 'validation', message: expect.stringMatching(/Jira stores at most 32768/) });
    expect(jira.writes.filter((w) => w.property === PM_PROPERTY_KEY)).toHaveLength(0);
  });
});
