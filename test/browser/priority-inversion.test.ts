import { readFileSync } from 'node:fs';
import type { BacklogPage } from '../../src/contract/views-backlog';
import { browserSuite, screenshot } from './helpers';

/**
 * Dependency-aware ranking in the project page's backlog, in Chromium: a row that blocks a row
 * ranked above it (a Blocks link made through Jira's REST API) shows "Priority inversion" with the
 * action, "do before KEY"; its tooltip, on keyboard focus, says it is a suggestion (the backlog
 * ranks by score, nothing is changed), how to act on it in Jira and the score that would lift it;
 * the backlog CSV names what it blocks.
 */
describe('priority inversion in the backlog (Chromium)', () => {
  const suite = browserSuite({ issues: 600 });

  it('flags the blocker with the action, explains the lift on keyboard focus, and the CSV says what it blocks', async () => {
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
    // This suite's 600-issue demo has no inversion on a first backlog page (the resolver tests' 400-issue
    // one has, and their CSV test uses it): one Blocks link through Jira's REST API makes one.
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
    const flagged = (await invoke('getBacklogPage', {})).data.rows.find((r) => r.key === low.key)!;
    const target = flagged.inversion!.liftTo;
    const direct = flagged.inversion!.dependants.filter((d) => d.direct);
    expect(direct.map((d) => d.key)).toContain(high.key);

    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await suite.openModule(
      page,
      'pm-dashboard',
      { as: admin, project: 'MOB' },
      `[data-testid="row-${low.key}"]`,
    );
    const flag = frame.locator(`[data-testid="row-${low.key}"] [data-testid="priority-inversion"] button`);
    expect(await flag.count()).toBe(1);
    expect(await flag.innerText()).toMatch(new RegExp(`Priority inversion\\s+do before ${target.key}$`));
    expect(await frame.locator(`[data-testid="row-${target.key}"] [data-testid="priority-inversion"]`).count()).toBe(0);
    await flag.focus();
    const tip = frame.locator('[role="tooltip"]');
    await tip.waitFor();
    const text = await tip.innerText();
    expect(text).toContain(`Blocks ${direct.map((d) => `${d.key}${d.rank ? ` (#${d.rank})` : ''}`).join(', ')}`);
    expect(text).toContain(
      `Suggestion, nothing is changed: do it before ${target.key} (#${target.rank}); in Jira, rank it above ${target.key} on the board.`,
    );
    expect(text).toMatch(
      new RegExp(
        `This backlog ranks by .+ score: a score of .+ would rank it with ${target.key} \\(#${target.rank}\\)\\.`,
      ),
    );
    await screenshot(page, `backlog-priority-inversion-${low.key}`);
    // The backlog with the flag and its tooltip, as the README shows it (docs/screenshot-priority-inversion.png).
    await frame
      .locator('section[aria-labelledby="pm-backlog-h"]')
      .screenshot({ path: 'test-output/screenshots/priority-inversion.png' });

    const download = page.waitForEvent('download', { timeout: 20_000 });
    await frame.locator('header button', { hasText: 'Export CSV' }).click();
    const lines = readFileSync((await (await download).path()) as string, 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]!.endsWith(',Blocks higher-ranked')).toBe(true);
    const row = lines.find((l) => l.split(',')[1] === low.key)!;
    expect(row.slice(row.lastIndexOf(',') + 1)).toBe(flagged.inversion!.dependants.map((d) => d.key).join(' '));
    errors.assertNone();
    await page.close();
  });
});
