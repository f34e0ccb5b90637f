import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError, loadDatasetFile, parseDataset } from '../../../dev/dataset/load-dataset';
import { emulatorDatasetInput } from '../../fixtures/emulator-dataset';

type Input = ReturnType<typeof emulatorDatasetInput>;

function failsWith(mutate: (d: Input) => void, message: RegExp | string): void {
  const input = emulatorDatasetInput();
  mutate(input);
  let caught: unknown;
  try {
    parseDataset(input);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(DatasetError);
  expect((caught as Error).message).toMatch(message);
}

describe('dataset loader', () => {
  it('accepts the fixture', () => {
    expect(parseDataset(emulatorDatasetInput()).issues.length).toBe(468);
  });

  it('names the JSON path of shape errors (zod)', () => {
    failsWith((d) => void (d.issues[12]!.key = 'lower-1'), /issues\[12\]\.key: must be an issue key/);
    failsWith((d) => void ((d.users[1] as { emailAddress: string }).emailAddress = 'nope'), /users\[1\]\.emailAddress/);
    failsWith(
      (d) => void (d.issues[3]!.fields.labels = ['has space']),
      /issues\[3\]\.fields\.labels\[0\]: labels cannot contain spaces/,
    );
  });

  it('names the JSON path of broken references and duplicates', () => {
    failsWith(
      (d) => void (d.issues[12]!.fields.issuetype.id = '99'),
      'issues[12].fields.issuetype.id: no issue type with id "99"',
    );
    failsWith(
      (d) => void (d.issues[5]!.fields.project.id = '77'),
      'issues[5].fields.project.id: no project with id "77"',
    );
    failsWith((d) => void (d.issues[5]!.fields.status.id = '77'), 'issues[5].fields.status.id: no status with id "77"');
    failsWith(
      (d) => void (d.issues[5]!.fields.parent = { id: '1' }),
      'issues[5].fields.parent.id: no issue with id "1"',
    );
    failsWith((d) => void (d.issues[6]!.id = d.issues[5]!.id), /issues\[6\]\.id: duplicate id/);
    failsWith((d) => void (d.issues[6]!.key = d.issues[5]!.key), /issues\[6\]\.key: duplicate key/);
    failsWith(
      (d) => void (d.users[1]!.emailAddress = 'ADMIN@example.com'),
      /users\[1\]\.emailAddress: duplicate emailAddress/,
    );
    failsWith(
      (d) => void (d.issues[0]!.key = 'BETA-9999'),
      /issues\[0\]\.key: key "BETA-9999" does not start with its project's key "ALPHA-"/,
    );
    failsWith(
      (d) => void (d.users[1]!.browseProjects = ['GAMMA']),
      'users[1].browseProjects[0]: no project with key "GAMMA"',
    );
    failsWith(
      (d) => void (d.issues[2]!.fields.customfield_99999 = 1),
      'issues[2].fields.customfield_99999: no field with id',
    );
    failsWith(
      (d) => void (d.issues[2]!.fields.issuelinks = [{ id: '1', type: { id: '5' }, outwardIssue: { id: '3' } }]),
      /issues\[2\]\.fields\.issuelinks\[0\]\.type\.id: no issue link type/,
    );
  });

  it('checks parent hierarchy levels', () => {
    // issues[2] is a story whose parent is an epic; make its parent the initiative.
    failsWith(
      (d) => void (d.issues[2]!.fields.parent = { id: d.issues[0]!.id }),
      /issues\[2\]\.fields\.parent\.id: parent ALPHA-1 is a Initiative \(level 2\)/,
    );
    failsWith(
      (d) => void delete d.issues[6]!.fields.parent,
      /issues\[6\]\.fields\.parent: a Sub-task \(sub-task\) needs a parent/,
    );
  });

  it('lists every problem on the error, nothing half-loaded', () => {
    const input = emulatorDatasetInput();
    input.issues[1]!.fields.status.id = '77';
    input.issues[2]!.fields.status.id = '78';
    try {
      parseDataset(input);
      throw new Error('expected a DatasetError');
    } catch (err) {
      expect((err as DatasetError).problems.map((p) => p.path)).toEqual([
        'issues[1].fields.status.id',
        'issues[2].fields.status.id',
      ]);
    }
  });

  it('loadDatasetFile reads, parses and validates, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dataset-'));
    try {
      const good = join(dir, 'good.json');
      await writeFile(good, JSON.stringify(emulatorDatasetInput()));
      expect((await loadDatasetFile(good)).projects).toHaveLength(2);
      const broken = join(dir, 'broken.json');
      await writeFile(broken, '{"format": ');
      await expect(loadDatasetFile(broken)).rejects.toThrow(/broken\.json.*not valid JSON/);
      await expect(loadDatasetFile(join(dir, 'missing.json'))).rejects.toThrow(DatasetError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
