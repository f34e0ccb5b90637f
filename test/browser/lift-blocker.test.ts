import type { BacklogPage } from '../../src/contract/views-backlog';
import { browserSuite, screenshot } from './helpers';

/**
 * "Lift in Jira rank" on a priority inversion, in Chromium: the button beside the flag moves the
 * blocker just above what waits on it in Jira's rank (the board order: `ORDER BY Rank` through
 * Jira's REST API agrees); the answer says the backlog ranks by score, so the row stays where it
 * is; a viewer without Edit / Schedule Issues gets the refusal in words, and nothing moves.
 */
describe('lift a blocker in Jira rank from the backlog (Chromium)', () => {
  const suite = browserSuite({ issues: 600 });

  it('moves the blocker above its dependant in Jira rank, says the backlog keeps its order; a viewer is refused', async () => {
    const admin = suite.accountId('admin@example.com');
    const viewer = suite.accountId('viewer@example.com');
    const auth = { authorization: suite.app.emulator!.authorizationFor(admin), 'content-type': 'application/json' };
    const backlog = async () => {
      const res = await fetch(`${suite.app.url}/__forge/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          functionKey: 'getBacklogPage',
          payload: {},
          context: {
            moduleKey: 'pm-dashboard',
            accountId: admin,
            extension: { type: 'jira:projectPage', project: { key: 'MOB' } },
          },
        }),
      });
      return ((await res.json()) as { ok: true; data: BacklogPage }).data.rows;
    };
    const byRank = async (keys: string[]) => {
      const res = await fetch(`${suite.app.url}/rest/api/3/search/jql`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ jql: `key in (${keys.join(', ')}) ORDER BY Rank ASC`, fields: ['summary'] }),
      });
      return ((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key);
    };
    // One Blocks link makes an inversion; the blocker goes below its dependant on the board first.
    const rows = (await backlog()).filter((r) => r.rank !== undefined && !r.inversion);
    const high = rows[1]!;
    const low = rows[rows.length - 1]!;
    const link = await fetch(`${suite.app.url}/rest/api/3/issueLink`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        type: { name: 'Blocks' },
        inwardIssue: { key: low.key },
        outwardIssue: { key: high.key },
      }),
    });
    expect(link.status).toBe(201);
    const down = await fetch(`${suite.app.url}/rest/agile/1.0/issue/rank`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ issues: [low.key], rankAfterIssue: high.key }),
    });
    expect(down.status).toBe(204);
    expect(await byRank([low.key, high.key])).toEqual([high.key, low.key]);

    const open = async (as: string) => {
      const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
      const frame = await suite.openModule(
        page,
        'pm-dashboard',
        { as, project: 'MOB' },
        `[data-testid="row-${low.key}"]`,
      );
      return { page, errors, lift: frame.locator(`[data-testid="row-${low.key}"] [data-testid="lift-blocker"]`) };
    };

    // The viewer browses but edits nothing: refused in words, nothing moved.
    const asViewer = await open(viewer);
    await asViewer.lift.getByRole('button', { name: 'Lift in Jira rank' }).click();
    await asViewer.lift.locator('text=/Edit Issues and Schedule Issues/').waitFor({ timeout: 15_000 });
    expect(await byRank([low.key, high.key])).toEqual([high.key, low.key]);
    asViewer.errors.assertNone();
    await asViewer.page.close();

    const { page, errors, lift } = await open(admin);
    const rowsBefore = await backlog();
    await lift.getByRole('button', { name: 'Lift in Jira rank' }).click();
    const status = lift.locator('[role="status"]');
    await status.locator(`text=/Ranked above ${high.key}/`).waitFor({ timeout: 15_000 });
    expect(await status.innerText()).toMatch(/This backlog ranks by .+ score: the row stays where it is\./);
    expect(await byRank([low.key, high.key])).toEqual([low.key, high.key]);
    // The backlog's order is by score: unchanged by the lift.
    expect((await backlog()).map((r) => r.key)).toEqual(rowsBefore.map((r) => r.key));
    await screenshot(page, `backlog-lift-blocker-${low.key}`);
    errors.assertNone();
    await page.close();
  });
});
