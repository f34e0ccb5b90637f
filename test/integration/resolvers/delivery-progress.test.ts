import type { DeliveryProgressView } from '../../../src/contract/views-delivery';
import { deliveryHistoryKey } from '../../../src/app/delivery/delivery-history-store';
import { ADMIN_ID, NOW, VIEWER_ID, expectOk, invoke, openHarness, projectPage, type Harness } from './resolver-harness';

/**
 * The project page's burn-up (`getDeliveryProgress`): the daily snapshot adds each project's
 * delivery totals to its history, the page reads the series, only for a project the caller
 * may browse.
 */
describe('getDeliveryProgress', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  const progress = (as: string, projectKey: string) =>
    invoke<DeliveryProgressView>(h, 'pm-dashboard', 'getDeliveryProgress', {}, as, projectPage(projectKey));

  it('answers no points before the first snapshot, then the day the snapshot stored, matching the page figure', async () => {
    expect(expectOk(await progress(ADMIN_ID, 'CHK'))).toEqual({
      projectKey: 'CHK',
      points: [],
      days: 180,
      hasEffort: false,
    });
    await h.runtime.invoker.runScheduledTrigger('pm-daily-snapshot');
    await h.runtime.idle();
    const view = expectOk(await progress(ADMIN_ID, 'CHK'));
    expect(view.points).toHaveLength(1);
    const [day] = view.points;
    expect(day?.date).toBe(NOW.toISOString().slice(0, 10));
    const dashboard = expectOk(
      await invoke<{ progress: { done: number; total: number } }>(
        h,
        'pm-dashboard',
        'getDashboard',
        {},
        ADMIN_ID,
        projectPage('CHK'),
      ),
    );
    expect({ done: day?.done, total: day?.total }).toEqual({
      done: dashboard.progress.done,
      total: dashboard.progress.total,
    });
    expect(day!.total).toBeGreaterThan(0);
    expect(view.hasEffort).toBe(day!.effortTotal > 0);
  });

  it('reads a stored history of several days in date order', async () => {
    h.kvs.seed({
      [deliveryHistoryKey('MOB')]: {
        version: 1,
        days: [
          ['2026-10-30', 10, 2, 30, 5],
          ['2026-10-31', 12, 4, 34, 9],
        ],
      },
    });
    expect(expectOk(await progress(VIEWER_ID, 'MOB')).points).toEqual([
      { date: '2026-10-30', done: 2, total: 10, effortDone: 5, effortTotal: 30 },
      { date: '2026-10-31', done: 4, total: 12, effortDone: 9, effortTotal: 34 },
    ]);
  });

  it('is not-found for a project the viewer cannot browse, naming nothing of it, though its history is stored', async () => {
    expect(expectOk(await progress(ADMIN_ID, 'PLAT')).points.length).toBeGreaterThan(0);
    const result = await progress(VIEWER_ID, 'PLAT');
    expect(result.ok ? 'ok' : result.error.code).toBe('not-found');
    expect(JSON.stringify(result)).not.toMatch(/PLAT/);
  });
});
