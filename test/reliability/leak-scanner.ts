import type { DatasetInput, DatasetUser } from '../../dev/dataset/dataset-schema';

/**
 * What one user must never read in any answer: the keys, ids and summaries of
 * issues in projects they cannot browse, and the key and name of projects they
 * can neither browse nor administer (Jira's "view"). Built from the dataset, so
 * nothing depends on what the app chooses to show.
 */
export interface ForbiddenSet {
  accountId: string;
  issueKeys: string[];
  issueIds: string[];
  summaries: string[];
  projectKeys: string[];
  projectNames: string[];
}

export interface Leak {
  kind: 'issue key' | 'issue id' | 'summary' | 'project key' | 'project name';
  value: string;
}

const grants = (grant: '*' | readonly string[] | undefined, key: string) =>
  grant === '*' || (grant ?? []).includes(key);

export function forbiddenFor(dataset: DatasetInput, user: DatasetUser): ForbiddenSet {
  const browse = (key: string) => grants(user.browseProjects, key);
  const view = (key: string) => browse(key) || user.siteAdmin || (user.adminProjects ?? []).includes(key);
  const projectKeyOf = new Map(dataset.projects.map((p) => [p.id, p.key]));
  const hidden = dataset.issues.filter((i) => !browse(projectKeyOf.get(i.fields.project.id) ?? ''));
  const visibleText = dataset.issues.filter((i) => !hidden.includes(i)).map((i) => i.fields.summary);
  const unseenProjects = dataset.projects.filter((p) => !view(p.key));
  // Jira numbers projects, types and statuses from the same range as issues: such an id names no issue.
  const otherIds = new Set(
    [...dataset.projects, ...dataset.issueTypes, ...dataset.statuses, ...(dataset.issueLinkTypes ?? [])].map(
      (o) => o.id,
    ),
  );
  // A hidden summary that a visible one repeats (or contains) tells nothing: the demo's vocabulary repeats.
  const summaries = [...new Set(hidden.map((i) => i.fields.summary))].filter(
    (s) => s.length >= 8 && !visibleText.some((v) => v.includes(s)),
  );
  return {
    accountId: user.accountId,
    issueKeys: hidden.map((i) => i.key),
    issueIds: hidden.map((i) => i.id).filter((id) => !otherIds.has(id)),
    summaries,
    projectKeys: unseenProjects.map((p) => p.key),
    projectNames: unseenProjects.map((p) => p.name).filter((n) => !visibleText.some((v) => v.includes(n))),
  };
}

/** Every forbidden string found in `text` (an answer's JSON, a CSV, an error message). */
export function scanForLeaks(text: string, forbidden: ForbiddenSet): Leak[] {
  const leaks: Leak[] = [];
  const word = (value: string, after: string) => new RegExp(`(?<![A-Za-z0-9_])${escape(value)}(?!${after})`);
  for (const key of forbidden.issueKeys)
    if (word(key, '[0-9]').test(text)) leaks.push({ kind: 'issue key', value: key });
  // Ids are digit strings: a JSON string of its own, or a token in prose or a path ("issue 10140",
  // "/issue/10140") - never a number value that happens to be equal (a score of 10140).
  for (const id of forbidden.issueIds) {
    if (text.includes(`"${id}"`) || new RegExp(`(?<=[\\s/#(])${id}(?![A-Za-z0-9_.])`).test(text))
      leaks.push({ kind: 'issue id', value: id });
  }
  for (const summary of forbidden.summaries)
    if (text.includes(summary) || text.includes(JSON.stringify(summary).slice(1, -1)))
      leaks.push({ kind: 'summary', value: summary });
  for (const key of forbidden.projectKeys)
    if (word(key, '[A-Za-z0-9_]').test(text)) leaks.push({ kind: 'project key', value: key });
  for (const name of forbidden.projectNames) if (text.includes(name)) leaks.push({ kind: 'project name', value: name });
  return leaks;
}

/** Numbers of strings a scan checks (for the README's figures). */
export function forbiddenCount(forbidden: ForbiddenSet): number {
  return (
    forbidden.issueKeys.length +
    forbidden.issueIds.length +
    forbidden.summaries.length +
    forbidden.projectKeys.length +
    forbidden.projectNames.length
  );
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
