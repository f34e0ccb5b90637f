import type { BacklogPage, LiftBlockerView } from '../../../src/contract/views-backlog';
import {
  ADMIN_ID,
  PO_ID,
  VIEWER_ID,
  expectOk,
  invoke,
  jiraAs,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';

/**
 * "Lift to its dependant's rank" through src/index.ts against the emulator: the backlog ranks by
 * score, so the lift is the move in Jira's rank (the board order, `ORDER BY Rank`): the blocker goes
 * just above the first-ranked of the work scored above it that waits on it, through Jira Software's
 * `PUT /rest/agile/1.0/issue/rank` as the caller. The backlog's order (by score) does not change.
 * A viewer without Edit / Schedule Issues is refused; work the caller cannot see is neither
 * followed nor named; the payload is strict.
 */
describe('liftBlocker', () => {
  let h: Harness;
  const page = (as: string) =>
    invoke<BacklogPage>(h, 'pm-dashboard', 'getBacklogPage', { model: 'rice', pageSize: 20 }, as, projectPage('CHK'));
  const lift = (issueKey: string, as = ADMIN_ID, extra: Record<string, unknown> = {}) =>
    invoke<LiftBlockerView>(
      h,
      'pm-dashboard',
      'liftBlocker',
      { issueKey, model: 'rice', ...extra },
      as,
      projectPage('CHK'),
    );
  const block = async (blocker: string, blocked: string) => {
    const res = await jiraAs(h, ADMIN_ID, '/rest/api/3/issueLink', {
      method: 'POST',
      body: JSON.stringify({ type: { name: 'Blocks' }, inwardIssue: { key: blocker }, outwardIssue: { key: blocked } }),
    });
    expect(res.status).toBe(201);
    await h.runtime.idle();
  };
  const byRank = async (keys: string[]) => {
    const res = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({ jql: `key in (${keys.join(', ')}) ORDER BY Rank ASC`, fields: ['summary'] }),
    });
    return ((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key);
  };

  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('moves the blocker just above the first-ranked dependant in Jira rank; the backlog order stays by score', async () => {
    const rows = expectOk(await page(ADMIN_ID)).rows.filter((r) => r.rank !== undefined && !r.inversion);
    const [top, second] = [rows[0]!, rows[1]!];
    const low = rows[rows.length - 1]!;
    expect(low.mainScore.value!).toBeLessThan(second.mainScore.value!);
    await block(low.key, top.key);
    await block(low.key, second.key);
    // On the board: `second` above `top`, the blocker below both (the demo's rank is the order of creation).
    const rank = async (body: unknown) => {
      const res = await jiraAs(h, ADMIN_ID, '/rest/agile/1.0/issue/rank', {
        method: 'PUT',
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(204);
    };
    await rank({ issues: [second.key], rankBeforeIssue: top.key });
    await rank({ issues: [low.key], rankAfterIssue: top.key });
    expect(await byRank([low.key, top.key, second.key])).toEqual([second.key, top.key, low.key]);

    const lifted = expectOk(await lift(low.key));
    // Above `second`, the first of its dependants on the board, not `top`, the best scored.
    expect(lifted).toMatchObject({ issueKey: low.key, rankedBefore: second.key, moved: true, model: 'rice' });
    expect(lifted.dependants).toEqual(expect.arrayContaining([top.key, second.key]));
    expect(await byRank([low.key, top.key, second.key])).toEqual([low.key, second.key, top.key]);

    // A second lift has nothing to move.
    expect(expectOk(await lift(low.key))).toMatchObject({ moved: false, rankedBefore: second.key });
    // The backlog still ranks by score: the blocker keeps its place there, still flagged.
    const after = expectOk(await page(ADMIN_ID)).rows;
    expect(after.findIndex((r) => r.key === low.key)).toBeGreaterThan(after.findIndex((r) => r.key === top.key));
    expect(after.find((r) => r.key === low.key)?.inversion?.liftTo.key).toBe(top.key);
  });

  it('refuses a viewer (no Edit / Schedule Issues), a row with nothing to lift to, another project and a loose payload', async () => {
    const rows = expectOk(await page(ADMIN_ID)).rows.filter((r) => r.rank !== undefined);
    const flagged = rows.find((r) => r.inversion)!;
    const viewer = await lift(flagged.key, VIEWER_ID);
    expect(viewer.ok || viewer.error.code).toBe('forbidden');
    const plain = rows.find((r) => !r.inversion)!;
    const nothing = await lift(plain.key);
    expect(nothing.ok || nothing.error.code).toBe('validation');
    const [other] = expectOk(await page(ADMIN_ID)).rows; // any CHK row, asked for from the MOB page
    const elsewhere = await invoke(
      h,
      'pm-dashboard',
      'liftBlocker',
      { issueKey: other!.key },
      ADMIN_ID,
      projectPage('MOB'),
    );
    expect(elsewhere.ok || elsewhere.error.code).toBe('not-found');
    const loose = await lift(flagged.key, ADMIN_ID, { rankBeforeIssue: 'CHK-1' });
    expect(loose.ok || loose.error.code).toBe('validation');
  });

  it('a dependant the caller cannot see is not followed nor named: for them there is nothing to lift to', async () => {
    // A CHK row blocks an MOB issue scored above it; PO browses both, so it is flagged for them. A
    // PLAT issue is out of PO's sight: a CHK row blocking only that is nothing to PO.
    const hidden = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({
        jql: 'project = PLAT AND pmRiceScore IS NOT EMPTY AND statusCategory != Done ORDER BY pmRiceScore DESC',
        fields: ['summary'],
        maxResults: 1,
      }),
    });
    const [secret] = ((await hidden.json()) as { issues: { key: string }[] }).issues;
    expect(secret).toBeDefined();
    const rows = expectOk(await page(PO_ID)).rows.filter((r) => r.rank !== undefined && !r.inversion);
    const low = rows[rows.length - 2]!;
    await block(low.key, secret!.key);
    const forAdmin = await lift(low.key, ADMIN_ID);
    const forPo = await lift(low.key, PO_ID);
    expect(forPo.ok || forPo.error.code).toBe('validation');
    expect(JSON.stringify(forPo)).not.toContain(secret!.key);
    // The admin sees the PLAT issue (PLAT's best score, above a low CHK row): for them it waits on the row.
    expect(expectOk(forAdmin).dependants).toContain(secret!.key);
  });
});
