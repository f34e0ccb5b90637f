import type { Dataset } from './dataset-schema';
import type { DatasetProblem } from './dataset-error';

/**
 * Referential integrity of a dataset that already passed the zod schema: every
 * reference points at something that exists, ids and keys are unique, keys carry
 * their project's key, and parents sit one hierarchy level above their children
 * (sub-task -1 under a standard issue 0, standard under epic 1, epic under 2...).
 * Returns every problem found (empty when the dataset is sound).
 */
export function checkDatasetIntegrity(ds: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (path: string, message: string): void => {
    problems.push({ path, message });
  };

  const uniqueBy = <T>(
    list: readonly T[],
    listName: string,
    prop: string,
    get: (t: T) => string,
    fold = false,
  ): void => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const raw = get(item);
      const value = fold ? raw.toLowerCase() : raw;
      const first = seen.get(value);
      if (first !== undefined)
        add(`${listName}[${i}].${prop}`, `duplicate ${prop} "${raw}" (also ${listName}[${first}])`);
      else seen.set(value, i);
    });
  };

  uniqueBy(ds.projects, 'projects', 'id', (p) => p.id);
  uniqueBy(ds.projects, 'projects', 'key', (p) => p.key);
  uniqueBy(ds.issueTypes, 'issueTypes', 'id', (t) => t.id);
  uniqueBy(ds.statuses, 'statuses', 'id', (s) => s.id);
  uniqueBy(ds.fields, 'fields', 'id', (f) => f.id);
  uniqueBy(ds.issueLinkTypes, 'issueLinkTypes', 'id', (t) => t.id);
  uniqueBy(ds.versions, 'versions', 'id', (v) => v.id);
  uniqueBy(ds.users, 'users', 'accountId', (u) => u.accountId);
  uniqueBy(ds.users, 'users', 'emailAddress', (u) => u.emailAddress, true);
  uniqueBy(ds.issues, 'issues', 'id', (i) => i.id);
  uniqueBy(ds.issues, 'issues', 'key', (i) => i.key);

  const projectsById = new Map(ds.projects.map((p) => [p.id, p]));
  const projectKeys = new Set(ds.projects.map((p) => p.key));
  const typesById = new Map(ds.issueTypes.map((t) => [t.id, t]));
  const statusIds = new Set(ds.statuses.map((s) => s.id));
  const linkTypeIds = new Set(ds.issueLinkTypes.map((t) => t.id));
  const accountIds = new Set(ds.users.map((u) => u.accountId));
  const fieldIds = new Set(ds.fields.map((f) => f.id));
  const issuesById = new Map(ds.issues.map((i) => [i.id, i]));
  const versionsById = new Map(ds.versions.map((v) => [v.id, v]));
  ds.versions.forEach((v, i) => {
    if (!projectsById.has(v.projectId)) add(`versions[${i}].projectId`, `no project with id "${v.projectId}"`);
  });

  ds.issueTypes.forEach((t, i) => {
    if (t.subtask !== (t.hierarchyLevel === -1)) {
      add(
        `issueTypes[${i}].hierarchyLevel`,
        `a sub-task type has hierarchy level -1 and only a sub-task type does (subtask is ${t.subtask}, level ${t.hierarchyLevel})`,
      );
    }
  });

  ds.projects.forEach((p, i) => {
    if (p.lead && !accountIds.has(p.lead.accountId))
      add(`projects[${i}].lead.accountId`, `no user with accountId "${p.lead.accountId}"`);
  });

  const grantKeys = (at: string, grant: '*' | string[] | undefined): void => {
    if (grant === undefined || grant === '*') return;
    grant.forEach((key, j) => {
      if (!projectKeys.has(key)) add(`${at}[${j}]`, `no project with key "${key}"`);
    });
  };
  ds.users.forEach((u, i) => {
    grantKeys(`users[${i}].browseProjects`, u.browseProjects);
    grantKeys(`users[${i}].editProjects`, u.editProjects);
    grantKeys(`users[${i}].adminProjects`, u.adminProjects);
  });
  grantKeys('appAccount.browseProjects', ds.appAccount.browseProjects);
  grantKeys('appAccount.editProjects', ds.appAccount.editProjects);

  ds.projects.forEach((p, i) => {
    p.customFields?.forEach((fieldId, j) => {
      if (!fieldIds.has(fieldId)) add(`projects[${i}].customFields[${j}]`, `no field with id "${fieldId}" in fields`);
    });
  });

  const linkIds = new Map<string, string>();
  ds.issues.forEach((issue, i) => {
    const at = `issues[${i}]`;
    const f = issue.fields;
    const project = projectsById.get(f.project.id);
    if (!project) add(`${at}.fields.project.id`, `no project with id "${f.project.id}"`);
    else if (!issue.key.startsWith(`${project.key}-`))
      add(`${at}.key`, `key "${issue.key}" does not start with its project's key "${project.key}-"`);

    const type = typesById.get(f.issuetype.id);
    if (!type) add(`${at}.fields.issuetype.id`, `no issue type with id "${f.issuetype.id}"`);
    if (!statusIds.has(f.status.id)) add(`${at}.fields.status.id`, `no status with id "${f.status.id}"`);

    for (const role of ['assignee', 'reporter'] as const) {
      const who = f[role];
      if (who && !accountIds.has(who.accountId))
        add(`${at}.fields.${role}.accountId`, `no user with accountId "${who.accountId}"`);
    }

    if (f.parent) {
      const parent = issuesById.get(f.parent.id);
      if (!parent) add(`${at}.fields.parent.id`, `no issue with id "${f.parent.id}"`);
      else if (parent.id === issue.id) add(`${at}.fields.parent.id`, 'an issue cannot be its own parent');
      else if (type) {
        const parentType = typesById.get(parent.fields.issuetype.id);
        if (parentType && parentType.hierarchyLevel !== type.hierarchyLevel + 1) {
          add(
            `${at}.fields.parent.id`,
            `parent ${parent.key} is a ${parentType.name} (level ${parentType.hierarchyLevel}); a ${type.name} (level ${type.hierarchyLevel}) needs a parent at level ${type.hierarchyLevel + 1}`,
          );
        }
      }
    } else if (type?.subtask) {
      add(`${at}.fields.parent`, `a ${type.name} (sub-task) needs a parent`);
    }

    // Jira offers only the issue's own project's versions as its fix versions.
    (f.fixVersions ?? []).forEach((ref, j) => {
      const version = versionsById.get(ref.id);
      if (!version) add(`${at}.fields.fixVersions[${j}].id`, `no version with id "${ref.id}"`);
      else if (version.projectId !== f.project.id)
        add(`${at}.fields.fixVersions[${j}].id`, `version "${version.name}" belongs to another project`);
    });

    f.issuelinks.forEach((link, j) => {
      const lat = `${at}.fields.issuelinks[${j}]`;
      const first = linkIds.get(link.id);
      if (first !== undefined) add(`${lat}.id`, `duplicate link id "${link.id}" (also ${first})`);
      else linkIds.set(link.id, lat);
      if (!linkTypeIds.has(link.type.id)) add(`${lat}.type.id`, `no issue link type with id "${link.type.id}"`);
      if (!issuesById.has(link.outwardIssue.id))
        add(`${lat}.outwardIssue.id`, `no issue with id "${link.outwardIssue.id}"`);
    });

    for (const name of Object.keys(f)) {
      if (!name.startsWith('customfield_')) continue;
      if (!fieldIds.has(name)) add(`${at}.fields.${name}`, `no field with id "${name}" in fields`);
      else if (project?.customFields && !project.customFields.includes(name)) {
        add(
          `${at}.fields.${name}`,
          `field "${name}" is not on project ${project.key}'s screens (projects[].customFields)`,
        );
      }
    }
  });

  return problems;
}
