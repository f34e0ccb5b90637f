import type { Route } from '@forge/api';
import { ForgeJiraGateway, type JiraRequester, type JiraResponse } from '../../../src/adapters/forge-jira-gateway';
import { TASK_PATIENCE_MS } from '../../../src/adapters/bulk-property-task';
import { JiraUnavailableError } from '../../../src/ports/jira-errors';
import { FixedClock } from '../../fixtures/backend/fixed-clock';
import { jsonResponse } from '../../fixtures/backend/jira-response';

const seeOther = (location: string): JiraResponse => ({
  status: 303,
  ok: false,
  headers: { get: (name) => (name.toLowerCase() === 'location' ? location : null) },
  json: async () => ({}),
  text: async () => '',
});
const task = (status: string) => ({ id: '77', status, progress: status === 'COMPLETE' ? 100 : 0, self: 'x' });
const entries = [{ issueId: '10001', properties: { 'pm-workflow.rollup': { progress: 50 } } }];

function gateway(answers: JiraResponse[]) {
  const calls: { path: string; method: string; body?: string }[] = [];
  const request: JiraRequester = async (_actor, path: Route, init) => {
    calls.push({ path: path.value, method: init?.method ?? 'GET', ...(init?.body ? { body: init.body } : {}) });
    const next = answers.shift();
    if (!next) throw new Error(`no answer left for ${path.value}`);
    return next;
  };
  const clock = new FixedClock();
  return { calls, clock, jira: new ForgeJiraGateway({ clock, request }) };
}

describe('ForgeJiraGateway.setIssuePropertiesBulk (POST issue/properties/multi, then Jira’s task)', () => {
  it('sends numeric issue ids, follows the 303 to the task and polls it with backoff until COMPLETE', async () => {
    const { calls, clock, jira } = gateway([
      seeOther('https://site.atlassian.net/rest/api/3/task/77'),
      jsonResponse(200, task('ENQUEUED')),
      jsonResponse(200, task('RUNNING')),
      jsonResponse(200, { ...task('COMPLETE'), result: { updated: 0, failedIssueIds: [10001] } }),
    ]);
    // The finished task's result names the issues it could not set.
    expect(await jira.setIssuePropertiesBulk(entries, { as: 'app' })).toEqual({
      calls: 4,
      failedIssueIds: ['10001'],
    });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /rest/api/3/issue/properties/multi',
      'GET /rest/api/3/task/77',
      'GET /rest/api/3/task/77',
      'GET /rest/api/3/task/77',
    ]);
    expect(JSON.parse(calls[0]!.body!)).toEqual({
      issues: [{ issueID: 10001, properties: { 'pm-workflow.rollup': { progress: 50 } } }],
    });
    expect(clock.sleeps).toEqual([250, 500, 1000]);
  });

  it('a requester that followed the redirect hands over the task: no extra poll when it is done', async () => {
    const { calls, jira } = gateway([jsonResponse(200, task('COMPLETE'))]);
    expect(await jira.setIssuePropertiesBulk(entries, { as: 'app' })).toEqual({ calls: 1, failedIssueIds: [] });
    expect(calls).toHaveLength(1);
  });

  it('a FAILED task, or one still running after the patience, throws (the write-back is retried); nothing to send costs nothing', async () => {
    await expect(
      gateway([seeOther('/rest/api/3/task/77'), jsonResponse(200, task('FAILED'))]).jira.setIssuePropertiesBulk(
        entries,
        {
          as: 'app',
        },
      ),
    ).rejects.toBeInstanceOf(JiraUnavailableError);
    const polls = Math.ceil(TASK_PATIENCE_MS / 4000) + 10;
    const stuck = gateway([
      seeOther('/rest/api/3/task/77'),
      ...Array.from({ length: polls }, () => jsonResponse(200, task('RUNNING'))),
    ]);
    await expect(stuck.jira.setIssuePropertiesBulk(entries, { as: 'app' })).rejects.toThrow(/did not finish/);
    expect(await gateway([]).jira.setIssuePropertiesBulk([], { as: 'app' })).toEqual({ calls: 0, failedIssueIds: [] });
  });

  it('refuses more than 100 issues before calling Jira', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ issueId: String(i + 1), properties: { p: 1 } }));
    const { calls, jira } = gateway([]);
    await expect(jira.setIssuePropertiesBulk(many, { as: 'app' })).rejects.toBeInstanceOf(RangeError);
    expect(calls).toEqual([]);
  });
});
