import type { Route } from '@forge/api';
import { ForgeJiraGateway, type JiraRequester, type JiraResponse } from '../../../src/adapters/forge-jira-gateway';
import { RetryBudget } from '../../../src/adapters/http-retry';
import { JiraResponseShapeError } from '../../../src/ports/jira-errors';
import { FixedClock } from '../../fixtures/backend/fixed-clock';
import { jsonResponse } from '../../fixtures/backend/jira-response';

const jiraIssue = (n: number, properties: Record<string, unknown> = {}) => ({
  id: String(100 + n),
  key: `APP-${n}`,
  fields: {
    summary: `Issue ${n}`,
    issuetype: { id: '1', name: 'Story' },
    status: { name: 'Done', statusCategory: { key: 'done' } },
    project: { id: '1', key: 'APP' },
    parent: n > 1 ? { id: '101', key: 'APP-1' } : undefined,
    labels: ['ux'],
    components: [{ name: 'Cart' }],
    updated: '2026-10-01T00:00:00.000+0000',
    customfield_10016: 3,
    issuelinks: [
      {
        type: { name: 'Blocks' },
        outwardIssue: {
          id: '900',
          key: 'APP-900',
          fields: { summary: 'Other', status: { name: 'To Do', statusCategory: { key: 'new' } } },
        },
      },
    ],
  },
  properties,
});

/** A site's `GET /field` answer with the common "Story Points" field. */
const STORY_POINTS = {
  id: 'customfield_10016',
  name: 'Story Points',
  custom: true,
  schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' },
};
const SUMMARY = { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } };

/** `GET /field` is answered from `fields` and counted apart, so `calls` holds the reads under test. */
function gateway(
  handler: (actor: string, path: string, init?: { method?: string; body?: string }) => JiraResponse,
  fields: unknown[] = [SUMMARY, STORY_POINTS],
) {
  const calls: { actor: string; path: string; body?: unknown }[] = [];
  const fieldReads: string[] = [];
  const request: JiraRequester = async (actor, path: Route, init) => {
    if (path.value === '/rest/api/3/field') {
      fieldReads.push(actor);
      return jsonResponse(200, fields);
    }
    calls.push({ actor, path: path.value, ...(init?.body ? { body: JSON.parse(init.body) as unknown } : {}) });
    return handler(actor, path.value, init);
  };
  return {
    calls,
    fieldReads,
    jira: new ForgeJiraGateway({ clock: new FixedClock(), budget: new RetryBudget(), request }),
  };
}

