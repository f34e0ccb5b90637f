import type { JiraEmulator } from '../../../dev/emulator';
import { parseDataset } from '../../../dev/dataset/load-dataset';
import { BLIND_ADMIN, READER, basic, emulatorDatasetInput } from '../../fixtures/emulator-dataset';
import { call, openTestEmulator } from './helpers';

/**
 * Jira's permission schemes as the emulator applies them: Browse, Edit Issues and
 * Administer Projects are separate; the app account has grants of its own; related
 * issues the caller cannot browse never show up inside another issue.
 */

const keys = (body: { values: { key: string }[] }): string[] => body.values.map((p) => p.key);

describe('Jira permissions', () => {
  describe('Browse without Edit Issues', () => {
    let emu: JiraEmulator;
    beforeAll(async () => {
      emu = await openTestEmulator();
    });
    const reader = basic(READER);

    it('reads the issue but answers 403 to an edit and to property writes, like Jira', async () => {
      expect((await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3?fields=summary', { as: reader })).status).toBe(200);
      const edit = await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3', {
        as: reader,
        body: { fields: { summary: 'Renamed' } },
      });
      expect(edit.status).toBe(403);
      expect(edit.body).toEqual({
        errorMessages: ['You do not have permission to edit issues in this project.'],
        errors: {},
      });
      const put = await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3/properties/pm-workflow.requirement', {
        as: reader,
        body: { version: 1 },
      });
      expect(put.status).toBe(403);
      expect(put.body.errorMessages).toEqual(['You do not have permission to edit this issue.']);
      expect(
        (await call(emu, 'DELETE', '/rest/api/3/issue/ALPHA-1/properties/pm-workflow.requirement', { as: reader }))
          .status,
      ).toBe(403);
      // Nothing changed.
      expect((await call(emu, 'GET', '/rest/api/3/issue/ALPHA-1/properties/pm-workflow.requirement')).status).toBe(200);
    });

    it('cannot create issues where it may not edit', async () => {
      const res = await call(emu, 'POST', '/rest/api/3/issue', {
        as: reader,
        body: { fields: { project: { key: 'ALPHA' }, issuetype: { id: '10103' }, summary: 'New task' } },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual({ project: 'You do not have permission to create issues in this project.' });
    });

    it('mypermissions tells Browse and Edit Issues apart', async () => {
      const q = '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,CREATE_ISSUES';
      const perms = (await call(emu, 'GET', `${q}&issueKey=ALPHA-3`, { as: reader })).body.permissions;
      expect([
        perms.BROWSE_PROJECTS.havePermission,
        perms.EDIT_ISSUES.havePermission,
        perms.CREATE_ISSUES.havePermission,
      ]).toEqual([true, false, false]);
      const viewer = (await call(emu, 'GET', `${q}&issueKey=ALPHA-3`, { as: 'viewer' })).body.permissions;
      expect(viewer.EDIT_ISSUES.havePermission).toBe(true);
    });
  });

  describe('Administer without Browse, and project/search action', () => {
    let emu: JiraEmulator;
    beforeAll(async () => {
      emu = await openTestEmulator();
    });
    const blind = basic(BLIND_ADMIN);

    it('project/search: view (default) lists administered projects, browse only browsable ones, edit administered ones', async () => {
      expect(keys((await call(emu, 'GET', '/rest/api/3/project/search', { as: blind })).body)).toEqual(['ALPHA']);
      expect(keys((await call(emu, 'GET', '/rest/api/3/project/search?action=view', { as: blind })).body)).toEqual([
        'ALPHA',
      ]);
      expect(keys((await call(emu, 'GET', '/rest/api/3/project/search?action=browse', { as: blind })).body)).toEqual(
        [],
      );
      expect(keys((await call(emu, 'GET', '/rest/api/3/project/search?action=edit', { as: blind })).body)).toEqual([
        'ALPHA',
      ]);
      expect(
        keys((await call(emu, 'GET', '/rest/api/3/project/search?action=create', { as: basic(READER) })).body),
      ).toEqual([]);
      expect(
        keys((await call(emu, 'GET', '/rest/api/3/project/search?action=browse', { as: basic(READER) })).body),
      ).toEqual(['ALPHA']);
      expect(keys((await call(emu, 'GET', '/rest/api/3/project/search?action=edit', { as: 'viewer' })).body)).toEqual(
        [],
      );
      expect((await call(emu, 'GET', '/rest/api/3/project/search?action=fly')).status).toBe(400);
    });

    it('sees the project but none of its issues: JQL says the project does not exist', async () => {
      expect((await call(emu, 'GET', '/rest/api/3/project/ALPHA', { as: blind })).status).toBe(200);
      expect((await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3', { as: blind })).status).toBe(404);
      const search = await call(emu, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = ALPHA')}`, {
        as: blind,
      });
      expect(search.status).toBe(400);
      const perms = await call(
        emu,
        'GET',
        '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,ADMINISTER_PROJECTS&projectKey=ALPHA',
        { as: blind },
      );
      expect(perms.status).toBe(200);
      expect(perms.body.permissions.BROWSE_PROJECTS.havePermission).toBe(false);
      expect(perms.body.permissions.ADMINISTER_PROJECTS.havePermission).toBe(true);
    });
  });

  describe('the app account has its own grants', () => {
    let emu: JiraEmulator;
    beforeAll(async () => {
      const input = emulatorDatasetInput();
      input.appAccount = { browseProjects: ['ALPHA'] };
      emu = await openTestEmulator({ dataset: parseDataset(input) });
    });

    it('asApp cannot browse a project it is not granted, anywhere', async () => {
      expect(keys((await call(emu, 'GET', '/rest/api/3/project/search?action=browse', { as: 'app' })).body)).toEqual([
        'ALPHA',
      ]);
      expect((await call(emu, 'GET', '/rest/api/3/issue/BETA-3', { as: 'app' })).status).toBe(404);
      expect(
        (await call(emu, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = BETA')}`, { as: 'app' }))
          .status,
      ).toBe(400);
      const bulk = await call(emu, 'POST', '/rest/api/3/issue/bulkfetch', {
        as: 'app',
        body: { issueIdsOrKeys: ['ALPHA-3', 'BETA-3'] },
      });
      expect(bulk.body.issues.map((i: { key: string }) => i.key)).toEqual(['ALPHA-3']);
      expect((await call(emu, 'PUT', '/rest/api/3/issue/BETA-3/properties/x', { as: 'app', body: 1 })).status).toBe(
        404,
      );
      // Users keep their own grants.
      expect((await call(emu, 'GET', '/rest/api/3/issue/BETA-3')).status).toBe(200);
    });

    it('mypermissions as the app: Administer Jira, but no Browse where not granted', async () => {
      const res = await call(
        emu,
        'GET',
        '/rest/api/3/mypermissions?permissions=ADMINISTER,BROWSE_PROJECTS&projectKey=BETA',
        { as: 'app' },
      );
      expect(res.body.permissions.ADMINISTER.havePermission).toBe(true);
      expect(res.body.permissions.BROWSE_PROJECTS.havePermission).toBe(false);
    });
  });

  describe('related issues the caller cannot browse', () => {
    let emu: JiraEmulator;
    beforeAll(async () => {
      const input = emulatorDatasetInput();
      const byKey = (key: string) => {
        const issue = input.issues.find((i) => i.key === key);
        if (!issue) throw new Error(key);
        return issue;
      };
      // ALPHA-3 blocks BETA-3; BETA-2 (an epic) sits under the ALPHA-1 initiative; BETA-7 (a sub-task) under ALPHA-3.
      const alpha3 = byKey('ALPHA-3').fields;
      alpha3.issuelinks = [
        ...(alpha3.issuelinks ?? []),
        { id: '30001', type: { id: '10000' }, outwardIssue: { id: byKey('BETA-3').id } },
      ];
      byKey('BETA-2').fields.parent = { id: byKey('ALPHA-1').id };
      byKey('BETA-7').fields.parent = { id: byKey('ALPHA-3').id };
      emu = await openTestEmulator({ dataset: parseDataset(input) });
    });
    const betaOnly = basic({ email: 'beta.admin@example.com', token: 'beta-token' });

    const linkKeys = (fields: { issuelinks: { inwardIssue?: { key: string }; outwardIssue?: { key: string } }[] }) =>
      fields.issuelinks.map((l) => (l.outwardIssue ?? l.inwardIssue)?.key);

    it('leaves them out of issuelinks, parent and subtasks in get, search and bulkfetch', async () => {
      const all = await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3?fields=issuelinks,subtasks');
      expect(linkKeys(all.body.fields)).toEqual(expect.arrayContaining(['ALPHA-4', 'BETA-3']));
      expect(all.body.fields.subtasks.map((s: { key: string }) => s.key)).toContain('BETA-7');

      const viewer = await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3?fields=issuelinks,subtasks', { as: 'viewer' });
      expect(linkKeys(viewer.body.fields)).toEqual(['ALPHA-4']);
      expect(viewer.body.fields.subtasks.map((s: { key: string }) => s.key)).not.toContain('BETA-7');

      const jql = encodeURIComponent('key in (ALPHA-3)');
      const search = await call(emu, 'GET', `/rest/api/3/search/jql?jql=${jql}&fields=issuelinks,subtasks`, {
        as: 'viewer',
      });
      expect(linkKeys(search.body.issues[0].fields)).toEqual(['ALPHA-4']);
      const bulk = await call(emu, 'POST', '/rest/api/3/issue/bulkfetch', {
        as: 'viewer',
        body: { issueIdsOrKeys: ['ALPHA-3'], fields: ['issuelinks'] },
      });
      expect(linkKeys(bulk.body.issues[0].fields)).toEqual(['ALPHA-4']);

      // From the other side: BETA-only users do not see ALPHA parents or the inward link.
      const epic = await call(emu, 'GET', '/rest/api/3/issue/BETA-2?fields=parent', { as: betaOnly });
      expect(epic.body.fields.parent).toBeUndefined();
      expect((await call(emu, 'GET', '/rest/api/3/issue/BETA-2?fields=parent')).body.fields.parent.key).toBe('ALPHA-1');
      const blocked = await call(emu, 'POST', '/rest/api/3/issue/bulkfetch', {
        as: betaOnly,
        body: { issueIdsOrKeys: ['BETA-3', 'BETA-7'], fields: ['issuelinks', 'parent'] },
      });
      expect(
        blocked.body.issues.map((i: { key: string; fields: { issuelinks: unknown[]; parent?: { key: string } } }) => [
          i.key,
          i.fields.issuelinks.length,
          i.fields.parent?.key,
        ]),
      ).toEqual([
        ['BETA-3', 0, 'BETA-2'],
        ['BETA-7', 0, undefined],
      ]);
    });
  });
});
