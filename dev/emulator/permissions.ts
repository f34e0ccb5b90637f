import type { DatasetProject } from '../dataset/dataset-schema';
import type { Principal } from './auth';

/**
 * The emulator's permission model, as Jira's permission schemes grant it:
 * - BROWSE_PROJECTS: the projects in `browseProjects` ('*' = all). Nobody browses by rank
 *   alone: Administer Jira and Administer Projects do not grant it;
 * - EDIT_ISSUES / CREATE_ISSUES (and issue property writes): `editProjects` (absent = the
 *   browse grant), and only where the principal also browses;
 * - ADMINISTER_PROJECTS: a site admin everywhere, others in `adminProjects`;
 * - DELETE_ISSUES: administering the project (and browsing it, to reach the issue).
 * - SCHEDULE_ISSUES (ranking needs it with Edit Issues): the edit grant (the dataset has no
 *   separate one).
 * The app (asApp) is a Jira user too: its grants are the dataset's `appAccount`
 * (default everything); it holds Administer Jira, as Forge apps' accounts do.
 */
type Grant = '*' | readonly string[];

const granted = (grant: Grant, key: string): boolean => grant === '*' || grant.includes(key);

function grants(p: Principal): { browse: Grant; edit: Grant } {
  const holder: { browseProjects: Grant; editProjects?: Grant | undefined } = p.kind === 'app' ? p.account : p.user;
  return { browse: holder.browseProjects, edit: holder.editProjects ?? holder.browseProjects };
}

export function canBrowse(p: Principal, project: Pick<DatasetProject, 'key'>): boolean {
  return granted(grants(p).browse, project.key);
}

export function canEdit(p: Principal, project: Pick<DatasetProject, 'key'>): boolean {
  const g = grants(p);
  return granted(g.browse, project.key) && granted(g.edit, project.key);
}

export function isSiteAdmin(p: Principal): boolean {
  return p.kind === 'app' || p.user.siteAdmin;
}

export function canAdministerProject(p: Principal, project: Pick<DatasetProject, 'key'>): boolean {
  return isSiteAdmin(p) || (p.kind === 'user' && p.user.adminProjects.includes(project.key));
}

/** Jira's "view" a project (GET project, project/search default): browse it or administer it. */
export function canView(p: Principal, project: Pick<DatasetProject, 'key'>): boolean {
  return canBrowse(p, project) || canAdministerProject(p, project);
}

/** Deleting needs the issue in sight and the project administered. */
export function canDelete(p: Principal, project: Pick<DatasetProject, 'key'>): boolean {
  return canBrowse(p, project) && canAdministerProject(p, project);
}

export interface PermissionInfo {
  id: string;
  key: string;
  name: string;
  type: 'GLOBAL' | 'PROJECT';
  description: string;
  /** Whether the principal holds it, for one project (or, without one, in at least one project). */
  check(p: Principal, project: DatasetProject | undefined, all: readonly DatasetProject[]): boolean;
}

const inSomeProject =
  (test: (p: Principal, project: DatasetProject) => boolean) =>
  (p: Principal, project: DatasetProject | undefined, all: readonly DatasetProject[]): boolean =>
    project ? test(p, project) : all.some((x) => test(p, x));

/** The permission keys `/mypermissions` knows (Jira's ids and names). */
export const PERMISSIONS: readonly PermissionInfo[] = [
  {
    id: '0',
    key: 'ADMINISTER',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description:
      'Create and administer projects, issue types, fields, workflows, and schemes for all projects. Users with this permission can perform most administration tasks, except: managing users, importing data, and editing system email settings.',
    check: (p) => isSiteAdmin(p),
  },
  {
    id: '44',
    key: 'SYSTEM_ADMIN',
    name: 'Administer Jira system',
    type: 'GLOBAL',
    description:
      'Ability to perform most administration functions (excluding Import & Export, SMTP Configuration, etc.).',
    check: (p) => isSiteAdmin(p),
  },
  {
    id: '10',
    key: 'BROWSE_PROJECTS',
    name: 'Browse Projects',
    type: 'PROJECT',
    description: 'Ability to browse projects and the issues within them.',
    check: inSomeProject(canBrowse),
  },
  {
    id: '23',
    key: 'ADMINISTER_PROJECTS',
    name: 'Administer Projects',
    type: 'PROJECT',
    description: 'Ability to administer a project in Jira.',
    check: inSomeProject(canAdministerProject),
  },
  {
    id: '11',
    key: 'CREATE_ISSUES',
    name: 'Create Issues',
    type: 'PROJECT',
    description: 'Ability to create issues.',
    check: inSomeProject(canEdit),
  },
  {
    id: '12',
    key: 'EDIT_ISSUES',
    name: 'Edit Issues',
    type: 'PROJECT',
    description: 'Ability to edit issues.',
    check: inSomeProject(canEdit),
  },
  {
    id: '28',
    key: 'SCHEDULE_ISSUES',
    name: 'Schedule Issues',
    type: 'PROJECT',
    description: 'Ability to set and edit due dates, and to rank issues.',
    check: inSomeProject(canEdit),
  },
  {
    id: '16',
    key: 'DELETE_ISSUES',
    name: 'Delete Issues',
    type: 'PROJECT',
    description: 'Ability to delete issues.',
    check: inSomeProject(canDelete),
  },
];
