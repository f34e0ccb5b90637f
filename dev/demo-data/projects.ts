/**
 * The five products as Jira projects. The viewer cannot browse PLAT or ANA; the
 * app's own account is not granted People Ops (HR), so background work cannot
 * read it. Story points live in different fields per project, as on real sites:
 * company-managed projects use "Story Points" (customfield_10016), the
 * team-managed Mobile App uses "Story point estimate" (customfield_10026), and
 * People Ops (a business project) has no story-point field at all.
 */
import type { DatasetAppAccount, DatasetProject } from '../dataset/dataset-schema';
import { START_DATE_FIELD, STORY_POINTS_FIELD, STORY_POINT_ESTIMATE_FIELD } from './issue-types-and-statuses';
import { PRODUCTS, type ProductTemplate } from './products';
import { ADMIN, DEMO_USERS, PEOPLE_OPS, PRODUCT_OWNER } from './users';

export const FIRST_PROJECT_ID = 10000;

/** Projects the app's account may not browse (its permission scheme leaves it out). */
export const APP_HIDDEN_PROJECTS: readonly string[] = ['HR'];

export const projectIdOf = (index: number): string => String(FIRST_PROJECT_ID + index);

const TEAM_MANAGED = new Set(['MOB']);
const BUSINESS = new Set(['HR']);

/** The field a project's issues keep their story points in (undefined: the project has none). */
export function storyPointsFieldOf(projectKey: string): string | undefined {
  if (BUSINESS.has(projectKey)) return undefined;
  return TEAM_MANAGED.has(projectKey) ? STORY_POINT_ESTIMATE_FIELD : STORY_POINTS_FIELD;
}

function leadOf(product: ProductTemplate): string {
  if (product.key === 'CHK') return PRODUCT_OWNER.accountId;
  if (product.key === 'PLAT') return ADMIN.accountId;
  if (product.key === 'HR') return PEOPLE_OPS.accountId;
  const dev = DEMO_USERS.find(
    (u) => u.role === 'developer' && u.browseProjects !== '*' && u.browseProjects[0] === product.key,
  );
  return (dev ?? ADMIN).accountId;
}

export function projects(): DatasetProject[] {
  return PRODUCTS.map((product, index) => {
    const storyPoints = storyPointsFieldOf(product.key);
    return {
      id: projectIdOf(index),
      key: product.key,
      name: product.name,
      projectTypeKey: BUSINESS.has(product.key) ? 'business' : 'software',
      description: product.description,
      lead: { accountId: leadOf(product) },
      style: TEAM_MANAGED.has(product.key) ? 'next-gen' : 'classic',
      customFields: storyPoints ? [START_DATE_FIELD, storyPoints] : [START_DATE_FIELD],
    };
  });
}

export function appAccount(): DatasetAppAccount {
  return { browseProjects: PRODUCTS.map((p) => p.key).filter((key) => !APP_HIDDEN_PROJECTS.includes(key)) };
}
