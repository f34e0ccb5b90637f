import type { DatasetInput } from '../../dev/dataset/dataset-schema';

type IssueInput = DatasetInput['issues'][number];
type Grant = '*' | string[];

const projectOf = (key: string): string => key.slice(0, key.lastIndexOf('-'));
const numberOf = (key: string): string => key.slice(key.lastIndexOf('-') + 1);

/** Ids of the copies start here: numeric strings, as Jira's are, apart from the source's. */
const FIRST_PROJECT_ID = 10_000;
const FIRST_ISSUE_ID = 100_000;
const FIRST_LINK_ID = 100_000;
const FIRST_VERSION_ID = 50_000;

/** The copies' project keys: P001, P002, ... (key order is copy order). */
export function portfolioProjectKey(copy: number, copies: number): string {
  return `P${String(copy + 1).padStart(Math.max(3, String(copies).length), '0')}`;
}

/** Every string of a JSON value that `rename` maps, replaced (keys inside the app's issue properties). */
function renameStrings(value: unknown, rename: (s: string) => string | undefined): unknown {
  if (typeof value === 'string') return rename(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => renameStrings(v, rename));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameStrings(v, rename)]));
  return value;
}

/**
 * A site of `copies` projects, each a copy of `projectKey` of `source` under its own key and ids:
 * issue ids and keys (same numbers), fields.project, parents, links, fix versions and every key
 * inside the issues' properties point into the copy itself. Links and property keys that lead out
 * of the source project are dropped / would dangle, so the source must not have any outside its
 * own (it throws). A user granted the source project (browse, edit, admin) gets every copy; '*'
 * stays '*'; the app account may browse all. Deterministic: the same input gives the same site.
 */
export function clonePortfolioSite(source: DatasetInput, projectKey: string, copies: number): DatasetInput {
  const project = source.projects.find((p) => p.key === projectKey);
  if (!project) throw new RangeError(`no project ${projectKey} in the source dataset`);
  const issues = source.issues.filter((i) => projectOf(i.key) === projectKey);
  const issueIds = new Set(issues.map((i) => i.id));
  const versions = (source.versions ?? []).filter((v) => v.projectId === project.id);
  const keyPattern = /^[A-Z][A-Z0-9_]{1,9}-\d+$/;
  const sourceKeys = new Set(issues.map((i) => i.key));
  const keys = Array.from({ length: copies }, (_, c) => portfolioProjectKey(c, copies));
  const grantOf = (grant: Grant | undefined): Grant | undefined =>
    grant === undefined || grant === '*' ? grant : grant.includes(projectKey) ? [...keys] : [];

  let linkId = FIRST_LINK_ID;
  const out: DatasetInput = {
    ...source,
    projects: [],
    versions: [],
    issues: [],
    users: source.users.map((u) => ({
      ...u,
      ...(u.browseProjects !== undefined ? { browseProjects: grantOf(u.browseProjects) } : {}),
      ...(u.editProjects !== undefined ? { editProjects: grantOf(u.editProjects) } : {}),
      ...(u.adminProjects !== undefined ? { adminProjects: grantOf(u.adminProjects) as string[] } : {}),
    })),
    appAccount: { browseProjects: '*' },
    appStorage: {},
  };
  keys.forEach((key, c) => {
    const projectId = String(FIRST_PROJECT_ID + c);
    const idMap = new Map(issues.map((i, n) => [i.id, String(FIRST_ISSUE_ID + c * issues.length + n)]));
    const versionMap = new Map(versions.map((v, n) => [v.id, String(FIRST_VERSION_ID + c * versions.length + n)]));
    const rename = (s: string): string | undefined => {
      if (!keyPattern.test(s)) return undefined;
      if (!sourceKeys.has(s))
        throw new Error(`a property of ${projectKey} names ${s}, which is not in ${projectKey}: a copy would dangle`);
      return `${key}-${numberOf(s)}`;
    };
    out.projects.push({ ...project, id: projectId, key, name: `${project.name} ${key}` });
    out.versions!.push(...versions.map((v) => ({ ...v, id: versionMap.get(v.id)!, projectId })));
    for (const issue of issues) out.issues.push(copyIssue(issue));

    function copyIssue(issue: IssueInput): IssueInput {
      const f = issue.fields as IssueInput['fields'] & { parent?: { id: string } };
      const links = (f.issuelinks ?? []).filter((l) => issueIds.has(l.outwardIssue.id));
      return {
        ...issue,
        id: idMap.get(issue.id)!,
        key: `${key}-${numberOf(issue.key)}`,
        fields: {
          ...f,
          project: { id: projectId },
          ...(f.parent ? { parent: { id: idMap.get(f.parent.id) ?? missingParent(issue) } } : {}),
          ...(f.fixVersions ? { fixVersions: f.fixVersions.map((v) => ({ id: versionMap.get(v.id)! })) } : {}),
          issuelinks: links.map((l) => ({
            ...l,
            id: String(linkId++),
            outwardIssue: { id: idMap.get(l.outwardIssue.id)! },
          })),
        },
        ...(issue.properties
          ? { properties: renameStrings(issue.properties, rename) as IssueInput['properties'] }
          : {}),
      };
    }
  });
  return out;
}

function missingParent(issue: IssueInput): never {
  throw new Error(`${issue.key}'s parent is outside its project: a copy would dangle`);
}
