import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journalFileFor, openJsonJournal, recoverJsonJournal } from '../../../dev/durable/json-journal';
import { STATE_FILE, STATE_JOURNAL_FILE } from '../../../dev/emulator';
import { KVS_FILE, KVS_JOURNAL_FILE, openKvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import { call, openTestEmulator } from '../emulator/helpers';

const files = { snapshotFile: 'doc.json' };

describe("json journal (snapshot + fsync'd append-only journal)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-journal-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every appended entry without a close, and folds them into the snapshot on the next open', () => {
    let state: number[] = [];
    const journal = openJsonJournal({ dir, ...files, snapshot: () => JSON.stringify(state) });
    for (const n of [1, 2, 3]) {
      state = [...state, n];
      journal.append({ n });
    }
    // No close: as after SIGKILL.
    const recovered = recoverJsonJournal({ dir, ...files });
    expect(JSON.parse(recovered.snapshot as string)).toEqual([]);
    expect(recovered.entries).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(recovered.tornTail).toBe(false);

    const rebuilt = [
      ...(JSON.parse(recovered.snapshot as string) as number[]),
      ...recovered.entries.map((e) => (e as { n: number }).n),
    ];
    openJsonJournal({ dir, ...files, snapshot: () => JSON.stringify(rebuilt) }).close();
    expect(readFileSync(join(dir, journalFileFor('doc.json')), 'utf8')).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'doc.json'), 'utf8'))).toEqual([1, 2, 3]);
  });

  it('drops a torn last line (a write never acknowledged) and refuses a corrupt line before it', () => {
    openJsonJournal({ dir, ...files, snapshot: () => '[]' }).append({ n: 1 });
    const journalPath = join(dir, journalFileFor('doc.json'));
    appendFileSync(journalPath, '{"n":2');
    expect(recoverJsonJournal({ dir, ...files })).toEqual({ snapshot: '[]', entries: [{ n: 1 }], tornTail: true });

    writeFileSync(journalPath, '{"n":1}\n{"n":\n{"n":3}\n');
    expect(() => recoverJsonJournal({ dir, ...files })).toThrow(/line 2 is not JSON/);
  });

  it("removes stale temp files of an interrupted snapshot write (its own and write-file-atomic's) on open", () => {
    writeFileSync(join(dir, 'doc.json'), '[]');
    writeFileSync(join(dir, 'doc.json.tmp-4242'), '[1, 2');
    writeFileSync(join(dir, 'doc.json.3f2a9c1b'), '[1');
    writeFileSync(join(dir, 'unrelated.json.tmp-1'), 'keep');
    recoverJsonJournal({ dir, ...files });
    expect(readdirSync(dir).sort()).toEqual(['doc.json', 'unrelated.json.tmp-1']);
  });
});

/**
 * "Acknowledged = on disk": the data directory is copied the moment a write is
 * answered (what a SIGKILL right then would leave) and reopened from the copy.
 */
describe('local stores persist a write before answering it', () => {
  let dir: string;
  let crashed: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-durable-'));
    crashed = mkdtempSync(join(tmpdir(), 'pm-crashed-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(crashed, { recursive: true, force: true });
  });
  const crashCopy = (): void => cpSync(dir, crashed, { recursive: true });

  it('KVS: a set, a transaction and a delete answered are there after a crash', async () => {
    const kvs = await openKvsEmulator({ dataDir: dir });
    const post = (path: string, body: unknown) => kvs.fetch(path, { method: 'POST', body: JSON.stringify(body) });
    expect((await post('/api/v1/set', { key: 'gone', value: 0 })).status).toBe(204);
    expect((await post('/api/v1/set', { key: 'a', value: { n: 1 } })).status).toBe(204);
    expect(
      (
        await post('/api/v1/transaction', {
          set: [
            { key: 'b', value: 2 },
            { key: 'c', value: 3 },
          ],
          delete: [{ key: 'gone' }],
        })
      ).status,
    ).toBe(204);
    crashCopy();
    const reopened = await openKvsEmulator({ dataDir: crashed });
    const get = async (key: string) =>
      (await reopened.fetch('/api/v1/get', { method: 'POST', body: JSON.stringify({ key }) })).json();
    expect(reopened.startedEmpty).toBe(false);
    expect(await get('a')).toMatchObject({ value: { n: 1 } });
    expect(await get('c')).toMatchObject({ value: 3 });
    expect(await get('gone')).toMatchObject({ code: 'KEY_NOT_FOUND' });
    expect(reopened.size()).toBe(3);
    await reopened.close();
    await kvs.close();
    expect(readFileSync(join(crashed, KVS_JOURNAL_FILE), 'utf8')).toBe('');
    expect(existsSync(join(crashed, KVS_FILE))).toBe(true);
  });

  it('Jira emulator: a property write and an edit answered are there after a crash', async () => {
    const emu = await openTestEmulator({ dataDir: dir });
    expect(
      (await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3/properties/pm.test', { body: { saved: 1 } })).status,
    ).toBe(201);
    expect(
      (
        await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3', {
          body: { fields: { summary: 'Edited before the crash' } },
        })
      ).status,
    ).toBe(204);
    crashCopy();
    const reopened = await openTestEmulator({ dataDir: crashed });
    expect((await call(reopened, 'GET', '/rest/api/3/issue/ALPHA-3/properties/pm.test')).body.value).toEqual({
      saved: 1,
    });
    expect((await call(reopened, 'GET', '/rest/api/3/issue/ALPHA-3?fields=summary')).body.fields.summary).toBe(
      'Edited before the crash',
    );
    await reopened.close();
    await emu.close();
    // Reopening folded the journal into the state file.
    expect(readFileSync(join(crashed, STATE_JOURNAL_FILE), 'utf8')).toBe('');
    expect(
      JSON.parse(readFileSync(join(crashed, STATE_FILE), 'utf8')).dataset.issues.find(
        (i: { key: string }) => i.key === 'ALPHA-3',
      ).properties['pm.test'],
    ).toEqual({ saved: 1 });
  });
});
