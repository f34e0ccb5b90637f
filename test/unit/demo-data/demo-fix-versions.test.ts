import { generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { START_DATE_FIELD } from '../../../dev/demo-data/issue-types-and-statuses';
import { datasetSchema } from '../../../dev/dataset/dataset-schema';

describe('demo releases and fix versions', () => {
  const now = new Date('2026-11-20T00:00:00Z');
  const dataset = datasetSchema.parse(generateDemoDataset({ seed: 7, issues: 600, now }));
  const epicType = dataset.issueTypes.find((t) => t.name === 'Epic')!.id;
  const versions = new Map(dataset.versions.map((v) => [v.id, v]));
  const epics = dataset.issues.filter((i) => i.fields.issuetype.id === epicType);
  const done = new Set(dataset.statuses.filter((s) => s.statusCategory === 'done').map((s) => s.id));

  it('each project has released, archived, planned and undated versions of its own', () => {
    for (const project of dataset.projects) {
      const own = dataset.versions.filter((v) => v.projectId === project.id);
      expect(own.some((v) => v.released && !v.archived)).toBe(true);
      expect(own.some((v) => v.archived)).toBe(true);
      expect(own.some((v) => !v.released && v.releaseDate && v.releaseDate > '2026-11-20')).toBe(true);
      expect(own.some((v) => !v.releaseDate)).toBe(true);
    }
  });

  it('epics name versions of their own project: done ones a shipped release, dated ones the first release on or after their due day', () => {
    const withVersions = epics.filter((e) => e.fields.fixVersions?.length);
    expect(withVersions.length / epics.length).toBeGreaterThan(0.5);
    for (const e of withVersions) {
      const v = versions.get(e.fields.fixVersions![0]!.id)!;
      expect(v.projectId).toBe(e.fields.project.id);
      if (done.has(e.fields.status.id)) expect(v.released).toBe(true);
      else if (e.fields.duedate) expect(v.releaseDate! >= e.fields.duedate).toBe(true);
    }
  });

  it('some epics with no dates at all are placed only by their release', () => {
    const undated = epics.filter(
      (e) =>
        !e.fields.duedate &&
        typeof (e.fields as Record<string, unknown>)[START_DATE_FIELD] !== 'string' &&
        !done.has(e.fields.status.id),
    );
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.every((e) => versions.get(e.fields.fixVersions?.[0]?.id ?? '')?.releaseDate)).toBe(true);
  });
});
