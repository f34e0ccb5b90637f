import type { SiteOptionsView } from '../../contract/views-admin';
import type { AppDeps } from '../shared/app-deps';

/**
 * What the admin page's pickers offer: the site's issue types, statuses,
 * link types and the projects they may browse, read as the caller (Jira lists what they may see). Jira lists a
 * team-managed project's types separately under the same names, and the
 * configuration maps by name, so names are listed once.
 */
export async function getSiteOptions(deps: AppDeps): Promise<SiteOptionsView> {
  const [types, statuses, linkTypes, projects] = await Promise.all([
    deps.jira.listIssueTypes({ as: 'user' }),
    deps.jira.listStatuses({ as: 'user' }),
    deps.jira.listIssueLinkTypes({ as: 'user' }),
    deps.jira.listProjects({ as: 'user' }),
  ]);
  return {
    issueTypes: uniqueByName(types).map((t) => ({
      name: t.name,
      subtask: t.subtask,
      ...(t.hierarchyLevel !== undefined ? { hierarchyLevel: t.hierarchyLevel } : {}),
    })),
    statuses: uniqueByName(statuses).map((s) => ({ name: s.name, category: s.category })),
    linkTypes: uniqueByName(linkTypes).map((l) => ({ name: l.name, inward: l.inward, outward: l.outward })),
    projects: projects.map((p) => ({ key: p.key, name: p.name })).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

function uniqueByName<T extends { name: string }>(items: readonly T[]): T[] {
  const byName = new Map<string, T>();
  for (const item of items) if (!byName.has(item.name)) byName.set(item.name, item);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
