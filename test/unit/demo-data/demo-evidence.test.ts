import { addDemoEvidence } from '../../../dev/demo-data/evidence';
import { DEFAULT_NOW, generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { EVIDENCE_PROPERTY_KEY, evidencePropertySchema } from '../../../src/contract/evidence-property';

describe('demo evidence', () => {
  const dataset = generateDemoDataset({ seed: 42, issues: 600 });
  const typeName = new Map(dataset.issueTypes.map((t) => [t.id, t.name]));
  const byKey = new Map(dataset.issues.map((i) => [i.key, i]));
  const withEvidence = dataset.issues.filter((i) => i.properties?.[EVIDENCE_PROPERTY_KEY] !== undefined);

  it('sits on problems and stories, parses with the app schema, and names interviews of the same project', () => {
    expect(new Set(withEvidence.map((i) => typeName.get(i.fields.issuetype.id)))).toEqual(
      new Set(['Problem', 'Story']),
    );
    for (const issue of withEvidence) {
      const doc = evidencePropertySchema.parse(issue.properties?.[EVIDENCE_PROPERTY_KEY]);
      expect(doc.entries.length).toBeGreaterThan(0);
      for (const entry of doc.entries) {
        const item = byKey.get(entry.key);
        expect(item && typeName.get(item.fields.issuetype.id)).toBe('Interview');
        expect(item?.fields.project.id).toBe(issue.fields.project.id);
      }
    }
  });

  it('has strengths, segments and customers to show, and every product with interviews has some', () => {
    const entries = withEvidence.flatMap(
      (i) => evidencePropertySchema.parse(i.properties?.[EVIDENCE_PROPERTY_KEY]).entries,
    );
    expect(new Set(entries.map((e) => e.strength))).toEqual(new Set([1, 2, 3]));
    expect(new Set(entries.map((e) => e.sourceKind))).toEqual(new Set(['segment', 'customer']));
    const projectsWithInterviews = new Set(
      dataset.issues.filter((i) => typeName.get(i.fields.issuetype.id) === 'Interview').map((i) => i.fields.project.id),
    );
    expect(new Set(withEvidence.map((i) => i.fields.project.id))).toEqual(projectsWithInterviews);
  });

  it('only writes evidence properties: with them stripped and added again, the dataset is the same, issue for issue', () => {
    const stripped = structuredClone(dataset);
    for (const issue of stripped.issues) if (issue.properties) delete issue.properties[EVIDENCE_PROPERTY_KEY];
    const issueKeys = stripped.issues.map((i) => i.key);
    const again = addDemoEvidence(stripped, DEFAULT_NOW);
    expect(again.issues.map((i) => i.key)).toEqual(issueKeys);
    expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
  });
});
