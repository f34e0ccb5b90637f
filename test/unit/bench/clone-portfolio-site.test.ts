import { parseDataset } from '../../../dev/dataset/load-dataset';
import type { DatasetInput } from '../../../dev/dataset/dataset-schema';
import { clonePortfolioSite, portfolioProjectKey } from '../../../bench/scale/clone-portfolio-site';
import { PORTFOLIO_PROJECT_ISSUES, generatePortfolioSite } from '../../../bench/scale/generate-portfolio-site';

const projectOf = (key: string): string => key.slice(0, key.lastIndexOf('-'));

/** Every issue key named anywhere inside a JSON value. */
function keysIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/"([A-Z][A-Z0-9_]{1,9}-\d+)"/g)].map((m) => m[1] as string);
}

/** A two-project source: A-1 epic, A-2 under it linking A-1 and B-1 (outside), a property naming A-1. */
const source: DatasetInput = {
  format: 'pm-workflow-dataset/1',
  projects: [
    { id: '1', key: 'AA', name: 'Alpha' },
    { id: '2', key: 'BB', name: 'Beta' },
  ],
  issueTypes: [
    { id: '1', name: 'Epic', subtask: false, hierarchyLevel: 1 },
    { id: '2', name: 'Story', subtask: false, hierarchyLevel: 0 },
  ],
  statuses: [{ id: '1', name: 'To Do', statusCategory: 'new' }],
  issueLinkTypes: [{ id: '1', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }],
  versions: [{ id: '7', projectId: '1', name: '1.0' }],
  users: [
    { accountId: 'all', displayName: 'All', emailAddress: 'all@example.com', apiToken: 't1', browseProjects: '*' },
    { accountId: 'aa', displayName: 'Aa', emailAddress: 'aa@example.com', apiToken: 't2', browseProjects: ['AA'] },
    { accountId: 'bb', displayName: 'Bb', emailAddress: 'bb@example.com', apiToken: 't3', browseProjects: ['BB'] },
  ],
  appAccount: { browseProjects: ['BB'] },
  issues: [
    issue('11', 'AA-1', '1', '1', {}),
    issue('12', 'AA-2', '1', '2', {
      parent: { id: '11' },
      fixVersions: [{ id: '7' }],
      issuelinks: [
        { id: '91', type: { id: '1' }, outwardIssue: { id: '11' } },
        { id: '92', type: { id: '1' }, outwardIssue: { id: '21' } },
      ],
    }),
    issue('21', 'BB-1', '2', '2', {}),
  ].map((i, n) =>
    n === 1 ? { ...i, properties: { 'pm-workflow.requirement': { kpiKeys: ['AA-1'], note: 'AA' } } } : i,
  ),
};

function issue(
  id: string,
  key: string,
  projectId: string,
  typeId: string,
  extra: object,
): DatasetInput['issues'][number] {
  return {
    id,
    key,
    fields: {
      summary: key,
      issuetype: { id: typeId },
      project: { id: projectId },
      status: { id: '1' },
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
      ...extra,
    },
  } as DatasetInput['issues'][number];
}

