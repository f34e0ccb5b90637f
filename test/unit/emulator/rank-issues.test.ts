import type { JiraEmulator } from '../../../dev/emulator';
import { rankBetween } from '../../../dev/emulator/rank-order';
import { basic, READER } from '../../fixtures/emulator-dataset';
import { call, openTestEmulator } from './helpers';

describe('rankBetween: a rank strictly between two, with room left on both sides', () => {
  it.each([
    ['5', '6'],
    ['5', undefined],
    ['', '00000001i'],
    ['0000000zi', '00000010i'],
    ['5zz', '6'],
  ] as const)('between %j and %j', (low, high) => {
    const r = rankBetween(low, high);
    expect(r > low).toBe(true);
    if (high !== undefined) expect(r < high).toBe(true);
    expect(r.endsWith('0')).toBe(false);
  });

  it('never runs out: a hundred ranks pushed into the same gap stay ordered', () => {
    let low = '00000001i';
    const high = '00000002i';
    for (let i = 0; i < 100; i++) {
      const r = rankBetween(low, high);
      expect(r > low && r < high).toBe(true);
      low = r;
    }
  });
});

/**
 * `PUT /rest/agile/1.0/issue/rank` as Jira Software documents it: issues moved before or after
 * another, in the order given; at most 50 at once; 204 when all moved, 207 with an entry per
 * issue when some did not; Browse, Edit and Schedule Issues needed; JQL `ORDER BY Rank` reads it.
 */
describe('emulator: PUT /rest/agile/1.0/issue/rank', () => {
  let emu: JiraEmulator;
  beforeEach(async () => {
    emu = await openTestEmulator();
  });
  afterEach(() => emu.close());

  const byRank = async (jql: string, as = 'admin') =>
    (
      (await call(emu, 'POST', '/rest/api/3/search/jql', { as, body: { jql, fields: ['summary'], maxResults: 50 } }))
        .body as { issues: { key: string }[] }
    ).issues.map((i) => i.key);
  const rank = (body: unknown, as = 'admin') => call(emu, 'PUT', '/rest/agile/1.0/issue/rank', { as, body });
  const five = 'key in (ALPHA-1, ALPHA-2, ALPHA-3, ALPHA-4, ALPHA-5) ORDER BY Rank ASC';

  it('never ranked: Rank is the order of creation; ranking moves issues before or after another (204)', async () => {
    expect(await byRank(five)).toEqual(['ALPHA-1', 'ALPHA-2', 'ALPHA-3', 'ALPHA-4', 'ALPHA-5']);
    expect((await rank({ issues: ['ALPHA-5'], rankBeforeIssue: 'ALPHA-2' })).status).toBe(204);
    expect(await byRank(five)).toEqual(['ALPHA-1', 'ALPHA-5', 'ALPHA-2', 'ALPHA-3', 'ALPHA-4']);
    // Several at once keep the order given.
    expect((await rank({ issues: ['ALPHA-4', 'ALPHA-1'], rankAfterIssue: 'ALPHA-2' })).status).toBe(204);
    expect(await byRank(five)).toEqual(['ALPHA-5', 'ALPHA-2', 'ALPHA-4', 'ALPHA-1', 'ALPHA-3']);
    expect(await byRank(five.replace('ASC', 'DESC'))).toEqual(['ALPHA-3', 'ALPHA-1', 'ALPHA-4', 'ALPHA-2', 'ALPHA-5']);
    // Ranked before the very first issue of the site.
    expect((await rank({ issues: ['ALPHA-3'], rankBeforeIssue: 'ALPHA-5' })).status).toBe(204);
    expect((await byRank(five))[0]).toBe('ALPHA-3');
  });

  it('refuses more than 50 issues, both or neither anchor, another rank field and an anchor out of sight (400)', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `ALPHA-${(i % 5) + 1}`);
    expect((await rank({ issues: many, rankBeforeIssue: 'ALPHA-1' })).status).toBe(400);
    expect((await rank({ issues: ['ALPHA-2'] })).status).toBe(400);
    expect((await rank({ issues: ['ALPHA-2'], rankBeforeIssue: 'ALPHA-1', rankAfterIssue: 'ALPHA-3' })).status).toBe(
      400,
    );
    expect((await rank({ issues: ['ALPHA-2'], rankBeforeIssue: 'ALPHA-1', rankCustomFieldId: 10016 })).status).toBe(
      400,
    );
    expect((await rank({ issues: [], rankBeforeIssue: 'ALPHA-1' })).status).toBe(400);
    expect((await rank({ issues: ['ALPHA-2'], rankBeforeIssue: 'BETA-1' }, 'viewer')).status).toBe(400);
    expect(await byRank(five)).toEqual(['ALPHA-1', 'ALPHA-2', 'ALPHA-3', 'ALPHA-4', 'ALPHA-5']);
  });

  it('ranks what it may and answers 207 with each issue: 404 out of sight, 403 without Edit / Schedule', async () => {
    const mixed = await rank({ issues: ['ALPHA-4', 'BETA-1'], rankBeforeIssue: 'ALPHA-1' }, 'viewer');
    expect(mixed.status).toBe(207);
    const entries = (mixed.body as { entries: { issueKey?: string; status: number; errors?: string[] }[] }).entries;
    expect(entries.map((e) => [e.issueKey, e.status])).toEqual([
      ['ALPHA-4', 200],
      [undefined, 404],
    ]);
    // The 404 names nothing of the issue the viewer cannot see.
    expect(JSON.stringify(entries[1])).not.toContain('BETA');
    expect((await byRank(five, 'viewer'))[0]).toBe('ALPHA-4');

    const reader = await rank({ issues: ['ALPHA-5'], rankBeforeIssue: 'ALPHA-1' }, basic(READER));
    expect(reader.status).toBe(207);
    expect((reader.body as { entries: { status: number }[] }).entries.map((e) => e.status)).toEqual([403]);
    expect((await byRank(five))[4]).toBe('ALPHA-5');
  });

  it('JQL takes Rank only in ORDER BY, and /mypermissions knows SCHEDULE_ISSUES', async () => {
    const clause = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = ALPHA AND rank = 1', fields: ['summary'] },
    });
    expect(clause.status).toBe(400);
    const perms = await call(emu, 'GET', '/rest/api/3/mypermissions?projectKey=ALPHA&permissions=SCHEDULE_ISSUES', {
      as: basic(READER),
    });
    expect(perms.body.permissions.SCHEDULE_ISSUES.havePermission).toBe(false);
    const admin = await call(emu, 'GET', '/rest/api/3/mypermissions?projectKey=ALPHA&permissions=SCHEDULE_ISSUES');
    expect(admin.body.permissions.SCHEDULE_ISSUES.havePermission).toBe(true);
  });
});
