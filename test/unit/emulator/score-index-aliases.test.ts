import type { JiraEmulator } from '../../../dev/emulator';
import { call, openTestEmulator } from './helpers';

/**
 * The per-model aliases of manifest.yml (index.scores.<model>, pmRiceScore ...) filter and order
 * like Jira's number-typed entity-property index: IS EMPTY / IS NOT EMPTY on presence, numeric
 * ORDER BY with EMPTY first in DESC, ties by the next ORDER BY field (key in Jira's order).
 */
describe('per-model score aliases', () => {
  let emu: JiraEmulator;
  beforeAll(async () => {
    emu = await openTestEmulator();
    const scores: Record<string, Record<string, number> | undefined> = {
      'ALPHA-3': { rice: 10, kano: 4 },
      'ALPHA-4': { rice: 30 },
      'ALPHA-10': { rice: 10, moscow: 2 },
      'ALPHA-9': { rice: 10 },
      'ALPHA-5': { wsjf: 7 },
      'ALPHA-6': undefined,
    };
    for (const [key, value] of Object.entries(scores)) {
      const body = { schemaVersion: 1, version: 1, kpiKeys: [], scores: {}, index: value ? { scores: value } : {} };
      expect(
        (await call(emu, 'PUT', `/rest/api/3/issue/${key}/properties/pm-workflow.requirement`, { body })).status,
      ).toBeLessThan(300);
    }
  });

  const keys = async (jql: string, as: 'admin' | 'viewer' = 'admin'): Promise<string[]> => {
    const res = await call(emu, 'POST', '/rest/api/3/search/jql', {
      as,
      body: { jql, fields: ['key'], maxResults: 100 },
    });
    expect([jql, res.status]).toEqual([jql, 200]);
    return res.body.issues.map((i: { key: string }) => i.key);
  };

  it('IS NOT EMPTY keeps the issues scored by that model, ordered by score DESC then key ASC (natural key order)', async () => {
    expect(await keys('project = ALPHA AND pmRiceScore IS NOT EMPTY ORDER BY pmRiceScore DESC, key ASC')).toEqual([
      'ALPHA-4',
      'ALPHA-3',
      'ALPHA-9',
      'ALPHA-10',
    ]);
    expect(await keys('project = ALPHA AND pmKanoScore IS NOT EMPTY ORDER BY pmKanoScore DESC, key ASC')).toEqual([
      'ALPHA-3',
    ]);
    expect(await keys('project = ALPHA AND pmWsjfScore >= 7')).toEqual(['ALPHA-5']);
  });

  it('without IS NOT EMPTY, EMPTY values come first in DESC and last in ASC (as Jira)', async () => {
    const desc = await keys('key in (ALPHA-3, ALPHA-4, ALPHA-5, ALPHA-6) ORDER BY pmRiceScore DESC, key ASC');
    expect(desc).toEqual(['ALPHA-5', 'ALPHA-6', 'ALPHA-4', 'ALPHA-3']);
    const asc = await keys('key in (ALPHA-3, ALPHA-4, ALPHA-5, ALPHA-6) ORDER BY pmRiceScore ASC, key ASC');
    expect(asc).toEqual(['ALPHA-3', 'ALPHA-4', 'ALPHA-5', 'ALPHA-6']);
  });

  it('combines with statusCategory and parent clauses; an unknown alias is Jira’s field error', async () => {
    const all = await keys('project = ALPHA AND pmRiceScore IS NOT EMPTY ORDER BY pmRiceScore DESC, key ASC');
    const open = await keys(
      'project = ALPHA AND pmRiceScore IS NOT EMPTY AND statusCategory != Done ORDER BY pmRiceScore DESC, key ASC',
    );
    const done = await keys(
      'project = ALPHA AND pmRiceScore IS NOT EMPTY AND statusCategory = Done ORDER BY pmRiceScore DESC, key ASC',
    );
    expect(all.filter((k) => !done.includes(k))).toEqual(open);
    expect(
      await keys('(parent in (ALPHA-1) OR key in (ALPHA-4)) AND pmRiceScore IS NOT EMPTY ORDER BY key ASC'),
    ).toContain('ALPHA-4');
    const bad = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = ALPHA AND pmNopeScore IS NOT EMPTY', fields: ['key'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errorMessages[0]).toMatch(/pmNopeScore/);
  });
});
