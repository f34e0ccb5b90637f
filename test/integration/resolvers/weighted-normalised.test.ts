import type { BacklogPage } from '../../../src/contract/views-backlog';
import { ADMIN_ID, expectOk, invoke, openHarness, projectPage, type Harness } from './resolver-harness';

/**
 * The weighted scorecard on the backlog page, absolute and normalised side by side: the
 * normalised score is the share of the best score in the compared (filtered) backlog, so it is
 * the same on every page, and it moves when another item's score changes.
 */
describe('getBacklogPage with the weighted scorecard', () => {
  let h: Harness;
  const page = (payload: Record<string, unknown>) =>
    invoke<BacklogPage>(
      h,
      'pm-dashboard',
      'getBacklogPage',
      { model: 'weighted', ...payload },
      ADMIN_ID,
      projectPage('CHK'),
    );
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('gives every row its share of the best score, across pages; other models have none', async () => {
    const first = expectOk(await page({ pageSize: 5 }));
    const second = expectOk(await page({ pageSize: 5, pageToken: first.nextPageToken }));
    const best = first.rows[0]!.mainScore.value!;
    expect(first.rows[0]!.normalisedScore).toBe(100);
    for (const row of [...first.rows, ...second.rows]) {
      expect(row.normalisedScore).toBeCloseTo((row.mainScore.value! / best) * 100, 1);
      expect(row.normalisedScore!).toBeLessThanOrEqual(100);
    }
    const rice = expectOk(
      await invoke<BacklogPage>(
        h,
        'pm-dashboard',
        'getBacklogPage',
        { model: 'rice', pageSize: 5 },
        ADMIN_ID,
        projectPage('CHK'),
      ),
    );
    expect(rice.rows.every((r) => r.normalisedScore === undefined)).toBe(true);
  });

  it('the normalised score of an item moves when the best item changes; its absolute score does not', async () => {
    const before = expectOk(await page({ pageSize: 5 }));
    const [top, other] = [before.rows[0]!, before.rows[2]!];
    const ctx = expectOk(
      await invoke<{ pm: { version: number; scores: Record<string, unknown> } }>(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        ADMIN_ID,
        { type: 'jira:issuePanel', issue: { key: top.key }, project: { key: 'CHK' } },
      ),
    );
    const weighted = ctx.pm.scores['weighted'] as Record<string, number>;
    // Lower the best item to the third one's criteria: the third's share of the new best rises.
    const otherCtx = expectOk(
      await invoke<{ pm: { scores: Record<string, unknown> } }>(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        ADMIN_ID,
        { type: 'jira:issuePanel', issue: { key: other.key }, project: { key: 'CHK' } },
      ),
    );
    expect(weighted).toBeDefined();
    expectOk(
      await invoke(
        h,
        'pm-requirement-panel',
        'saveRequirement',
        {
          version: ctx.pm.version,
          changes: { scores: { ...ctx.pm.scores, weighted: otherCtx.pm.scores['weighted'] } },
        },
        ADMIN_ID,
        {
          type: 'jira:issuePanel',
          issue: { key: top.key },
          project: { key: 'CHK' },
        },
      ),
    );
    await h.runtime.idle();
    const after = expectOk(await page({ pageSize: 5 }));
    const otherAfter = after.rows.find((r) => r.key === other.key)!;
    expect(otherAfter.mainScore.value).toBe(other.mainScore.value);
    expect(otherAfter.normalisedScore!).toBeGreaterThan(other.normalisedScore!);
  });
});
