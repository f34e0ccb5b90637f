import type { IssueEvent } from '../../dev/emulator';

/** What the Jira process tells the bench (over the IPC channel of `fork`). */
export type JiraProcessMessage =
  | {
      type: 'ready';
      url: string;
      appAuthorization: string;
      /** accountId -> Authorization header acting as that user. */
      authorizations: Record<string, string>;
      perProject: Record<string, number>;
      /** Projects the app's own account may browse (what a background roll-up can read). */
      appReadable: string[];
      /** The site as a dataset file (for the local dev server of the browser measurement). */
      datasetFile: string;
      loadMs: number;
    }
  | { type: 'issue-event'; event: IssueEvent };

/** The site the Jira process builds: sizes and where to write it. */
export interface JiraProcessArgs {
  /** The repository (manifest.yml). */
  root: string;
  siteIssues: number;
  projectIssues: number;
  /** Instead of that site, the portfolio site of this many projects (generate-portfolio-site.ts). */
  portfolioProjects?: number;
  datasetFile: string;
}
