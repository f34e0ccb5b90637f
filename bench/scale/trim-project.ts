import type { DatasetInput } from '../../dev/dataset/dataset-schema';

type IssueInput = DatasetInput['issues'][number];

const projectOf = (issue: IssueInput): string => issue.key.slice(0, issue.key.lastIndexOf('-'));
const parentOf = (issue: IssueInput): string | undefined => (issue.fields as { parent?: { id?: string } }).parent?.id;

/**
 * Removes issues of one project until it holds exactly `target`: whole epic
 * subtrees from the newest first (so no parent goes missing), then childless
 * leaves for the last few. Links from other issues to a removed one are
 * dropped, as Jira drops them when an issue is deleted. Strategic items
 * (problems, personas, KPIs) are never removed, so no requirement document
 * points at a missing key.
 */
export function trimProject(dataset: DatasetInput, projectKey: string, target: number): DatasetInput {
  const inProject = dataset.issues.filter((i) => projectOf(i) === projectKey);
  let excess = inProject.length - target;
  if (excess < 0)
    throw new RangeError(`${projectKey} has ${inProject.length} issues, fewer than the ${target} asked for`);
  if (excess === 0) return dataset;
  const children = new Map<string, string[]>();
  for (const issue of dataset.issues) {
    const parent = parentOf(issue);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), issue.id]);
  }
  const subtree = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap(subtree)];
  const removed = new Set<string>();
  const typeNames = new Map(dataset.issueTypes.map((t) => [t.id, t.name]));
  const epics = inProject
    .filter((i) => typeNames.get((i.fields as { issuetype: { id: string } }).issuetype.id) === 'Epic')
    .reverse();
  for (const epic of epics) {
    const ids = subtree(epic.id);
    if (ids.length > excess) continue;
    ids.forEach((id) => removed.add(id));
    excess -= ids.length;
    if (excess === 0) break;
  }
  // The rest: leaves (no children left), newest first.
  for (const issue of [...inProject].reverse()) {
    if (excess === 0) break;
    if (removed.has(issue.id) || (children.get(issue.id) ?? []).some((c) => !removed.has(c))) continue;
    removed.add(issue.id);
    excess -= 1;
  }
  if (excess > 0) throw new Error(`could not trim ${projectKey} to ${target} issues`);
  const issues = dataset.issues
    .filter((i) => !removed.has(i.id))
    .map((i): IssueInput => {
      const links = i.fields.issuelinks;
      const gone = (l: NonNullable<typeof links>[number]): boolean => removed.has(l.outwardIssue.id);
      if (!links?.some(gone)) return i;
      return { ...i, fields: { ...i.fields, issuelinks: links.filter((l) => !gone(l)) } };
    });
  return { ...dataset, issues };
}

/** Issues per project key. */
export function issuesPerProject(dataset: DatasetInput): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const issue of dataset.issues) counts[projectOf(issue)] = (counts[projectOf(issue)] ?? 0) + 1;
  return counts;
}
