import type { Route } from '@forge/api';
import { ForgeJiraGateway, type JiraRequester, type JiraResponse } from '../../../src/adapters/forge-jira-gateway';
import { JiraBadRequestError } from '../../../src/ports/jira-errors';
import { FixedClock } from '../../fixtures/backend/fixed-clock';
import { jsonResponse } from '../../fixtures/backend/jira-response';

const issue = (n: number, extra: Record<string, unknown> = {}) => ({
  id: String(100 + n),
  key: `APP-${n}`,
  fields: {
    summary: `Issue ${n}`,
    issuetype: { name: 'Story' },
    status: { name: 'To Do', statusCategory: { key: 'new' } },
    project: { id: '1', key: 'APP' },
    updated: '2026-10-01T00:00:00.000+0000',
    ...extra,
  },
});

function gateway(answer: (body: Record<string, unknown>) => JiraResponse) {
  const bodies: Record<string, unknown>[] = [];
  const request: JiraRequester = async (_actor, path: Route, init) => {
    if (path.value === '/rest/api/3/field') return jsonResponse(200, []);
    const body = JSON.parse(init?.body ?? '{}') as Record<string, unknown>;
    bodies.push(body);
    return answer(body);
  };
  return { bodies, jira: new ForgeJiraGateway({ clock: new FixedClock(), request }) };
}

describe('ForgeJiraGateway.searchPage (one page, paging driven by the caller)', () => {
  it('sends the token and page size, answers Jira’s next token unless it was the last page', async () => {
    const { bodies, jira } = gateway((b) =>
      jsonResponse(
        200,
        b.nextPageToken
          ? { issues: [issue(2)], isLast: true }
          : { issues: [issue(1)], nextPageToken: 'n1', isLast: false },
      ),
    );
    const first = await jira.searchPage('project = "APP"', { as: 'user', pageSize: 20 });
    expect(first.issues.map((i) => i.issue.key)).toEqual(['APP-1']);
    expect(first.nextPageToken).toBe('n1');
    const second = await jira.searchPage('project = "APP"', { as: 'user', pageSize: 20, pageToken: 'n1' });
    expect(second).toEqual({ issues: [expect.objectContaining({ issue: expect.objectContaining({ key: 'APP-2' }) })] });
    expect(bodies.map((b) => [b.maxResults, b.nextPageToken])).toEqual([
      [20, undefined],
      [20, 'n1'],
    ]);
  });

  it('a token Jira refuses is a JiraBadRequestError for the caller (no silent restart)', async () => {
    const { bodies, jira } = gateway(() =>
      jsonResponse(400, {
        errorMessages: ['The provided next page token is invalid or does not belong to this query.'],
        errors: {},
      }),
    );
    await expect(
      jira.searchPage('project = "APP"', { as: 'user', pageSize: 5, pageToken: 'old' }),
    ).rejects.toBeInstanceOf(JiraBadRequestError);
    expect(bodies).toHaveLength(1);
  });

  it('withSubtasks asks for the embedded sub-tasks and maps them', async () => {
    const sub = {
      id: '300',
      key: 'APP-30',
      fields: {
        summary: 'Sub',
        status: { name: 'Done', statusCategory: { key: 'done' } },
        issuetype: { name: 'Sub-task' },
      },
    };
    const { bodies, jira } = gateway(() =>
      jsonResponse(200, { issues: [issue(1, { subtasks: [sub] })], isLast: true }),
    );
    const read = [];
    for await (const page of jira.searchIssues('parent in ("APP-9")', { as: 'user', withSubtasks: true }))
      read.push(...page.issues);
    expect(bodies[0]?.fields).toContain('subtasks');
    expect(read[0]?.subtasks).toEqual([
      { id: '300', key: 'APP-30', summary: 'Sub', issueType: 'Sub-task', status: 'Done', statusCategory: 'done' },
    ]);
    // Other reads do not ask for them (each embedded sub-task makes every answer larger).
    for await (const _page of jira.searchIssues('project = "APP"', { as: 'user' })) break;
    expect(bodies[1]?.fields).not.toContain('subtasks');
  });
});
