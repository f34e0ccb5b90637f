import type { DatasetProject } from '../dataset/dataset-schema';
import type { Principal } from './auth';

/**
 * The emulator's permission model (DESIGN: asUser sees exactly what the user may see):
 * - the app (asApp) sees and administers everything, like an app with the manifest's scopes;
 * - a site admin (ADMINISTER) sees and administers every project;
 * - other users browse the projects in `browseProjects` ('*' = all) plus those they administer
 *   (`adminProjects`); browsing implies creating and editing issues and their properties;
 * - deleting an issue needs ADMINISTER or ADMINISTER_PROJECTS on its project.
 */
export function canBrowse(p: Principal, project: Pick<DatasetProject, 'key'>): boolean {
  if (p.kind === 'app' || p.user.siteAdmin) return true;
  if (p.user.adminProjects.includes(project.key)) return true;
  return p.user.browseProjects === '*' || p.user.browseProjects.includes(project.key);
}

export function isSiteAdmin(p: Principal): boolean {
  return p.kind === 'app' || p.user.siteAdmin;
}

export function canAdministerProject(p: Principal, project: Pick<DatasetProject, 'key'>): boolean {
  return isSiteAdmin(p) || (p.kind === 'user' && p.user.adminProjects.includes(project.key));
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
  { id: '0', key: 'ADMINISTER', name: 'Administer Jira', type: 'GLOBAL', description: 'Create and administer projects, issue types, fields, workflows, and schemes for all projects. Users with this permission can perform most administration tasks, except: managing users, importing data, and editing system email settings.', check: (p) => isSiteAdmin(p) },
  { id: '44', key: 'SYSTEM_ADMIN', name: 'Administer Jira system', type: 'GLOBAL', description: 'Ability to perform most administration functions (excluding Import & Export, SMTP Configuration, etc.).', check: (p) => isSiteAdmin(p) },
  { id: '10', key: 'BROWSE_PROJECTS', name: 'Browse Projects', type: 'PROJECT', description: 'Ability to browse projects and the issues within them.', check: inSomeProject(canBrowse) },
  { id: '23', key: 'ADMINISTER_PROJECTS', name: 'Administer Projects', type: 'PROJECT', description: 'Ability to administer a project in Jira.', check: inSomeProject(canAdministerProject) },
  { id: '11', key: 'CREATE_ISSUES', name: 'Create Issues', type: 'PROJECT', description: 'Ability to create issues.', check: inSomeProject(canBrowse) },
  { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.', check: inSomeProject(canBrowse) },
  { id: '16', key: 'DELETE_ISSUES', name: 'Delete Issues', type: 'PROJECT', description: 'Ability to delete issues.', check: inSomeProject(canAdministerProject) },
];
