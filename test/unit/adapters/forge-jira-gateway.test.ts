import type { Route } from '@forge/api';
import { ForgeJiraGateway, type JiraRequester, type JiraResponse } from '../../../src/adapters/forge-jira-gateway';
import { RetryBudget } from '../../../src/adapters/http-retry';
import { JiraResponseShapeError } from '../../../src/ports/jira-errors';
import { FixedClock } from '../../fixtures/backend/fixed-clock';

const json = (status: number, body: unknown): JiraResponse => ({
  status,
  ok: status >= 200 && status < 300,
  headers: { get: () => null },
  json: async () => body,
  text: async () => JSON.stringify(body),
});

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
      { type: { name: 'Blocks' }, outwardIssue: { id: '900', key: 'APP-900', fields: { summary: 'Other', status: { name: 'To Do', statusCategory: { key: 'new' } } } } },
    ],
  },
  properties,
});

function gateway(handler: (actor: string, path: string, init?: { method?: string; body?: string }) => JiraResponse) {
  const calls: { actor: string; path: string; body?: unknown }[] = [];
  const request: JiraRequester = async (actor, path: Route, init) => {
    calls.push({ actor, path: path.value, ...(init?.body ? { body: JSON.parse(init.body) as unknown } : {}) });
    return handler(actor, path.value, init);
  };
  return { calls, jira: new ForgeJiraGateway({ clock: new FixedClock(), budget: new RetryBudget(), request }) };
}

describe('ForgeJiraGateway', () => {
  it('follows nextPageToken to the end, asking only for the needed fields and PM properties', async () => {
    const pages = [
      { issues: [jiraIssue(1)], nextPageToken: 't1', isLast: false },
      { issues: [jiraIssue(2)], nextPageToken: 't2', isLast: false },
      { issues: [jiraIssue(3)], isLast: true },
    ];
    const { calls, jira } = gateway(() => json(200, pages.shift()));
    const keys: string[] = [];
    for await (const page of jira.searchIssues('project = "APP"', { as: 'user' })) keys.push(...page.issues.map((i) => i.issue.key));
    expect(keys).toEqual(['APP-1', 'APP-2', 'APP-3']);
    expect(calls.map((c) => (c.body as { nextPageToken?: string }).nextPageToken)).toEqual([undefined, 't1', 't2']);
    expect(calls[0]).toMatchObject({
      actor: 'user',
      path: '/rest/api/3/search/jql',
      body: { fields: expect.arrayContaining(['summary', 'customfield_10016']), properties: ['pm-workflow.requirement', 'pm-workflow.kpi'] },
    });
  });

  it('maps Jira JSON to the domain issue; an invalid PM document is set aside, not shown', async () => {
    const { jira } = gateway(() => json(200, { issues: [jiraIssue(2, { 'pm-workflow.requirement': { version: 'x' } })] }));
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
    const { jira } = gateway(() => json(200, { issues: [{ id: 1 }] }));
    const error = await jira.bulkFetch(['APP-1'], { as: 'user' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraResponseShapeError);
    expect((error as JiraResponseShapeError).path).toBe('issues.0.id');
  });

  it('404 reads as absent; mypermissions answers per permission', async () => {
    const { jira } = gateway((_actor, path) =>
      path.startsWith('/rest/api/3/mypermissions')
        ? json(200, { permissions: { ADMINISTER: { havePermission: false }, EDIT_ISSUES: { havePermission: true } } })
        : json(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} }),
    );
    await expect(jira.getIssueProperty('APP-9', 'pm-workflow.requirement', { as: 'user' })).resolves.toBeUndefined();
    await expect(jira.getProject('NOPE', { as: 'user' })).resolves.toBeUndefined();
    await expect(jira.myPermissions(['ADMINISTER', 'EDIT_ISSUES'], { issueKey: 'APP-1' })).resolves.toEqual({ ADMINISTER: false, EDIT_ISSUES: true });
  });
});
