import {
  roadmapPageOf,
  projectVersionsOf,
  projectVersionsSchema,
  roadmapSearchBody,
  roadmapSearchPageSchema,
  startDateFieldId,
} from '../../../src/adapters/roadmap-search';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';

describe('roadmap search: the fields asked for and how the answer is read', () => {
  it.each([
    [
      "Jira Software's Start date",
      [{ id: 'customfield_10015', name: 'Start date', schema: { type: 'date' } }],
      'customfield_10015',
    ],
    [
      'the name in other case',
      [{ id: 'customfield_2', name: 'start Date ', schema: { type: 'date' } }],
      'customfield_2',
    ],
    [
      'a text field of that name is not a date',
      [{ id: 'customfield_3', name: 'Start date', schema: { type: 'string' } }],
      undefined,
    ],
    ['none', [{ id: 'duedate', name: 'Due date', schema: { type: 'date' } }], undefined],
  ])('start date field: %s', (_name, fields, id) => {
    expect(startDateFieldId(fields)).toBe(id);
  });

  it('asks only for the roadmap fields, the start date when the site has one, and the PM document', () => {
    expect(
      roadmapSearchBody('project = "CHK"', { as: 'user', pageSize: 100, pageToken: 't1' }, 'customfield_10015'),
    ).toEqual({
      jql: 'project = "CHK"',
      fields: ['summary', 'issuetype', 'status', 'project', 'duedate', 'fixVersions', 'parent', 'customfield_10015'],
      properties: [PM_PROPERTY_KEY],
      maxResults: 100,
      nextPageToken: 't1',
    });
    expect(roadmapSearchBody('x', { as: 'user', pageSize: 5 }, undefined).fields).not.toContain(undefined);
  });

  it('reads dates leniently (another type is no date), the parent as embedded, KPI keys from a valid PM document only', () => {
    const page = roadmapSearchPageSchema.parse({
      issues: [
        {
          id: '1',
          key: 'CHK-1',
          fields: {
            summary: 'Epic one',
            issuetype: { name: 'Epic' },
            status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
            project: { key: 'CHK' },
            duedate: '2026-12-01',
            customfield_10015: '2026-11-01',
            fixVersions: [
              { self: 'x', id: '10', name: '2.4', released: false, archived: false, releaseDate: '2026-12-15' },
              { id: '11', name: 'Someday', released: false, archived: false },
            ],
            parent: { id: '9', key: 'CHK-9', fields: { summary: 'Initiative', issuetype: { name: 'Initiative' } } },
          },
          properties: { [PM_PROPERTY_KEY]: { schemaVersion: 1, version: 3, kpiKeys: ['CHK-5'], scores: {} } },
        },
        {
          id: '2',
          key: 'CHK-2',
          fields: {
            summary: 'Epic two',
            issuetype: { name: 'Epic' },
            status: { name: 'Done', statusCategory: { key: 'done' } },
            project: { key: 'CHK' },
            duedate: null,
            customfield_10015: 42,
          },
          properties: { [PM_PROPERTY_KEY]: { broken: true } },
        },
      ],
      nextPageToken: 'next',
      isLast: false,
    });
    const answer = roadmapPageOf(page, 'customfield_10015');
    expect(answer.nextPageToken).toBe('next');
    expect(answer.items[0]).toEqual({
      id: '1',
      key: 'CHK-1',
      summary: 'Epic one',
      issueType: 'Epic',
      projectKey: 'CHK',
      status: 'In Progress',
      statusCategory: 'indeterminate',
      startDate: '2026-11-01',
      dueDate: '2026-12-01',
      parent: { id: '9', key: 'CHK-9', summary: 'Initiative', issueType: 'Initiative' },
      fixVersions: [
        { id: '10', name: '2.4', released: false, releaseDate: '2026-12-15' },
        { id: '11', name: 'Someday', released: false },
      ],
      kpiKeys: ['CHK-5'],
    });
    expect(answer.items[1]).toEqual({
      id: '2',
      key: 'CHK-2',
      summary: 'Epic two',
      issueType: 'Epic',
      projectKey: 'CHK',
      status: 'Done',
      statusCategory: 'done',
      fixVersions: [],
      kpiKeys: [],
    });
    expect(roadmapPageOf({ ...page, isLast: true }, undefined).nextPageToken).toBeUndefined();
  });

  it('reads a project’s versions: archived and released as booleans, a release day only when it is one', () => {
    expect(
      projectVersionsOf(
        projectVersionsSchema.parse([
          { id: '1', name: '1.0', released: true, archived: true, releaseDate: '2025-01-01', projectId: 1 },
          { id: '2', name: '2.0', releaseDate: '15/Dec/26' },
        ]),
      ),
    ).toEqual([
      { id: '1', name: '1.0', released: true, archived: true, releaseDate: '2025-01-01' },
      { id: '2', name: '2.0', released: false, archived: false },
    ]);
  });
});
