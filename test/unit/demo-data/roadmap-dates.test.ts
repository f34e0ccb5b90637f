import { generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { START_DATE_FIELD } from '../../../dev/demo-data/issue-types-and-statuses';
import { addRoadmapDates } from '../../../dev/demo-data/roadmap-dates';

const NOW = new Date('2026-11-01T09:00:00Z');

describe('demo roadmap dates', () => {
  const dataset = generateDemoDataset({ seed: 3, issues: 800, now: NOW });
  const typeOf = new Map(dataset.issueTypes.map((t) => [t.id, t.name]));
  const roadmapItems = dataset.issues.filter((i) =>
    ['Epic', 'Initiative'].includes(typeOf.get(i.fields.issuetype.id) ?? ''),
  );

  it('schedules most epics and every initiative, never a start after its due day', () => {
    const scheduled = roadmapItems.filter(
      (i) => i.fields.duedate && typeof (i.fields as Record<string, unknown>)[START_DATE_FIELD] === 'string',
    );
    expect(scheduled.length / roadmapItems.length).toBeGreaterThan(0.8);
    expect(scheduled.length).toBeLessThan(roadmapItems.length); // some left unscheduled on purpose
    for (const i of roadmapItems.filter((x) => typeOf.get(x.fields.issuetype.id) === 'Initiative'))
      expect(scheduled).toContain(i);
    for (const i of scheduled)
      expect(((i.fields as Record<string, unknown>)[START_DATE_FIELD] as string) <= (i.fields.duedate as string)).toBe(
        true,
      );
  });

  it('is additive: only empty date fields of epics and initiatives are set, the same issues, the same answer twice', () => {
    // The generated dataset with the roadmap items' dates taken away again.
    const stripped = structuredClone(dataset);
    for (const i of stripped.issues) {
      if (!['Epic', 'Initiative'].includes(typeOf.get(i.fields.issuetype.id) ?? '')) continue;
      i.fields.duedate = null;
      delete (i.fields as Record<string, unknown>)[START_DATE_FIELD];
    }
    const after = addRoadmapDates(structuredClone(stripped), NOW);
    expect(after.issues.map((i) => i.key)).toEqual(stripped.issues.map((i) => i.key));
    expect(addRoadmapDates(structuredClone(after), NOW)).toEqual(after);
    let changed = 0;
    stripped.issues.forEach((b, n) => {
      const a = after.issues[n] as typeof b;
      const isItem = ['Epic', 'Initiative'].includes(typeOf.get(b.fields.issuetype.id) ?? '');
      if (!isItem) return expect(a).toEqual(b);
      const { duedate: _d1, [START_DATE_FIELD]: _s1, ...restBefore } = b.fields as Record<string, unknown>;
      const { duedate: _d2, [START_DATE_FIELD]: _s2, ...restAfter } = a.fields as Record<string, unknown>;
      expect(restAfter).toEqual(restBefore);
      if (a.fields.duedate) changed++;
    });
    expect(changed).toBeGreaterThan(0);
  });
});
