import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATE_FILE } from '../../../dev/emulator';
import { DatasetError } from '../../../dev/dataset/load-dataset';
import { call, openTestEmulator } from './helpers';

describe('persistence under dataDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jira-emu-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('saves the starting dataset, keeps edits across a reopen, and the saved state wins over the dataset', async () => {
    const first = await openTestEmulator({ dataDir: dir });
    await first.flush();
    expect(JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')).dataset.issues).toHaveLength(468);

    const created = await call(first, 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'BETA' }, issuetype: { name: 'Task' }, summary: 'Persist me' } },
    });
    await call(first, 'PUT', '/rest/api/3/issue/ALPHA-3/properties/pm.test', { body: { saved: true } });
    await call(first, 'PUT', '/rest/api/3/issue/ALPHA-3', { body: { fields: { summary: 'Edited' } } });
    await call(first, 'DELETE', '/rest/api/3/issue/ALPHA-4');
    await first.close();

    const second = await openTestEmulator({ dataDir: dir });
    expect(
      (await call(second, 'GET', `/rest/api/3/issue/${created.body.key}?fields=summary`)).body.fields.summary,
    ).toBe('Persist me');
    expect((await call(second, 'GET', '/rest/api/3/issue/ALPHA-3/properties/pm.test')).body.value).toEqual({
      saved: true,
    });
    expect((await call(second, 'GET', '/rest/api/3/issue/ALPHA-3?fields=summary')).body.fields.summary).toBe('Edited');
    expect((await call(second, 'GET', '/rest/api/3/issue/ALPHA-4')).status).toBe(404);
    // Counters survive: the next key continues after the one created before the restart.
    const next = await call(second, 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'BETA' }, issuetype: { name: 'Task' }, summary: 'Next' } },
    });
    expect(Number(next.body.key.split('-')[1])).toBe(Number(created.body.key.split('-')[1]) + 1);
    expect(Number(next.body.id)).toBeGreaterThan(Number(created.body.id));
    await second.close();
  });

  it('a burst of concurrent property writes: the last one wins, in the state file after flush', async () => {
    const emu = await openTestEmulator({ dataDir: dir });
    await emu.flush();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3/properties/counter', { body: i }),
      ),
    );
    await emu.flush();
    const saved = JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8'));
    const issue = saved.dataset.issues.find((i: { key: string }) => i.key === 'ALPHA-3');
    expect(issue.properties.counter).toBe(39);
    await emu.close();
  });

  it('refuses a corrupt saved state with a DatasetError naming the path, instead of starting over', async () => {
    const emu = await openTestEmulator({ dataDir: dir });
    await emu.close();
    const path = join(dir, STATE_FILE);
    const saved = JSON.parse(await readFile(path, 'utf8'));
    saved.dataset.issues[2].fields.status.id = '999';
    await writeFile(path, JSON.stringify(saved));
    await expect(openTestEmulator({ dataDir: dir })).rejects.toThrow(DatasetError);
    await expect(openTestEmulator({ dataDir: dir })).rejects.toThrow(
      /issues\[2\]\.fields\.status\.id: no status with id "999"/,
    );
  });

  it('memory only without dataDir', async () => {
    const emu = await openTestEmulator();
    await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3/properties/x', { body: 1 });
    await emu.flush();
    await emu.close();
    expect((await call(emu, 'GET', '/rest/api/3/myself')).status).toBe(503);
  });
});
