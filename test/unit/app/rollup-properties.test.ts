import { loadConfig } from '../../../src/app/config/config-repository';
import { pendingKey } from '../../../src/app/rollup-property/rollup-property-records';
import { queueRollupProperties } from '../../../src/app/rollup-property/queue-rollup-properties';
import { writeRollupProperties } from '../../../src/app/rollup-property/write-rollup-properties';
import { refreshProjectCache } from '../../../src/app/rollup/refresh-project-cache';
import { ROLLUP_PROPERTY_KEY } from '../../../src/contract/rollup-property';
import { QueueBusyError } from '../../../src/ports/job-queue';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

const APP = { id: '1', key: 'APP', name: 'App' };
const epic = fakeIssue('APP-1', { issueType: 'Epic' });
const initiative = fakeIssue('APP-9', { issueType: 'Initiative' });

function setup() {
  const jira = new FakeJira([APP]).add(
    { issue: { ...epic, parentId: initiative.id } },
    { issue: initiative },
    { issue: fakeIssue('APP-2', { parentId: epic.id, effort: 3, status: 'Done', statusCategory: 'done' }) },
    { issue: fakeIssue('APP-3', { parentId: epic.id, effort: 5 }) },
    { issue: fakeIssue('APP-4', { effort: 2 }) },
  );
  return { jira, deps: fakeDeps(jira) };
}
const build = async (s: ReturnType<typeof setup>) =>
  refreshProjectCache(s.deps, APP, (await loadConfig(s.deps.store)).config);
const written = (s: ReturnType<typeof setup>) =>
  s.jira.bulkWrites.flat().map((e) => [e.issueId, e.properties[ROLLUP_PROPERTY_KEY]]);
const editIssue = (s: ReturnType<typeof setup>, key: string, change: object) => {
  const fake = s.jira.issues.get(key);
  if (!fake) throw new Error(key);
  Object.assign(fake.issue, change);
};

describe('roll-up properties: queued after the state write, written only where values changed', () => {
  it('a build queues one write-back (a second build while it is pending queues none); the write-back sends each parent once, as the app', async () => {
    const s = setup();
    await build(s);
    await build(s);
    expect(s.deps.queue.rollupProperties).toEqual([{ task: { projectKey: 'APP' }, delaySeconds: 0 }]);
    const run = await writeRollupProperties(s.deps, { projectKey: 'APP' });
    expect(run).toMatchObject({ outcome: 'written', parents: 2, written: 2 });
    expect(await s.deps.store.get(pendingKey('APP'))).toBeUndefined();
    expect(written(s)).toEqual([
      [epic.id, { progress: 50, effortProgress: 37.5, kpiStatus: 'none', readiness: 'not-ready' }],
      [initiative.id, { progress: 50, effortProgress: 37.5, kpiStatus: 'none', readiness: 'not-ready' }],
    ]);
    expect(s.jira.issues.get('APP-1')?.properties?.[ROLLUP_PROPERTY_KEY]).toMatchObject({ progress: 50 });
  });

  it('nothing changed: no Jira call; a child done changes its epic and the initiative above it, and only those', async () => {
    const s = setup();
    s.jira.add(
      { issue: fakeIssue('APP-5', { issueType: 'Epic' }) },
      { issue: fakeIssue('APP-6', { parentId: fakeIssue('APP-5').id }) },
    );
    await build(s);
    await writeRollupProperties(s.deps, { projectKey: 'APP' });
    s.jira.bulkWrites.length = 0;
    expect(await writeRollupProperties(s.deps, { projectKey: 'APP' })).toMatchObject({ written: 0, calls: 0 });
    expect(s.jira.bulkWrites).toEqual([]);

    editIssue(s, 'APP-3', { status: 'Done', statusCategory: 'done' });
    await build(s);
    const run = await writeRollupProperties(s.deps, { projectKey: 'APP' });
    expect(run).toMatchObject({ parents: 3, written: 2 });
    expect(written(s).map(([id, v]) => [id, (v as { progress: number }).progress])).toEqual([
      [epic.id, 100],
      [initiative.id, 100],
    ]);
  });

  it('a parent Jira’s task reports it could not set is written again by the next run, the others are not', async () => {
    const s = setup();
    await build(s);
    const setBulk = s.jira.setIssuePropertiesBulk.bind(s.jira);
    s.jira.setIssuePropertiesBulk = async (entries, options) => {
      const result = await setBulk(entries, options);
      return { ...result, failedIssueIds: [...result.failedIssueIds, epic.id] };
    };
    await writeRollupProperties(s.deps, { projectKey: 'APP' });
    s.jira.setIssuePropertiesBulk = setBulk;
    s.jira.bulkWrites.length = 0;
    expect(await writeRollupProperties(s.deps, { projectKey: 'APP' })).toMatchObject({ written: 1 });
    expect(written(s).map(([id]) => id)).toEqual([epic.id]);
  });

  it('a parent whose children left is cleared; its parent is rewritten; Jira writes go 100 issues a call', async () => {
    const s = setup();
    for (let n = 100; n < 350; n++) {
      const parent = fakeIssue(`APP-${n}`, { issueType: 'Epic' });
      s.jira.add({ issue: parent }, { issue: fakeIssue(`APP-${n + 1000}`, { parentId: parent.id }) });
    }
    await build(s);
    await writeRollupProperties(s.deps, { projectKey: 'APP' });
    expect(s.jira.bulkWrites.map((call) => call.length)).toEqual([100, 100, 52]);
    s.jira.bulkWrites.length = 0;
    editIssue(s, 'APP-2', { parentId: undefined });
    editIssue(s, 'APP-3', { parentId: undefined });
    await build(s);
    await writeRollupProperties(s.deps, { projectKey: 'APP' });
    // The epic is now the initiative's only unit of work (open); the epic itself is no parent any more.
    expect(written(s)).toEqual([
      [initiative.id, { progress: 0, kpiStatus: 'none', readiness: 'not-ready' }],
      [epic.id, { kpiStatus: 'none', readiness: 'none' }],
    ]);
  });

  it('a refused push never fails the state write: the marker is given back and a later change queues again', async () => {
    const s = setup();
    jest.spyOn(s.deps.queue, 'enqueueRollupProperties').mockRejectedValueOnce(new QueueBusyError('429'));
    expect(await queueRollupProperties(s.deps, 'APP')).toBe('failed');
    expect(await s.deps.store.get(pendingKey('APP'))).toBeUndefined();
    expect(await queueRollupProperties(s.deps, 'APP')).toBe('queued');
  });

  it('no stored state: nothing to write', async () => {
    const s = setup();
    expect(await writeRollupProperties(s.deps, { projectKey: 'APP' })).toMatchObject({ outcome: 'no-state', calls: 0 });
  });
});
