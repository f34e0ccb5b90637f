import type { MappingPreview, SiteOptionsView } from '../../../src/contract/views-admin';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { ADMIN_ID, adminPage, expectOk, invoke, jiraAs, openHarness, type Harness } from './resolver-harness';

/**
 * The admin page's pickers and mapping preview through src/index.ts and the real
 * @forge packages against the emulator: the lists are the site's (issue types,
 * statuses, link types from Jira), and the preview's count is what Jira counts for
 * the JQL the rule implies.
 */
describe('getSiteOptions and previewMapping against the emulator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('lists the site’s issue types, statuses and link types as Jira has them', async () => {
    const options = expectOk(await invoke<SiteOptionsView>(h, 'pm-admin', 'getSiteOptions', {}, ADMIN_ID, adminPage));
    const jiraTypes = (await (await jiraAs(h, ADMIN_ID, '/rest/api/3/issuetype')).json()) as { name: string }[];
    expect(options.issueTypes.map((t) => t.name)).toEqual(
      [...new Set(jiraTypes.map((t) => t.name))].sort((a, b) => a.localeCompare(b)),
    );
    expect(options.issueTypes.find((t) => t.name === 'Sub-task')).toMatchObject({ subtask: true });
    expect(options.statuses.some((s) => s.category === 'done')).toBe(true);
    const jiraLinks = (await (await jiraAs(h, ADMIN_ID, '/rest/api/3/issueLinkType')).json()) as {
      issueLinkTypes: { name: string }[];
    };
    expect(options.linkTypes.map((l) => l.name).sort()).toEqual(jiraLinks.issueLinkTypes.map((l) => l.name).sort());
    const jiraProjects = (await (
      await jiraAs(h, ADMIN_ID, '/rest/api/3/project/search?action=browse&maxResults=100')
    ).json()) as { values: { key: string }[] };
    expect(options.projects.map((p) => p.key)).toEqual(jiraProjects.values.map((p) => p.key).sort());
  });

  it('counts what the rule maps: a draft rule for Story counts every story the admin can see', async () => {
    const rules = [...defaultWorkflowConfig.mapping.default];
    const index = rules.findIndex((r) => r.issueType === 'Story');
    const preview = expectOk(
      await invoke<MappingPreview>(h, 'pm-admin', 'previewMapping', { rules, index }, ADMIN_ID, adminPage),
    );
    expect(preview.jql).toBe('issuetype = "Story"');
    const count = async (jql: string) =>
      (
        (await (
          await jiraAs(h, ADMIN_ID, '/rest/api/3/search/approximate-count', {
            method: 'POST',
            body: JSON.stringify({ jql }),
            headers: { 'content-type': 'application/json' },
          })
        ).json()) as { count: number }
      ).count;
    expect(preview.count).toBe(await count('issuetype = Story'));
    expect(preview.count).toBeGreaterThan(0);
    expect(preview.open).toBe(await count('issuetype = Story AND statusCategory != Done'));
    expect(preview.open).toBeLessThan(preview.count);
  });

  it('an issue type the site does not have answers validation in Jira’s words on that rule', async () => {
    const result = await invoke(
      h,
      'pm-admin',
      'previewMapping',
      { rules: [{ phaseId: 'requirements', issueType: 'Storyy' }], index: 0 },
      ADMIN_ID,
      adminPage,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['rules', '0'] }] } },
    });
    if (!result.ok) expect(result.error.message).toMatch(/Storyy/);
  });
});
