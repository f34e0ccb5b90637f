import { deliveryHistoryKey, deliveryHistorySchema } from '../../../src/app/delivery/delivery-history-store';
import { snapshotKey, type ProjectSnapshot } from '../../../src/app/rollup/take-daily-snapshot';
import { KvsStore } from '../../../src/adapters/kvs-store';
import { parseDataset } from '../../../dev/dataset/load-dataset';
import { demoDeliveryHistories } from '../../../dev/demo-data/delivery-history';
import { generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { NOW, openHarness, type Harness } from '../resolvers/resolver-harness';

const DAY_MS = 86_400_000;

/**
 * The local runtime seeds the burn-up's past days from the dataset (dev/start-local-app.ts). They
 * must be what the daily snapshot would have stored: the day the app's own snapshot takes agrees
 * with the history derived up to that day.
 */
describe('the demo delivery history', () => {
  const dataset = parseDataset(generateDemoDataset({ seed: 7, issues: 400, now: NOW }));
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('is 60 readable days per project ending yesterday, the same on every run', () => {
    const histories = demoDeliveryHistories(dataset, NOW);
    expect(demoDeliveryHistories(dataset, NOW)).toEqual(histories);
    expect(Object.keys(histories).sort()).toEqual(dataset.projects.map((p) => deliveryHistoryKey(p.key)).sort());
    const chk = deliveryHistorySchema.parse(histories[deliveryHistoryKey('CHK')]);
    expect(chk.days).toHaveLength(60);
    expect(chk.days[59]?.[0]).toBe(new Date(NOW.getTime() - DAY_MS).toISOString().slice(0, 10));
    // Work gets done over time: more done at the end than at the start, never more than the total.
    expect(chk.days[59]![2]).toBeGreaterThan(chk.days[0]![2]);
    for (const [, units, done] of chk.days) expect(done).toBeLessThanOrEqual(units);
  });

  it("agrees with the app's own snapshot of the same day", async () => {
    await h.runtime.invoker.runScheduledTrigger('pm-daily-snapshot');
    await h.runtime.idle();
    const taken = await new KvsStore().get<ProjectSnapshot>(snapshotKey(NOW.toISOString().slice(0, 10), 'CHK'));
    // Derived as of the next midnight: its last day is today, the day the snapshot took.
    const derived = deliveryHistorySchema.parse(
      demoDeliveryHistories(dataset, new Date(NOW.getTime() + DAY_MS))[deliveryHistoryKey('CHK')],
    );
    const [date, units, unitsDone, effortTotal, effortDone] = derived.days[derived.days.length - 1]!;
    expect(date).toBe(NOW.toISOString().slice(0, 10));
    expect({ units, unitsDone, effortTotal, effortDone }).toEqual(taken?.delivery);
  });
});