describe('ForgeJiraGateway', () => {
  it('follows nextPageToken to the end, asking only for the needed fields and PM properties', async () => {
    const pages = [
      { issues: [jiraIssue(1)], nextPageToken: 't1', isLast: false },
      { issues: [jiraIssue(2)], nextPageToken: 't2', isLast: false },
      { issues: [jiraIssue(3)], isLast: true },
    ];
    const { calls, jira } = gateway(() => jsonResponse(200, pages.shift()));
    const keys: string[] = [];
    for await (const page of jira.searchIssues('project = "APP"', { as: 'user' }))
      keys.push(...page.issues.map((i) => i.issue.key));
    expect(keys).toEqual(['APP-1', 'APP-2', 'APP-3']);
    expect(calls.map((c) => (c.body as { nextPageToken?: string }).nextPageToken)).toEqual([undefined, 't1', 't2']);
    expect(calls[0]).toMatchObject({
      actor: 'user',
      path: '/rest/api/3/search/jql',
      body: {
        fields: expect.arrayContaining(['summary', 'customfield_10016']),
        properties: ['pm-workflow.requirement', 'pm-workflow.kpi'],
      },
    });
  });

  it('maps Jira JSON to the domain issue; an invalid PM document is set aside, not shown', async () => {
    const { jira } = gateway(() =>
      jsonResponse(200, { issues: [jiraIssue(2, { 'pm-workflow.requirement': { version: 'x' } })] }),
    );
    const record = await jira.getIssue('APP-2', { as: 'user' });
    expect(record?.issue).toMatchObject({
      key: 'APP-2',
      projectKey: 'APP',
      statusCategory: 'done',
      parentId: '101',
      effort: 3,
      components: ['Cart'],
      links: [{ type: 'Blocks', direction: 'outward', issueId: '900' }],
    });
    expect(record?.issue.pm).toBeUndefined();
    expect(record?.invalidProperties).toEqual(['pm-workflow.requirement']);
    expect(record?.parentKey).toBe('APP-1');
  });

  it('a response of the wrong shape fails with the path of the bad value', async () => {
    const { jira } = gateway(() => jsonResponse(200, { issues: [{ id: 1 }] }));
    const error = await jira.bulkFetch(['APP-1'], { as: 'user' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraResponseShapeError);
    expect((error as JiraResponseShapeError).path).toBe('issues.0.id');
  });

  it('404 reads as absent; mypermissions answers per permission', async () => {
    const { jira } = gateway((_actor, path) =>
      path.startsWith('/rest/api/3/mypermissions')
        ? jsonResponse(200, {
            permissions: { ADMINISTER: { havePermission: false }, EDIT_ISSUES: { havePermission: true } },
          })
        : jsonResponse(404, {
            errorMessages: ['Issue does not exist or you do not have permission to see it.'],
            errors: {},
          }),
    );
    await expect(jira.getIssueProperty('APP-9', 'pm-workflow.requirement', { as: 'user' })).resolves.toBeUndefined();
    await expect(jira.getProject('NOPE', { as: 'user' })).resolves.toBeUndefined();
    await expect(jira.myPermissions(['ADMINISTER', 'EDIT_ISSUES'], { issueKey: 'APP-1' })).resolves.toEqual({
      ADMINISTER: false,
      EDIT_ISSUES: true,
    });
  });

  describe('story points, whatever field the site keeps them in', () => {
    const ESTIMATE = {
      id: 'customfield_10026',
      name: 'Story point estimate',
      custom: true,
      schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points' },
    };
    const OTHER_POINTS = {
      id: 'customfield_10035',
      name: 'Story Points',
      custom: true,
      schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' },
    };
    const TEXT_NAMED_POINTS = {
      id: 'customfield_10040',
      name: 'story points',
      custom: true,
      schema: { type: 'string' },
    };

    const issueWith = (n: number, extra: Record<string, unknown>) => {
      const issue = jiraIssue(n);
      const { customfield_10016: _dropped, ...fields } = issue.fields;
      return { ...issue, fields: { ...fields, ...extra } };
    };

    it('discovers the fields once per gateway from GET /field, requests them all and reads whichever holds a number', async () => {
      const { calls, fieldReads, jira } = gateway(
        (_actor, path) =>
          path === '/rest/api/3/issue/bulkfetch'
            ? jsonResponse(200, { issues: [issueWith(4, { customfield_10035: 2 })] })
            : jsonResponse(200, {
                issues: [
                  issueWith(1, { customfield_10026: 5 }),
                  issueWith(2, { customfield_10035: 8, customfield_10026: null }),
                  issueWith(3, {}),
                ],
                isLast: true,
              }),
        [SUMMARY, OTHER_POINTS, TEXT_NAMED_POINTS, ESTIMATE],
      );
      const efforts: (number | undefined)[] = [];
      for await (const page of jira.searchIssues('project = "APP"', { as: 'user' }))
        efforts.push(...page.issues.map((i) => i.issue.effort));
      expect(efforts).toEqual([5, 8, undefined]);
      expect((calls[0]?.body as { fields: string[] }).fields).toEqual(
        expect.arrayContaining(['customfield_10026', 'customfield_10035']),
      );
      expect((calls[0]?.body as { fields: string[] }).fields).not.toContain('customfield_10016');
      expect((calls[0]?.body as { fields: string[] }).fields).not.toContain('customfield_10040');
      expect((await jira.getIssue('APP-4', { as: 'user' }))?.issue.effort).toBe(2);
      expect(fieldReads).toHaveLength(1);
    });

    it('a story-point value that is not a number is "no effort", never a failed search', async () => {
      const { jira } = gateway(() =>
        jsonResponse(200, {
          issues: [issueWith(1, { customfield_10016: '5' }), issueWith(2, { customfield_10016: { value: 3 } })],
          isLast: true,
        }),
      );
      const read: { key: string; effort?: number }[] = [];
      for await (const page of jira.searchIssues('project = "APP"', { as: 'app' }))
        read.push(...page.issues.map((i) => ({ key: i.issue.key, effort: i.issue.effort })));
      expect(read).toEqual([
        { key: 'APP-1', effort: undefined },
        { key: 'APP-2', effort: undefined },
      ]);
    });
  });

  it('lists projects with action=browse, so projects the user only administers are left out', async () => {
    const { calls, jira } = gateway(() =>
      jsonResponse(200, { values: [{ id: '1', key: 'APP', name: 'App' }], isLast: true }),
    );
    await expect(jira.listProjects({ as: 'user' })).resolves.toEqual([{ id: '1', key: 'APP', name: 'App' }]);
    expect(new URLSearchParams(calls[0]?.path.split('?')[1]).get('action')).toBe('browse');
  });

  it('lists 250 projects in pages of 100, the pages after the first at once once Jira said the total', async () => {
    const all = Array.from({ length: 250 }, (_, n) => ({
      id: String(n),
      key: `P${String(n).padStart(3, '0')}`,
      name: `P ${n}`,
    }));
    const asked: string[] = [];
    const pending: (() => void)[] = [];
    // Later pages answer only when both were asked: a list read one page after another never ends.
    const request: JiraRequester = (_actor, path: Route) => {
      const query = new URLSearchParams(path.value.split('?')[1]);
      const startAt = Number(query.get('startAt'));
      asked.push(`${startAt}/${query.get('maxResults')}`);
      const answer = () =>
        jsonResponse(200, { values: all.slice(startAt, startAt + 100), total: 250, isLast: startAt + 100 >= 250 });
      if (startAt === 0) return Promise.resolve(answer());
      return new Promise((resolve) => {
        pending.push(() => resolve(answer()));
        if (pending.length === 2) pending.forEach((go) => go());
      });
    };
    const jira = new ForgeJiraGateway({ clock: new FixedClock(), budget: new RetryBudget(), request });
    await expect(jira.listProjects({ as: 'user' })).resolves.toEqual(all);
    expect(asked).toEqual(['0/100', '100/100', '200/100']);
  });

  it('passes reconcileIssues (as Jira’s integer ids) on every page, at most 50', async () => {
    const pages = [
      { issues: [jiraIssue(1)], nextPageToken: 't1', isLast: false },
      { issues: [jiraIssue(2)], isLast: true },
    ];
    const { calls, jira } = gateway(() => jsonResponse(200, pages.shift()));
    for await (const _page of jira.searchIssues('project = "APP"', { as: 'app', reconcileIssues: ['101', '102'] }))
      void _page;
    expect(calls.map((c) => (c.body as { reconcileIssues?: number[] }).reconcileIssues)).toEqual([
      [101, 102],
      [101, 102],
    ]);
    const tooMany = Array.from({ length: 51 }, (_, i) => String(i + 1));
    const walk = async () => {
      for await (const _page of jira.searchIssues('project = "APP"', { as: 'app', reconcileIssues: tooMany }))
        void _page;
    };
    await expect(walk()).rejects.toThrow(RangeError);
  });
});
