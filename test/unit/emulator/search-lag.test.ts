import type { JiraEmulator } from '../../../dev/emulator';
import { call, openTestEmulator } from './helpers';

/**
 * search/jql is eventually consistent when asked to be (`searchLagMs`): a write
 * shows in search only after the lag, unless the issue is in `reconcileIssues`.
 * The emulator's clock is a test variable, so nothing here waits.
 */
describe('search lag and reconcileIssues', () => {
  let emu: JiraEmulator;
  let now = Date.parse('2025-06-01T12:00:00Z');
  const LAG = 5_000;
  beforeEach(async () => {
    now = Date.parse('2025-06-01T12:00:00Z');
    emu = await openTestEmulator({ now: () => new Date(now), searchLagMs: LAG });
  });

  const search = async (jql: string, reconcileIssues?: number[]) => {
    const res = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: { jql, fields: ['summary', 'labels'], ...(reconcileIssues ? { reconcileIssues } : {}) },
    });
    expect(res.status).toBe(200);
    return res.body.issues as { id: string; key: string; fields: { summary: string; labels: string[] } }[];
  };
  const idsIn = async (jql: string): Promise<string[]> =>
    (await call(emu, 'POST', '/rest/api/3/search/jql', { body: { jql, maxResults: 5000 } })).body.issues.map(
      (i: { id: string }) => i.id,
    );
  const idOf = async (key: string): Promise<string> =>
    (await call(emu, 'GET', `/rest/api/3/issue/${key}?fields=summary`)).body.id;

  it('an edit reaches search after the lag; reconcileIssues makes it visible at once', async () => {
    const id = await idOf('ALPHA-3');
    expect(
      (await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-3', { body: { fields: { labels: ['fresh'] } } })).status,
    ).toBe(204);
    // Read-after-write on the issue itself is immediate.
    expect((await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3?fields=labels')).body.fields.labels).toEqual(['fresh']);
    expect(await search('labels = fresh')).toEqual([]);
    // The index still returns the old field values too.
    expect((await search('key = ALPHA-3'))[0]?.fields.labels).toEqual([]);
    expect((await search('labels = fresh', [Number(id)])).map((i) => i.key)).toEqual(['ALPHA-3']);
    now += LAG - 1;
    expect(await search('labels = fresh')).toEqual([]);
    now += 1;
    expect((await search('labels = fresh')).map((i) => i.key)).toEqual(['ALPHA-3']);
  });

  it('creates, deletes and property writes lag too; approximate-count counts what the index has', async () => {
    const before = (
      await call(emu, 'POST', '/rest/api/3/search/approximate-count', { body: { jql: 'project = ALPHA' } })
    ).body.count;
    const deletedId = await idOf('ALPHA-5');
    const created = await call(emu, 'POST', '/rest/api/3/issue', {
      body: { fields: { project: { key: 'ALPHA' }, issuetype: { id: '10103' }, summary: 'Brand new' } },
    });
    expect(created.status).toBe(201);
    expect((await call(emu, 'DELETE', '/rest/api/3/issue/ALPHA-5')).status).toBe(204);
    expect(
      (
        await call(emu, 'PUT', '/rest/api/3/issue/ALPHA-8/properties/pm-workflow.requirement', {
          body: { index: { score: 999 } },
        })
      ).status,
    ).toBe(201);

    expect(
      (await call(emu, 'POST', '/rest/api/3/search/approximate-count', { body: { jql: 'project = ALPHA' } })).body
        .count,
    ).toBe(before);
    expect((await search('summary ~ "Brand new"')).length).toBe(0);
    expect(await idsIn('project = ALPHA')).toContain(deletedId);
    expect((await search('pmScore = 999')).length).toBe(0);

    now += LAG;
    expect(
      (await call(emu, 'POST', '/rest/api/3/search/approximate-count', { body: { jql: 'project = ALPHA' } })).body
        .count,
    ).toBe(before);
    expect((await search('summary ~ "Brand new"')).map((i) => i.id)).toEqual([created.body.id]);
    expect(await idsIn('project = ALPHA')).not.toContain(deletedId);
    expect((await search('pmScore = 999')).map((i) => i.key)).toEqual(['ALPHA-8']);
  });

  it('reconcileIssues takes at most 50 ids, on GET and POST', async () => {
    const ids = Array.from({ length: 51 }, (_, i) => 20000 + i);
    const post = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = ALPHA', reconcileIssues: ids },
    });
    expect(post.status).toBe(400);
    expect(post.body.errorMessages[0]).toMatch(/at most 50/);
    const get = await call(
      emu,
      'GET',
      `/rest/api/3/search/jql?jql=project%3DALPHA&reconcileIssues=${ids.slice(0, 50).join(',')}`,
    );
    expect(get.status).toBe(200);
    expect(
      (await call(emu, 'GET', `/rest/api/3/search/jql?jql=project%3DALPHA&reconcileIssues=${ids.join(',')}`)).status,
    ).toBe(400);
  });

  it('without a lag, search is read-after-write consistent (the default)', async () => {
    const consistent = await openTestEmulator({ now: () => new Date(now) });
    expect(
      (await call(consistent, 'PUT', '/rest/api/3/issue/ALPHA-3', { body: { fields: { labels: ['fresh'] } } })).status,
    ).toBe(204);
    const res = await call(consistent, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('labels = fresh')}`);
    expect(res.body.issues).toHaveLength(1);
  });
});
