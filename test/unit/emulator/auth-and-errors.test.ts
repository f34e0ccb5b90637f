import type { JiraEmulator } from '../../../dev/emulator';
import { basic, VIEWER } from '../../fixtures/emulator-dataset';
import { call, openTestEmulator } from './helpers';

describe('auth and error bodies', () => {
  let emu: JiraEmulator;
  beforeAll(async () => {
    emu = await openTestEmulator();
  });

  it('401 without credentials and with bad ones, in Jira’s body', async () => {
    const none = await call(emu, 'GET', '/rest/api/3/myself', { as: 'none' });
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ errorMessages: [expect.stringMatching(/not authenticated/)], errors: {} });
    for (const header of [
      basic({ ...VIEWER, token: 'wrong' }),
      'Bearer nope',
      'Basic !!!',
      basic({ email: 'ghost@example.com', token: 'x' }),
    ]) {
      const bad = await call(emu, 'GET', '/rest/api/3/myself', { as: header });
      expect([header, bad.status]).toEqual([header, 401]);
      expect(bad.body.errors).toEqual({});
    }
  });

  it('authorizationFor gives a working Basic header; the app secret works as asApp', async () => {
    const me = await call(emu, 'GET', '/rest/api/3/myself', { as: emu.authorizationFor('acc-viewer') });
    expect(me.body).toMatchObject({
      accountId: 'acc-viewer',
      emailAddress: 'viewer@example.com',
      accountType: 'atlassian',
    });
    const app = await call(emu, 'GET', '/rest/api/3/myself', { as: 'app' });
    expect(app.body).toMatchObject({ accountType: 'app' });
    expect(emu.appAuthorization).toMatch(/^Bearer /);
    expect(() => emu.authorizationFor('nobody')).toThrow(/nobody/);
  });

  it('404 for unknown routes, 405 for a wrong method, 400 for malformed JSON - always Jira’s body', async () => {
    const unknown = await call(emu, 'GET', '/rest/api/3/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    const method = await call(emu, 'PATCH', '/rest/api/3/myself');
    expect(method.status).toBe(405);
    expect(method.body.errors).toEqual({});
    const malformed = await call(emu, 'POST', '/rest/api/3/search/jql', { rawBody: '{"jql": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ errorMessages: ['The request body is not valid JSON.'], errors: {} });
  });

  it('serves icons without credentials', async () => {
    const res = await emu.handle(
      new Request('http://jira.test/rest/api/3/universal_avatar/view/type/issuetype/avatar/10100?size=medium'),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('users() and projects() list the dataset', () => {
    expect(emu.users().map((u) => u.emailAddress)).toContain('admin@example.com');
    expect(emu.projects().map((p) => p.key)).toEqual(['ALPHA', 'BETA']);
  });
});
