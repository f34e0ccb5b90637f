import type { IssueEvent, JiraEmulator } from '../../../dev/emulator';
import { BETA_ADMIN, basic, PROJECTS, TYPES } from '../../fixtures/emulator-dataset';
import { call, openTestEmulator } from './helpers';

const NOT_FOUND = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };

describe('issue endpoints', () => {
  let emu: JiraEmulator;
  let events: IssueEvent[];
  beforeEach(async () => {
    emu = await openTestEmulator();
    events = [];
    emu.onIssueEvent((e) => events.push(e));
  });

  it('GET issue by key or id, all fields by default, Jira-shaped objects', async () => {
    const byKey = await call(emu, 'GET', '/rest/api/3/issue/alpha-7');
    expect(byKey.status).toBe(200);
    const byId = await call(emu, 'GET', `/rest/api/3/issue/${byKey.body.id}`);
    expect(byId.body).toEqual(byKey.body);
    expect(byKey.body).toMatchObject({
      key: 'ALPHA-7',
      self: `http://jira.test/rest/api/3/issue/${byKey.body.id}`,
      fields: {
        summary: expect.any(String),
        issuetype: {
          id: TYPES.subtask,
          name: 'Sub-task',
          subtask: true,
          hierarchyLevel: -1,
          self: expect.any(String),
          iconUrl: expect.any(String),
        },
        status: {
          id: expect.any(String),
          self: expect.any(String),
          statusCategory: {
            id: expect.any(Number),
            key: expect.any(String),
            name: expect.any(String),
            colorName: expect.any(String),
            self: expect.any(String),
          },
        },
        project: {
          id: PROJECTS.ALPHA.id,
          key: 'ALPHA',
          name: 'Alpha Product',
          projectTypeKey: 'software',
          self: expect.any(String),
        },
        parent: {
          key: 'ALPHA-6',
          fields: { summary: expect.any(String), status: expect.any(Object), issuetype: { name: 'Story' } },
        },
        reporter: { accountId: 'acc-admin', displayName: 'Ada Admin' },
      },
    });
    const story = await call(emu, 'GET', '/rest/api/3/issue/ALPHA-6?fields=subtasks');
    expect(story.body.fields.subtasks.map((s: { key: string }) => s.key)).toEqual(['ALPHA-7']);
  });

  it('GET issue with fields and properties params', async () => {
    const res = await call(emu, 'GET', '/rest/api/3/issue/ALPHA-1?fields=summary&properties=*all');
    expect(Object.keys(res.body.fields)).toEqual(['summary']);
    expect(res.body.properties['pm-workflow.requirement']).toBeDefined();
  });

  it('404 with Jira’s body for unknown issues and for issues the caller cannot browse', async () => {
    expect((await call(emu, 'GET', '/rest/api/3/issue/ALPHA-99999')).body).toEqual(NOT_FOUND);
    const hidden = await call(emu, 'GET', '/rest/api/3/issue/BETA-1', { as: 'viewer' });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(NOT_FOUND);
    expect((await call(emu, 'GET', '/rest/api/3/issue/BETA-1', { as: 'app' })).status).toBe(200);
  });

  it('creates issues (201 {id,key,self}, next key, created event) and validates input', async () => {
    const res = await call(emu, 'POST', '/rest/api/3/issue', {
      as: 'viewer',
      body: {
        fields: {
          project: { key: 'ALPHA' },
          issuetype: { name: 'Story' },
          summary: 'New story',
          labels: ['x'],
          parent: { key: 'ALPHA-2' },
          customfield_10016: 3,
        },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^\d+$/),
      key: 'ALPHA-310',
      self: `http://jira.test/rest/api/3/issue/${res.body.id}`,
    });
    expect(events).toEqual([
      {
        type: 'avi:jira:created:issue',
        issueId: res.body.id,
        issueKey: 'ALPHA-310',
        projectKey: 'ALPHA',
        atlassianId: 'acc-viewer',
      },
    ]);
    const created = await call(emu, 'GET', `/rest/api/3/issue/${res.body.key}`);
    expect(created.body.fields).toMatchObject({
      summary: 'New story',
      labels: ['x'],
      parent: { key: 'ALPHA-2' },
      customfield_10016: 3,
      status: { statusCategory: { key: 'new' } },
    });

    const bad = await call(emu, 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'NOPE' }, issuetype: { id: '1' } } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      errorMessages: [],
      errors: { project: expect.any(String), issuetype: expect.any(String), summary: expect.any(String) },
    });
    const hidden = await call(emu, 'POST', '/rest/api/3/issue', {
      as: 'viewer',
      body: { fields: { project: { key: 'BETA' }, issuetype: { name: 'Task' }, summary: 'x' } },
    });
    expect(hidden.body.errors.project).toBeDefined();
    const hierarchy = await call(emu, 'POST', '/rest/api/3/issue', {
      body: {
        fields: { project: { key: 'ALPHA' }, issuetype: { name: 'Story' }, summary: 'x', parent: { key: 'ALPHA-1' } },
      },
    });
    expect(hierarchy.body.errors.parent).toMatch(/hierarchy/);
  });

  it('edits fields (204, updated event, new updated time) and refuses unknown fields', async () => {
    const res = await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3', {
      body: {
        fields: { summary: 'Renamed', components: [{ name: 'Core' }] },
        update: { labels: [{ add: 'triaged' }] },
      },
    });
    expect(res.status).toBe(204);
    const after = await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3?fields=summary,labels,components,updated');
    expect(after.body.fields).toMatchObject({
      summary: 'Renamed',
      labels: ['triaged'],
      components: [{ name: 'Core' }],
      updated: '2025-06-01T12:00:00.000+0000',
    });
    expect(events.map((e) => [e.type, e.issueKey])).toEqual([['avi:jira:updated:issue', 'ALPHA-3']]);

    const bad = await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3', {
      body: { fields: { status: { id: '3' }, labels: ['has space'] } },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['labels', 'status']);
    expect(
      (await call(emu, 'PUT', '/rest/api/3/issue/BETA-3', { as: 'viewer', body: { fields: { summary: 'x' } } })).status,
    ).toBe(404);
  });

  it('deletes issues only for admins / project admins, with their sub-tasks when asked', async () => {
    expect((await call(emu, 'DELETE', '/rest/api/3/issue/ALPHA-3', { as: 'viewer' })).status).toBe(403);
    expect((await call(emu, 'DELETE', '/rest/api/3/issue/ALPHA-6')).status).toBe(400); // has a sub-task
    const res = await call(emu, 'DELETE', '/rest/api/3/issue/ALPHA-6?deleteSubtasks=true');
    expect(res.status).toBe(204);
    // Jira emits no cascading events: one for ALPHA-6, none for its sub-task ALPHA-7.
    expect(events.map((e) => [e.type, e.issueKey])).toEqual([['avi:jira:deleted:issue', 'ALPHA-6']]);
    expect((await call(emu, 'GET', '/rest/api/3/issue/ALPHA-7')).status).toBe(404);
    expect((await call(emu, 'DELETE', '/rest/api/3/issue/ALPHA-4')).status).toBe(204);
    const linked = await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3?fields=issuelinks');
    expect(linked.body.fields.issuelinks).toEqual([]);
    expect((await call(emu, 'DELETE', '/rest/api/3/issue/BETA-3', { as: basic(BETA_ADMIN) })).status).toBe(204);
  });

  it('bulkfetch: navigable fields by default, issueErrors for missing or hidden, at most 100', async () => {
    const res = await call(emu, 'POST', '/rest/api/3/issue/bulkfetch', {
      as: 'viewer',
      body: { issueIdsOrKeys: ['ALPHA-1', 'ALPHA-2', 'BETA-1', 'NOPE-1'], properties: ['pm-workflow.requirement'] },
    });
    expect(res.status).toBe(200);
    expect(res.body.issues.map((i: { key: string }) => i.key)).toEqual(['ALPHA-1', 'ALPHA-2']);
    expect(res.body.issues[0].fields.summary).toBeDefined();
    expect(res.body.issues[0].properties['pm-workflow.requirement']).toBeDefined();
    expect(res.body.issueErrors).toEqual([
      { id: 'BETA-1', errorMessage: NOT_FOUND.errorMessages[0] },
      { id: 'NOPE-1', errorMessage: NOT_FOUND.errorMessages[0] },
    ]);
    const ids = await call(emu, 'POST', '/rest/api/3/issue/bulkfetch', {
      body: { issueIdsOrKeys: ['ALPHA-1'], fields: ['id'] },
    });
    expect(ids.body.issues).toEqual([{ id: expect.any(String) }]);
    const tooMany = await call(emu, 'POST', '/rest/api/3/issue/bulkfetch', {
      body: { issueIdsOrKeys: Array.from({ length: 101 }, (_, i) => `ALPHA-${i + 1}`) },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errorMessages[0]).toMatch(/100/);
  });
});
