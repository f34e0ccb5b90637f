/**
 * Demo users. They do not depend on the seed, so the tokens and account ids
 * in the README and tests stay valid for every generated dataset. Their grants
 * follow Jira's permission schemes: browsing, editing and administering are
 * separate (the viewer browses but edits nothing; the people-ops lead
 * administers PLAT without browsing it).
 */
import type { DatasetUser } from '../dataset/dataset-schema';
import { hash32 } from './rng';
import { VOCABULARY } from './vocabulary.generated';

export type DemoRole = 'admin' | 'viewer' | 'product-owner' | 'developer' | 'people-ops';

export interface DemoUser extends DatasetUser {
  role: DemoRole;
}

type Grant = '*' | string[];

/** A 24-hex-digit Atlassian-style account id, derived from the e-mail address. */
export function accountIdFor(email: string): string {
  return [1, 2, 3].map((n) => hash32(`${n}:${email}`).toString(16).padStart(8, '0')).join('');
}

function user(
  role: DemoRole,
  emailAddress: string,
  displayName: string,
  apiToken: string,
  grants: { browse: Grant; admin?: string[]; edit?: Grant },
): DemoUser {
  return {
    role,
    accountId: accountIdFor(emailAddress),
    displayName,
    emailAddress,
    apiToken,
    siteAdmin: role === 'admin',
    browseProjects: grants.browse,
    // Absent = edits where they browse (the dataset default).
    ...(grants.edit !== undefined ? { editProjects: grants.edit } : {}),
    adminProjects: grants.admin ?? [],
  };
}

/** Which projects each developer works in. */
const DEVELOPER_PROJECTS: readonly string[][] = [
  ['CHK', 'PLAT'],
  ['CHK', 'MOB'],
  ['MOB', 'ANA'],
  ['ANA', 'PLAT'],
  ['CHK', 'MOB', 'ANA', 'PLAT'],
  ['CHK'],
];

function developers(): DemoUser[] {
  return DEVELOPER_PROJECTS.map((browse, i) => {
    const first = VOCABULARY.firstNames[i * 7] ?? `Dev${i + 1}`;
    const last = VOCABULARY.lastNames[i * 5] ?? 'Developer';
    const email = `${first}.${last}@example.com`.toLowerCase();
    return user('developer', email, `${first} ${last}`, `dev${i + 1}-token`, { browse });
  });
}

export const ADMIN = user('admin', 'admin@example.com', 'Avery Admin', 'admin-token', { browse: '*' });
export const VIEWER = user('viewer', 'viewer@example.com', 'Vic Viewer', 'viewer-token', {
  browse: ['CHK', 'MOB'],
  edit: [],
});
export const PRODUCT_OWNER = user('product-owner', 'po@example.com', 'Pat Owner', 'po-token', {
  browse: ['CHK', 'MOB', 'ANA'],
  admin: ['CHK'],
});
/** Leads People Ops; also administers PLAT (its settings) without being allowed to browse its issues. */
export const PEOPLE_OPS = user('people-ops', 'ops@example.com', 'Olu Ops', 'ops-token', {
  browse: ['CHK', 'HR'],
  edit: ['HR'],
  admin: ['HR', 'PLAT'],
});

export const DEMO_USERS: readonly DemoUser[] = [ADMIN, VIEWER, PRODUCT_OWNER, PEOPLE_OPS, ...developers()];

export function canBrowse(u: DatasetUser, projectKey: string): boolean {
  return u.browseProjects === '*' || u.browseProjects.includes(projectKey);
}

/** The users as the dataset stores them (without the generator's `role`). */
export function datasetUsers(): DatasetUser[] {
  return DEMO_USERS.map(({ role: _role, ...rest }) => ({
    ...rest,
    browseProjects: rest.browseProjects === '*' ? '*' : [...rest.browseProjects],
    ...(rest.editProjects !== undefined
      ? { editProjects: rest.editProjects === '*' ? '*' : [...rest.editProjects] }
      : {}),
    adminProjects: [...rest.adminProjects],
  }));
}
