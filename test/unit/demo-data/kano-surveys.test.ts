import { generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';
import { addDemoKanoSurveys } from '../../../dev/demo-data/kano-surveys';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';

const NOW = new Date('2026-11-01T09:00:00Z');
type Doc = {
  scores?: { kanoSurvey?: { responses: { respondent?: string }[] } };
  index?: { scores?: { kano?: number } };
};

describe('demo Kano surveys', () => {
  const dataset = generateDemoDataset({ seed: 7, issues: 400, now: NOW });
  const surveyed = dataset.issues.filter(
    (i) => (i.properties?.[PM_PROPERTY_KEY] as Doc | undefined)?.scores?.kanoSurvey,
  );

  it('puts a survey on three open stories of each product, with named respondents', () => {
    const perProject = new Map<string, number>();
    for (const i of surveyed) perProject.set(i.fields.project.id, (perProject.get(i.fields.project.id) ?? 0) + 1);
    expect(perProject.size).toBeGreaterThanOrEqual(3);
    expect([...perProject.values()].every((n) => n === 3)).toBe(true);
    for (const i of surveyed) {
      const responses = (i.properties?.[PM_PROPERTY_KEY] as Doc).scores!.kanoSurvey!.responses;
      expect(responses.length).toBeGreaterThanOrEqual(12);
      expect(responses.every((r) => typeof r.respondent === 'string' && r.respondent.length > 0)).toBe(true);
    }
  });

  it('indexes the survey’s category as the app would (attractive 2, must-be 4)', () => {
    const kanoIndex = (i: (typeof surveyed)[number]) => (i.properties?.[PM_PROPERTY_KEY] as Doc).index?.scores?.kano;
    const values = new Set(surveyed.map(kanoIndex));
    expect([...values].sort()).toEqual([2, 4]);
  });

  it('adds no issue and is deterministic', () => {
    const again = addDemoKanoSurveys(generateDemoDataset({ seed: 7, issues: 400, now: NOW }), NOW);
    expect(again.issues.length).toBe(dataset.issues.length);
    expect(JSON.stringify(again.issues.map((i) => i.properties?.[PM_PROPERTY_KEY]))).toBe(
      JSON.stringify(dataset.issues.map((i) => i.properties?.[PM_PROPERTY_KEY])),
    );
  });
});
