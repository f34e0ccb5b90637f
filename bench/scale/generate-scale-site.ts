import type { DatasetInput } from '../../dev/dataset/dataset-schema';
import { DEFAULT_NOW, generateDemoDataset } from '../../dev/demo-data/generate-demo-dataset';
import { indexRequirements } from '../../dev/demo-data/index-requirements';
import { issuesPerProject, trimProject } from './trim-project';

/** The project that holds the big backlog (the demo's largest product). */
export const BIG_PROJECT = 'CHK';
/** The project whose leaves are trimmed so the site has exactly its size. */
const FILLER_PROJECT = 'MOB';
export const SITE_NOW = DEFAULT_NOW;

export interface ScaleSite {
  dataset: DatasetInput;
  perProject: Record<string, number>;
}

/**
 * The demo portfolio (deterministic, seed 42) sized so one project holds
 * `projectIssues` and the whole site `siteIssues`: generated a little larger,
 * then trimmed (trim-project.ts), so dev/demo-data stays as it is.
 */
export function generateScaleSite(siteIssues: number, projectIssues: number): ScaleSite {
  let requested = siteIssues * 1.15;
  for (let attempt = 0; attempt < 6; attempt++) {
    const generated = generateDemoDataset({ seed: 42, issues: Math.ceil(requested), now: SITE_NOW });
    const counts = issuesPerProject(generated);
    const big = counts[BIG_PROJECT] ?? 0;
    const others = generated.issues.length - big;
    const fillerSurplus = others - (siteIssues - projectIssues);
    if (big >= projectIssues && fillerSurplus >= 0 && (counts[FILLER_PROJECT] ?? 0) - fillerSurplus > 0) {
      // The JQL index again with the app's own indexValues (as the demo generator does), on the
      // trimmed site: readiness depends on the linked items, and a removed leaf could be one.
      const trimmed = indexRequirements(
        trimProject(
          trimProject(generated, BIG_PROJECT, projectIssues),
          FILLER_PROJECT,
          (counts[FILLER_PROJECT] ?? 0) - fillerSurplus,
        ),
        SITE_NOW,
      );
      return { dataset: trimmed, perProject: issuesPerProject(trimmed) };
    }
    requested *= 1.25;
  }
  throw new Error(
    `the demo generator gave no site with ${projectIssues} issues in ${BIG_PROJECT} and ${siteIssues} in all`,
  );
}
