import { PM_PROPERTY_KEY, type PmProperty } from '../../../src/contract/pm-property';
import { defaultWorkflowConfig } from '../../../src/domain';
import { modelValue } from '../../../src/domain/scoring/score-issue';
import type { WorkflowConfig } from '../../../src/domain/workflow/workflow-config-schema';
import { ADMIN_ID, NOW, adminPage, expectOk, invoke, jiraAs, openHarness, type Harness } from './resolver-harness';

/**
 * The JQL index values stay true after a configuration change: saving the
 * configuration leaves the documents as they were, the next daily snapshot
 * (scheduled trigger -> one queued event per project, through src/index.ts)
 * rewrites them, and native JQL on pmScore / pmStale then finds the new values.
 */
describe('a configuration change reaches JQL through the daily snapshot', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ issues: 200 });
  });
  afterAll(async () => {
    await h.close();
  });

  const search = async (jql: string): Promise<{ key: string; doc: PmProperty }[]> => {
    const response = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({ jql, fields: ['summary'], properties: [PM_PROPERTY_KEY], maxResults: 500 }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { issues: { key: string; properties: Record<string, PmProperty> }[] };
    return body.issues.map((i) => ({ key: i.key, doc: i.properties[PM_PROPERTY_KEY]! }));
  };
  const keys = (found: { key: string }[]) => found.map((f) => f.key).sort();
  const DAY = 86_400_000;

  it('primary model RICE -> WSJF and stale after 90 -> 5 days: pmScore and pmStale read the new values after the snapshot', async () => {
    const scored = await search('project = CHK AND pmScore IS NOT EMPTY');
    const freshBefore = await search('project = CHK AND pmStale = "false"');
    expect(scored.length).toBeGreaterThan(3);
    // The demo data has scores of every age: some fresh under 90 days that go stale under 5.
    const goesStale = freshBefore.filter(
      ({ doc }) => doc.scoredAt !== undefined && NOW.getTime() - Date.parse(doc.scoredAt) > 5 * DAY,
    );
    expect(goesStale.length).toBeGreaterThan(0);

    const current = expectOk(await invoke(h, 'pm-admin', 'getConfig', {}, ADMIN_ID, adminPage));
    const changed: WorkflowConfig = {
      ...defaultWorkflowConfig,
      scoring: { ...defaultWorkflowConfig.scoring, primaryModel: 'wsjf', staleAfterDays: 5 },
    };
    const wsjf = (doc: PmProperty) => modelValue('wsjf', doc.scores, changed.scoring);
    // The RICE copies differ from the WSJF values they must become (else the check below proves nothing).
    expect(scored.some(({ doc }) => doc.index.score !== wsjf(doc))).toBe(true);
    expectOk(
      await invoke(h, 'pm-admin', 'saveConfig', { version: current.version, config: changed }, ADMIN_ID, adminPage),
    );
    // Saving the configuration rewrites no document: JQL still answers with the old copies.
    expect(keys(await search('project = CHK AND pmStale = "false"'))).toEqual(keys(freshBefore));

    await expect(h.runtime.invoker.runScheduledTrigger('pm-daily-snapshot')).resolves.toEqual({ statusCode: 204 });
    await h.runtime.idle();

    const all = [
      ...(await search('project = CHK AND pmStale = "true"')),
      ...(await search('project = CHK AND pmStale = "false"')),
    ];
    const withWsjf = all.filter(({ doc }) => wsjf(doc) !== null);
    expect(withWsjf.length).toBeGreaterThan(0);
    expect(keys(await search('project = CHK AND pmScore IS NOT EMPTY'))).toEqual(keys(withWsjf));
    for (const { doc } of withWsjf) expect(doc.index.score).toBe(wsjf(doc));
    // The highest pmScore is now the highest WSJF.
    const [top] = await search('project = CHK AND pmScore IS NOT EMPTY ORDER BY pmScore DESC');
    expect(top!.doc.index.score).toBe(Math.max(...withWsjf.map(({ doc }) => wsjf(doc)!)));

    const stale = keys(await search('project = CHK AND pmStale = "true"'));
    expect(stale).toEqual(expect.arrayContaining(keys(goesStale)));
    expect(keys(await search('project = CHK AND pmStale = "false"'))).toEqual(
      keys(freshBefore.filter((f) => !goesStale.some((g) => g.key === f.key))),
    );
  });
});
