import { parseDataset } from '../../../dev/dataset/load-dataset';
import { BIG_PROJECT, SITE_NOW, generateScaleSite } from '../../../bench/scale/generate-scale-site';
import { indexRequirements } from '../../../dev/demo-data/index-requirements';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';
import { coldCallsLowerBound } from '../../../bench/scale/phases/cold-rollup';

/** The bench's site: exact sizes from the demo generator, still a valid dataset. */
describe('scale bench site', () => {
  it('has exactly the site and project sizes asked for, and loads as a dataset (no dangling parent or link)', () => {
    const { dataset, perProject } = generateScaleSite(2_000, 700);
    expect(dataset.issues).toHaveLength(2_000);
    expect(perProject[BIG_PROJECT]).toBe(700);
    expect(() => parseDataset(dataset)).not.toThrow();
    const ids = new Set(dataset.issues.map((i) => i.id));
    const dangling = dataset.issues.flatMap((i) =>
      (i.fields.issuelinks ?? []).filter((l) => !ids.has(l.outwardIssue.id)),
    );
    expect(dangling).toEqual([]);
  });

  it('carries the JQL index the app itself would write on that site (index-values.ts, after trimming)', () => {
    const { dataset } = generateScaleSite(600, 200);
    expect(JSON.stringify(indexRequirements(dataset, SITE_NOW))).toBe(JSON.stringify(dataset));
    const scored = dataset.issues.filter(
      (i) => (i.properties?.[PM_PROPERTY_KEY] as { index?: { scores?: object } } | undefined)?.index?.scores,
    );
    expect(scored.length).toBeGreaterThan(0);
  });

  it('is the same site every time', () => {
    expect(JSON.stringify(generateScaleSite(600, 200).dataset)).toBe(
      JSON.stringify(generateScaleSite(600, 200).dataset),
    );
  });

  it('bounds the cold read by 100 issues a page over the projects the app may read, plus the project list', () => {
    expect(coldCallsLowerBound({ A: 250, B: 50, HR: 1000 }, ['A', 'B'])).toBe(3 + 1);
    expect(coldCallsLowerBound({ A: 100 }, ['A'])).toBe(1 + 1);
  });
});