describe('clonePortfolioSite', () => {
  it('copies one project under new keys and ids, every reference inside its own copy (worked example)', () => {
    const site = clonePortfolioSite(source, 'AA', 3);
    expect(site.projects.map((p) => [p.id, p.key, p.name])).toEqual([
      ['10000', 'P001', 'Alpha P001'],
      ['10001', 'P002', 'Alpha P002'],
      ['10002', 'P003', 'Alpha P003'],
    ]);
    const second = site.issues.filter((i) => i.key.startsWith('P002-'));
    expect(second.map((i) => [i.id, i.key, i.fields.project.id])).toEqual([
      ['100002', 'P002-1', '10001'],
      ['100003', 'P002-2', '10001'],
    ]);
    const story = second[1]!;
    expect((story.fields as { parent?: { id: string } }).parent).toEqual({ id: '100002' });
    // The link to BB-1 led out of the project: dropped; the one inside gets a site-unique id.
    expect(story.fields.issuelinks).toEqual([{ id: '100001', type: { id: '1' }, outwardIssue: { id: '100002' } }]);
    expect(story.fields.fixVersions).toEqual([{ id: '50001' }]);
    expect(site.versions).toEqual([
      { id: '50000', projectId: '10000', name: '1.0' },
      { id: '50001', projectId: '10001', name: '1.0' },
      { id: '50002', projectId: '10002', name: '1.0' },
    ]);
    // Keys inside properties point into the copy; other strings stay.
    expect(story.properties).toEqual({ 'pm-workflow.requirement': { kpiKeys: ['P002-1'], note: 'AA' } });
    // '*' stays, a grant of the source project becomes every copy, one without it none; the app sees all.
    expect(site.users.map((u) => u.browseProjects)).toEqual(['*', ['P001', 'P002', 'P003'], []]);
    expect(site.appAccount).toEqual({ browseProjects: '*' });
    expect(() => parseDataset(site)).not.toThrow();
  });

  it('refuses a property key that leads out of the project (a copy would dangle)', () => {
    const leaking = {
      ...source,
      issues: source.issues.map((i) => (i.key === 'AA-1' ? { ...i, properties: { x: { key: 'BB-1' } } } : i)),
    };
    expect(() => clonePortfolioSite(leaking, 'AA', 2)).toThrow(/BB-1/);
  });

  it('pads keys to the number of copies', () => {
    expect([portfolioProjectKey(0, 200), portfolioProjectKey(199, 200), portfolioProjectKey(0, 1500)]).toEqual([
      'P001',
      'P200',
      'P0001',
    ]);
  });
});

describe('generatePortfolioSite', () => {
  const { dataset, perProject } = generatePortfolioSite(12);

  it('has the asked number of projects of PORTFOLIO_PROJECT_ISSUES issues each, and loads as a dataset', () => {
    expect(Object.keys(perProject)).toEqual(Array.from({ length: 12 }, (_, c) => portfolioProjectKey(c, 12)));
    expect(new Set(Object.values(perProject))).toEqual(new Set([PORTFOLIO_PROJECT_ISSUES]));
    expect(dataset.issues).toHaveLength(12 * PORTFOLIO_PROJECT_ISSUES);
    expect(() => parseDataset(dataset)).not.toThrow();
  });

  it('resolves every parent, link and property key inside its own project', () => {
    const byId = new Map(dataset.issues.map((i) => [i.id, i]));
    const keys = new Set(dataset.issues.map((i) => i.key));
    const outside = dataset.issues.flatMap((i) => {
      const own = projectOf(i.key);
      const parent = (i.fields as { parent?: { id: string } }).parent?.id;
      const targets = [
        ...(parent ? [byId.get(parent)?.key ?? `missing ${parent}`] : []),
        ...(i.fields.issuelinks ?? []).map((l) => byId.get(l.outwardIssue.id)?.key ?? `missing ${l.outwardIssue.id}`),
        ...keysIn(i.properties ?? {}).map((k) => (keys.has(k) ? k : `missing ${k}`)),
      ];
      return targets.filter((t) => projectOf(t) !== own).map((t) => `${i.key} -> ${t}`);
    });
    expect(outside).toEqual([]);
    // The copies keep the links and documents of the source: something was checked.
    expect(dataset.issues.some((i) => (i.fields.issuelinks ?? []).length > 0)).toBe(true);
    expect(dataset.issues.some((i) => keysIn(i.properties ?? {}).length > 0)).toBe(true);
  });

  it('lets the admin and the app account browse every project, and is the same site every time', () => {
    expect(dataset.users.find((u) => u.displayName === 'Avery Admin')?.browseProjects).toBe('*');
    expect(dataset.appAccount?.browseProjects).toBe('*');
    expect(JSON.stringify(generatePortfolioSite(12).dataset)).toBe(JSON.stringify(dataset));
  });
});
