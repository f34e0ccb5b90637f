import { readDeliveryHistory } from '../../../../src/app/delivery/delivery-history-store';
import { snapshotKey, takeProjectSnapshot, type ProjectSnapshot } from '../../../../src/app/rollup/take-daily-snapshot';
import { fakeDeps } from '../../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../../fixtures/backend/fake-jira';

const projects = [{ id: '1', key: 'APP', name: 'App' }];
const done = { status: 'Done', statusCategory: 'done' as const };

describe('the daily snapshot adds the day to the delivery history', () => {
  it('stores the units of work done and in total, one point a day, a redelivery replacing its day', async () => {
    const jira = new FakeJira(projects).add(
      { issue: fakeIssue('APP-1', done) },
      { issue: fakeIssue('APP-2') },
      { issue: fakeIssue('APP-3') },
      // A parent is not one of its own units: APP-5 is the unit, APP-4 its parent.
      { issue: fakeIssue('APP-4') },
      { issue: fakeIssue('APP-5', { ...done, parentId: '10004' }) },
    );
    const deps = fakeDeps(jira);
    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-01' });
    expect((await deps.store.get<ProjectSnapshot>(snapshotKey('2026-11-01', 'APP')))?.delivery).toEqual({
      units: 4,
      unitsDone: 2,
      effortTotal: 0,
      effortDone: 0,
    });
    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-01' });
    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-02' });
    expect((await readDeliveryHistory(deps.store, 'APP')).map((p) => [p.date, p.unitsDone, p.units])).toEqual([
      ['2026-11-01', 2, 4],
      ['2026-11-02', 2, 4],
    ]);
  });

  it('a snapshot that could not read the project whole adds no day (no dip that never happened)', async () => {
    const jira = new FakeJira(projects).add({ issue: fakeIssue('APP-1') }, { issue: fakeIssue('APP-2') });
    const deps = fakeDeps(jira);
    jira.failSearchAfterPages = 0;
    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-01' });
    expect(await readDeliveryHistory(deps.store, 'APP')).toEqual([]);
  });
});
