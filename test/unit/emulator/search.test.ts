import type { JiraEmulator } from '../../../dev/emulator';
import { SEARCH_MAX_IDS_ONLY, SEARCH_MAX_WITH_FIELDS } from '../../../dev/emulator';
import { emulatorDataset } from '../../fixtures/emulator-dataset';
import { allPages, call, openTestEmulator } from './helpers';

const dataset = emulatorDataset();
const alphaCount = dataset.issues.filter((i) => i.key.startsWith('ALPHA-')).length;
const total = dataset.issues.length;

describe('search/jql', () => {
  let emu: JiraEmulator;
  beforeAll(async () => {
    emu = await openTestEmulator();
  });

  it('returns ids only by default, 50 a page, and pages to the end with nextPageToken / isLast', async () => {
    const pages = await allPages(emu, { jql: 'project = ALPHA' });
    const first = pages[0]!;
    expect(first.status).toBe(200);
    expect(first.body.issues).toHaveLength(50);
    expect(first.body.issues[0]).toEqual({ id: expect.stringMatching(/^\d+$/) });
    expect(first.body.isLast).toBe(false);
    expect(typeof first.body.nextPageToken).toBe('string');
    const last = pages[pages.length - 1]!;
    expect(last.body.isLast).toBe(true);
    expect(last.body).not.toHaveProperty('nextPageToken');
    const ids = pages.flatMap((p) => p.body.issues.map((i: { id: string }) => i.id));
    expect(ids).toHaveLength(alphaCount);
    expect(new Set(ids).size).toBe(alphaCount);
  });

  it('caps pages at 5000 for ids only and at 100 with fields', async () => {
    const idsOnly = await call(
      emu,
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent('project in (ALPHA, BETA)')}&maxResults=100000`,
    );
    expect(idsOnly.body.issues).toHaveLength(Math.min(total, SEARCH_MAX_IDS_ONLY));
    expect(idsOnly.body.isLast).toBe(true);
    const withFields = await call(
      emu,
      'GET',
      `/rest/api/3/search/jql?jql=project%3DALPHA&maxResults=1000&fields=summary`,
    );
    expect(withFields.body.issues).toHaveLength(SEARCH_MAX_WITH_FIELDS);
    expect(withFields.body.isLast).toBe(false);
  });

  it('renders requested fields (comma list, repeated params, *all, -exclusions) and properties', async () => {
    const q = encodeURIComponent('key = ALPHA-3');
    const named = await call(
      emu,
      'GET',
      `/rest/api/3/search/jql?jql=${q}&fields=summary,status&fields=parent&properties=pm-workflow.requirement`,
    );
    const issue = named.body.issues[0];
    expect(issue).toMatchObject({
      id: expect.any(String),
      key: 'ALPHA-3',
      self: `http://jira.test/rest/api/3/issue/${issue.id}`,
    });
    expect(Object.keys(issue.fields).sort()).toEqual(['parent', 'status', 'summary']);
    expect(issue.fields.status).toMatchObject({
      name: expect.any(String),
      statusCategory: { key: expect.any(String), colorName: expect.any(String) },
    });
    expect(issue.fields.parent).toMatchObject({
      key: 'ALPHA-2',
      fields: { summary: expect.any(String), issuetype: { name: 'Epic' } },
    });
    expect(issue.properties).toEqual({});

    const all = await call(emu, 'GET', `/rest/api/3/search/jql?jql=${q}&fields=*all,-summary`);
    const fields = all.body.issues[0].fields;
    expect(fields).not.toHaveProperty('summary');
    expect(fields).toMatchObject({
      issuetype: { name: 'Story', subtask: false, hierarchyLevel: 0 },
      project: { key: 'ALPHA', projectTypeKey: 'software' },
      labels: expect.any(Array),
      customfield_10016: expect.any(Number),
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/),
    });
    expect(fields.issuelinks[0]).toMatchObject({ type: { name: 'Blocks' }, outwardIssue: { key: 'ALPHA-4' } });
    const other = await call(emu, 'GET', `/rest/api/3/issue/ALPHA-4?fields=issuelinks`);
    expect(other.body.fields.issuelinks[0]).toMatchObject({ inwardIssue: { key: 'ALPHA-3' } });
  });

  it('POST takes the same parameters as a JSON body', async () => {
    const res = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: {
        jql: 'project = BETA ORDER BY key ASC',
        maxResults: 5,
        fields: ['summary'],
        properties: ['pm-workflow.requirement'],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.issues.map((i: { key: string }) => i.key)).toEqual([
      'BETA-1',
      'BETA-2',
      'BETA-3',
      'BETA-4',
      'BETA-5',
    ]);
    expect(res.body.issues[0].properties['pm-workflow.requirement']).toMatchObject({ index: { phase: 'discovery' } });
    const next = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = BETA ORDER BY key ASC', maxResults: 5, nextPageToken: res.body.nextPageToken },
    });
    expect(next.body.issues).toHaveLength(5);
    expect(next.body.issues.map((i: { id: string }) => i.id)).not.toContain(res.body.issues[0].id);
  });

  it('refuses unbounded JQL with Jira’s message', async () => {
    for (const jql of ['', 'ORDER BY created DESC']) {
      const res = await call(emu, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
        errors: {},
      });
    }
    const count = await call(emu, 'POST', '/rest/api/3/search/approximate-count', { body: { jql: '' } });
    expect(count.status).toBe(400);
  });

  it('answers 400 with the JQL error for unknown fields and bad syntax', async () => {
    const res = await call(emu, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('nosuchfield = 1')}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({});
    expect(res.body.errorMessages[0]).toMatch(/nosuchfield/);
    const syntax = await call(emu, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = ')}`);
    expect(syntax.status).toBe(400);
  });

  it('rejects a page token from another query and a malformed maxResults', async () => {
    const first = await call(emu, 'GET', `/rest/api/3/search/jql?jql=project%3DALPHA`);
    const wrong = await call(
      emu,
      'GET',
      `/rest/api/3/search/jql?jql=project%3DBETA&nextPageToken=${first.body.nextPageToken}`,
    );
    expect(wrong.status).toBe(400);
    const garbage = await call(emu, 'GET', `/rest/api/3/search/jql?jql=project%3DALPHA&nextPageToken=xyz`);
    expect(garbage.status).toBe(400);
    const bad = await call(emu, 'GET', `/rest/api/3/search/jql?jql=project%3DALPHA&maxResults=-1`);
    expect(bad.status).toBe(400);
  });

  it('searches indexed issue properties through the manifest aliases', async () => {
    const res = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'pmScore >= 20', fields: ['summary'] },
    });
    expect(res.status).toBe(200);
    expect(res.body.issues.map((i: { fields: { summary: string } }) => i.fields.summary).sort()).toEqual([
      'ALPHA initiative 2',
      'BETA initiative 2',
    ]);
  });

  it('filters by browse permission before paging, for search and approximate-count', async () => {
    const viewerAll = await allPages(emu, { jql: 'created >= "2020-01-01"', maxResults: '100' }, 'viewer');
    const ids = viewerAll.flatMap((p) => p.body.issues.map((i: { id: string }) => i.id));
    expect(ids).toHaveLength(alphaCount);
    expect(viewerAll.slice(0, -1).every((p) => p.body.issues.length === 100)).toBe(true);

    const count = await call(emu, 'POST', '/rest/api/3/search/approximate-count', {
      body: { jql: 'issuetype = Story' },
      as: 'viewer',
    });
    const adminCount = await call(emu, 'POST', '/rest/api/3/search/approximate-count', {
      body: { jql: 'issuetype = Story' },
    });
    expect(count.body.count).toBe(
      dataset.issues.filter((i) => i.key.startsWith('ALPHA-') && i.fields.issuetype.id === '10102').length,
    );
    expect(adminCount.body.count).toBe(dataset.issues.filter((i) => i.fields.issuetype.id === '10102').length);

    const hidden = await call(emu, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = BETA')}`, {
      as: 'viewer',
    });
    expect(hidden.status).toBe(400);
    expect(hidden.body.errorMessages[0]).toMatch(/BETA/);
  });

  it('answers 410 with Jira’s message on the removed /search', async () => {
    for (const method of ['GET', 'POST']) {
      const res = await call(
        emu,
        method,
        '/rest/api/3/search?jql=project%3DALPHA',
        method === 'POST' ? { body: { jql: 'project = ALPHA' } } : {},
      );
      expect(res.status).toBe(410);
      expect(res.body.errorMessages[0]).toMatch(
        /^The requested API has been removed\. Please migrate to the \/rest\/api\/3\/search\/jql API/,
      );
      expect(res.body.errors).toEqual({});
    }
  });
});
