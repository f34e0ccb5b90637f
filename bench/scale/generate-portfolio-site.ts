import { generateDemoDataset } from '../../dev/demo-data/generate-demo-dataset';
import { indexRequirements } from '../../dev/demo-data/index-requirements';
import { clonePortfolioSite } from './clone-portfolio-site';
import { BIG_PROJECT, SITE_NOW, type ScaleSite } from './generate-scale-site';
import { issuesPerProject, trimProject } from './trim-project';

/** Issues in each project of the portfolio site (issue 9: a portfolio of many ordinary projects). */
export const PORTFOLIO_PROJECT_ISSUES = 75;

/** The demo (seed 42) at a size whose CHK holds more than PORTFOLIO_PROJECT_ISSUES before trimming. */
const SOURCE_SITE_ISSUES = 400;

/**
 * The portfolio bench's site: the demo's CHK trimmed to PORTFOLIO_PROJECT_ISSUES issues, copied
 * `projects` times (clone-portfolio-site.ts), with the JQL index the app would write on it.
 */
export function generatePortfolioSite(projects: number): ScaleSite {
  const demo = generateDemoDataset({ seed: 42, issues: SOURCE_SITE_ISSUES, now: SITE_NOW });
  const trimmed = trimProject(demo, BIG_PROJECT, PORTFOLIO_PROJECT_ISSUES);
  const dataset = indexRequirements(clonePortfolioSite(trimmed, BIG_PROJECT, projects), SITE_NOW);
  return { dataset, perProject: issuesPerProject(dataset) };
}
