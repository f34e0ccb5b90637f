import type { IssueEvent, JiraEmulator } from '../../../dev/emulator';
import { PROPERTY_VALUE_MAX } from '../../../dev/emulator';
import { call, openTestEmulator } from './helpers';

describe('issue properties', () => {
  let emu: JiraEmulator;
  let events: IssueEvent[];
  beforeEach(async () => {
    emu = await openTestEmulator();
    events = [];
    emu.onIssueEvent((e) => events.push(e));
  });

  const P = '/rest/api/3/issue/ALPHA-3/properties';

  it('put (201 then 200), get, keys, delete (204), 404 after; each write emits an updated event', async () => {
    expect((await call(emu, 'GET', P)).body).toEqual({ keys: [] });
    expect((await call(emu, 'PUT', `${P}/my.prop`, { body: { a: 1 } })).status).toBe(201);
    expect((await call(emu, 'PUT', `${P}/my.prop`, { body: { a: 2 } })).status).toBe(200);
    expect((await call(emu, 'GET', `${P}/my.prop`)).body).toEqual({ key: 'my.prop', value: { a: 2 } });
    const keys = await call(emu, 'GET', P);
    expect(keys.body.keys).toEqual([
      {
        key: 'my.prop',
        self: expect.stringMatching(/^http:\/\/jira\.test\/rest\/api\/3\/issue\/\d+\/properties\/my\.prop$/),
      },
    ]);
    expect((await call(emu, 'DELETE', `${P}/my.prop`)).status).toBe(204);
    const gone = await call(emu, 'GET', `${P}/my.prop`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ errorMessages: ["The property with key 'my.prop' does not exist."], errors: {} });
    expect((await call(emu, 'DELETE', `${P}/my.prop`)).status).toBe(404);
    expect(events.map((e) => [e.type, e.issueKey, e.changedPropertyKey, e.atlassianId])).toEqual([
      ['avi:jira:updated:issue', 'ALPHA-3', 'my.prop', 'acc-admin'],
      ['avi:jira:updated:issue', 'ALPHA-3', 'my.prop', 'acc-admin'],
      ['avi:jira:updated:issue', 'ALPHA-3', 'my.prop', 'acc-admin'],
    ]);
  });

  it('accepts values up to 32768 characters of JSON and refuses longer ones', async () => {
    const fits = 'x'.repeat(PROPERTY_VALUE_MAX - 2); // JSON string adds two quotes
    expect((await call(emu, 'PUT', `${P}/big`, { body: fits })).status).toBe(201);
    const tooBig = await call(emu, 'PUT', `${P}/big`, { body: fits + 'x' });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errorMessages[0]).toMatch(/32768/);
    expect((await call(emu, 'PUT', `${P}/${'k'.repeat(256)}`, { body: 1 })).status).toBe(400);
    expect((await call(emu, 'PUT', `${P}/bad`, { rawBody: '{not json' })).status).toBe(400);
  });

  it('property writes are searchable at once through the aliases', async () => {
    await call(emu, 'PUT', `${P}/pm-workflow.requirement`, { body: { index: { phase: 'delivery', score: 99 } } });
    const res = await call(emu, 'POST', '/rest/api/3/search/jql', { body: { jql: 'pmScore = 99', fields: ['key'] } });
    expect(res.body.issues.map((i: { key: string }) => i.key)).toEqual(['ALPHA-3']);
  });

  it('a user who cannot browse the issue gets 404 everywhere', async () => {
    for (const [method, path] of [
      ['GET', '/rest/api/3/issue/BETA-1/properties'],
      ['GET', '/rest/api/3/issue/BETA-1/properties/pm-workflow.requirement'],
      ['PUT', '/rest/api/3/issue/BETA-1/properties/x'],
      ['DELETE', '/rest/api/3/issue/BETA-1/properties/pm-workflow.requirement'],
    ] as const) {
      const res = await call(emu, method, path, { as: 'viewer', ...(method === 'PUT' ? { body: 1 } : {}) });
      expect([method, path, res.status]).toEqual([method, path, 404]);
    }
  });
});
