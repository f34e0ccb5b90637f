import type { JiraEmulator } from '../../../dev/emulator';
import { DatasetError, parseDataset } from '../../../dev/dataset/load-dataset';
import { emulatorDatasetInput } from '../../fixtures/emulator-dataset';
import { call, openTestEmulator } from './helpers';

/** Data as Jira holds it: one-line summaries of at most 255 characters; custom fields per project. */
describe('Jira data shapes', () => {
  const TOO_LONG = 'Summary must be less than 255 characters.';
  const NEWLINE = 'The summary is invalid because it contains newline characters.';

  describe('summaries', () => {
    let emu: JiraEmulator;
    beforeAll(async () => {
      emu = await openTestEmulator();
    });
    const create = (summary: string) =>
      call(emu, 'POST', '/rest/api/3/issue', {
        body: { fields: { project: { key: 'ALPHA' }, issuetype: { id: '10103' }, summary } },
      });

    it('create and edit refuse more than 255 characters or a line break with Jira’s 400', async () => {
      const long = await create('x'.repeat(256));
      expect(long.status).toBe(400);
      expect(long.body).toEqual({ errorMessages: [], errors: { summary: TOO_LONG } });
      expect((await create('two\nlines')).body.errors).toEqual({ summary: NEWLINE });
      expect((await create('x'.repeat(255))).status).toBe(201);

      const edit = await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3', {
        body: { fields: { summary: 'carriage\rreturn' } },
      });
      expect(edit.status).toBe(400);
      expect(edit.body.errors).toEqual({ summary: NEWLINE });
      const update = await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3', {
        body: { update: { summary: [{ set: 'y'.repeat(300) }] } },
      });
      expect(update.body.errors).toEqual({ summary: TOO_LONG });
      expect((await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3?fields=summary')).body.fields.summary).toBe(
        'ALPHA story 1.1.1',
      );
    });

    it('a dataset with a bad summary does not load, naming the path', () => {
      const input = emulatorDatasetInput();
      const first = input.issues[0];
      if (!first) throw new Error('empty fixture');
      first.fields.summary = 'z'.repeat(256);
      expect(() => parseDataset(input)).toThrow(DatasetError);
      expect(() => parseDataset(input)).toThrow(
        /issues\[0\]\.fields\.summary: Summary must be less than 255 characters/,
      );
    });
  });

  describe('custom fields per project (projects[].customFields) and team-managed projects', () => {
    let emu: JiraEmulator;
    beforeAll(async () => {
      const input = emulatorDatasetInput();
      const alpha = input.projects.find((p) => p.key === 'ALPHA');
      const beta = input.projects.find((p) => p.key === 'BETA');
      if (!alpha || !beta) throw new Error('no ALPHA or BETA');
      alpha.customFields = ['customfield_10016'];
      // BETA keeps its points in a team-managed "Story point estimate" field instead.
      beta.style = 'next-gen';
      beta.customFields = ['customfield_10026'];
      input.fields = [
        ...(input.fields ?? []),
        {
          id: 'customfield_10026',
          name: 'Story point estimate',
          custom: true,
          schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10026 },
        },
      ];
      for (const issue of input.issues) {
        if (issue.fields.project.id !== beta.id || !('customfield_10016' in issue.fields)) continue;
        issue.fields['customfield_10026'] = issue.fields['customfield_10016'];
        delete issue.fields['customfield_10016'];
      }
      emu = await openTestEmulator({ dataset: parseDataset(input) });
    });

    it('renders only the fields on the project’s screens and refuses to set the others', async () => {
      const alpha = (await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3')).body.fields;
      expect(alpha).toHaveProperty('customfield_10016');
      expect(alpha).not.toHaveProperty('customfield_10026');
      const beta = (await call(emu, 'GET', '/rest/api/3/issue/BETA-3')).body.fields;
      expect(beta).not.toHaveProperty('customfield_10016');
      expect(typeof beta.customfield_10026).toBe('number');
      const refused = await call(emu, 'PUT', '/rest/api/3/issue/BETA-3', {
        body: { fields: { customfield_10016: 3 } },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors.customfield_10016).toMatch(/cannot be set/);
      expect(
        (await call(emu, 'PUT', '/rest/api/3/issue/BETA-3', { body: { fields: { customfield_10026: 8 } } })).status,
      ).toBe(204);
    });

    it('says which projects are team-managed (simplified)', async () => {
      const search = await call(emu, 'GET', '/rest/api/3/project/search');
      expect(
        search.body.values.map((p: { key: string; simplified: boolean; style: string }) => [
          p.key,
          p.simplified,
          p.style,
        ]),
      ).toEqual([
        ['ALPHA', false, 'classic'],
        ['BETA', true, 'next-gen'],
      ]);
    });

    it('a dataset value in a field off the project’s screens does not load', () => {
      const input = emulatorDatasetInput();
      const beta = input.projects.find((p) => p.key === 'BETA');
      if (beta) beta.customFields = [];
      expect(() => parseDataset(input)).toThrow(/field "customfield_10016" is not on project BETA's screens/);
    });
  });
});
