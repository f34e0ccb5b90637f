import type { BacklogPage } from '../../src/contract/views-backlog';
import { browserSuite, screenshot } from './helpers';

/**
 * Dependency-aware ranking in the project page's backlog, in Chromium: a row that blocks a row
 * ranked above it (a Blocks link made through Jira's REST API) shows "Priority inversion", and its
 * tooltip, on keyboard focus, names the dependant and the score that would lift it.
 */
describe('priority inversion in the backlog (Chromium)', () => {
  const suite = browserSuite({ issues: 600 });

  it('flags the blocker and explains the lift on keyboard focus', async () => {
    const admin = suite.accountId('admin@example.com');
    const invoke = async (functionKey: string, payload: unknown) => {
      const res = await fetch(`${suite.app.url}/__forge/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          functionKey,
          payload,
          context: {
            moduleKey: 'pm-dashboard',
            accountId: admin,
            extension: { type: 'jira:projectPage', project: { key: 'MOB' } },
          },
        }),
      });
      return (await res.json()) as { ok: true; data: BacklogPage };
    };
    const rows = (await invoke('getBacklogPage', {})).data.rows.filter((r) => r.rank !== undefined && !r.inversion);
    const high = rows[1]!;
    const low = rows[rows.length - 1]!;
    const link = await fetch(`${suite.app.url}/rest/api/3/issueLink`, {
      method: 'POST',
      headers: { authorization: suite.app.emulator!.authorizationFor(admin), 'content-type': 'application/json' },
      body: JSON.stringify({
        type: { name: 'Blocks' },
        inwardIssue: { key: low.key },
        outwardIssue: { key: high.key },
      }),
    });
    expect(link.status).toBe(201);

    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await suite.openModule(
      page,
      'pm-dashboard',
      { as: admin, project: 'MOB' },
      `[data-testid="row-${low.key}"]`,
    );
    const flag = frame.locator(`[data-testid="row-${low.key}"] [data-testid="priority-inversion"] button`);
    expect(await flag.count()).toBe(1);
    expect(await frame.locator(`[data-testid="row-${high.key}"] [data-testid="priority-inversion"]`).count()).toBe(0);
    await flag.focus();
    const tip = frame.locator('[role="tooltip"]');
    await tip.waitFor();
    const text = await tip.innerText();
    expect(text).toContain(`Blocks ${high.key} (#${high.rank})`);
    expect(text).toMatch(new RegExp(`Lift: with a .+ score of .+ it would rank with`));
    await screenshot(page, `backlog-priority-inversion-${low.key}`);
    errors.assertNone();
    await page.close();
  });
});
