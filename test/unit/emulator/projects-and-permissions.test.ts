import type { JiraEmulator } from '../../../dev/emulator';
import { BETA_ADMIN, basic } from '../../fixtures/emulator-dataset';
import { call, openTestEmulator } from './helpers';

describe('projects, metadata and permissions', () => {
  let emu: JiraEmulator;
  beforeAll(async () => {
    emu = await openTestEmulator();
  });

  it('project/search pages and filters by browse permission', async () => {
    const admin = await call(emu, 'GET', '/rest/api/3/project/search');
    expect(admin.body).toMatchObject({
      startAt: 0,
      maxResults: 50,
      total: 2,
      isLast: true,
      self: expect.stringMatching(/^http:\/\/jira\.test\//),
    });
    expect(admin.body.values.map((p: { key: string }) => p.key)).toEqual(['ALPHA', 'BETA']);
    const viewer = await call(emu, 'GET', '/rest/api/3/project/search', { as: 'viewer' });
    expect(viewer.body.values.map((p: { key: string }) => p.key)).toEqual(['ALPHA']);
    const paged = await call(emu, 'GET', '/rest/api/3/project/search?maxResults=1');
    expect(paged.body).toMatchObject({ total: 2, isLast: false, nextPage: expect.stringContaining('startAt=1') });
    const second = await call(emu, 'GET', '/rest/api/3/project/search?maxResults=1&startAt=1');
    expect(second.body).toMatchObject({ isLast: true, values: [{ key: 'BETA' }] });
    const filtered = await call(emu, 'GET', '/rest/api/3/project/search?keys=BETA&keys=ALPHA&query=beta');
    expect(filtered.body.values.map((p: { key: string }) => p.key)).toEqual(['BETA']);
  });

  it('project/{idOrKey}: full project, 404 when hidden', async () => {
    const alpha = await call(emu, 'GET', '/rest/api/3/project/ALPHA');
    expect(alpha.body).toMatchObject({
      key: 'ALPHA',
      id: '10000',
      description: 'The first product',
      lead: { accountId: 'acc-admin' },
      issueTypes: expect.any(Array),
    });
    expect((await call(emu, 'GET', '/rest/api/3/project/10000')).body.key).toBe('ALPHA');
    const hidden = await call(emu, 'GET', '/rest/api/3/project/BETA', { as: 'viewer' });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual({ errorMessages: ["No project could be found with key 'BETA'."], errors: {} });
  });

  it('issuetype, field, status, statuscategory', async () => {
    const types = await call(emu, 'GET', '/rest/api/3/issuetype');
    expect(types.body.map((t: { name: string; hierarchyLevel: number }) => [t.name, t.hierarchyLevel])).toContainEqual([
      'Initiative',
      2,
    ]);
    const fields = await call(emu, 'GET', '/rest/api/3/field');
    expect(fields.body).toContainEqual(
      expect.objectContaining({
        id: 'customfield_10016',
        name: 'Story Points',
        custom: true,
        clauseNames: ['cf[10016]', 'Story Points'],
      }),
    );
    expect(fields.body).toContainEqual(expect.objectContaining({ id: 'summary', custom: false }));
    expect((await call(emu, 'GET', '/rest/api/3/status')).body).toHaveLength(3);
    expect((await call(emu, 'GET', '/rest/api/3/statuscategory')).body.map((c: { key: string }) => c.key)).toEqual([
      'undefined',
      'new',
      'indeterminate',
      'done',
    ]);
  });

  it('mypermissions: per user and project, Jira’s shape', async () => {
    const q = '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,ADMINISTER,ADMINISTER_PROJECTS';
    const viewer = await call(emu, 'GET', `${q}&projectKey=ALPHA`, { as: 'viewer' });
    expect(viewer.body.permissions).toEqual({
      BROWSE_PROJECTS: expect.objectContaining({
        id: '10',
        key: 'BROWSE_PROJECTS',
        type: 'PROJECT',
        havePermission: true,
      }),
      ADMINISTER: expect.objectContaining({ id: '0', type: 'GLOBAL', havePermission: false }),
      ADMINISTER_PROJECTS: expect.objectContaining({ havePermission: false }),
    });
    expect((await call(emu, 'GET', `${q}&projectKey=BETA`, { as: 'viewer' })).status).toBe(404);
    const admin = await call(emu, 'GET', `${q}&projectKey=BETA`);
    expect(Object.values(admin.body.permissions).every((p) => (p as { havePermission: boolean }).havePermission)).toBe(
      true,
    );
    const betaAdmin = await call(emu, 'GET', `${q}&projectKey=BETA`, { as: basic(BETA_ADMIN) });
    expect(betaAdmin.body.permissions.ADMINISTER_PROJECTS.havePermission).toBe(true);
    expect(betaAdmin.body.permissions.ADMINISTER.havePermission).toBe(false);
    const noContext = await call(emu, 'GET', q, { as: 'viewer' });
    expect(noContext.body.permissions.BROWSE_PROJECTS.havePermission).toBe(true);
    expect((await call(emu, 'GET', '/rest/api/3/mypermissions')).status).toBe(400);
    expect((await call(emu, 'GET', '/rest/api/3/mypermissions?permissions=NOPE')).status).toBe(400);
    const app = await call(emu, 'GET', `${q}&projectKey=BETA`, { as: 'app' });
    expect(app.body.permissions.ADMINISTER.havePermission).toBe(true);
  });
});
