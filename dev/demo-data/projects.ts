/** The four products as Jira projects. The viewer cannot browse PLAT. */
import type { DatasetProject } from '../dataset/dataset-schema';
import { PRODUCTS, type ProductTemplate } from './products';
import { ADMIN, DEMO_USERS, PRODUCT_OWNER } from './users';

export const FIRST_PROJECT_ID = 10000;

export const projectIdOf = (index: number): string => String(FIRST_PROJECT_ID + index);

function leadOf(product: ProductTemplate): string {
  if (product.key === 'CHK') return PRODUCT_OWNER.accountId;
  if (product.key === 'PLAT') return ADMIN.accountId;
  const dev = DEMO_USERS.find((u) => u.role === 'developer' && u.browseProjects !== '*' && u.browseProjects[0] === product.key);
  return (dev ?? ADMIN).accountId;
}

export function projects(): DatasetProject[] {
  return PRODUCTS.map((product, index) => ({
    id: projectIdOf(index),
    key: product.key,
    name: product.name,
    projectTypeKey: 'software',
    description: product.description,
    lead: { accountId: leadOf(product) },
  }));
}
