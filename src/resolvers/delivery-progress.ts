import { getDeliveryProgress } from '../app/delivery/get-delivery-progress';
import { requireProject } from './shared/forge-context';
import { contractResolver } from './shared/define-resolver';

/** The project page's burn-up: the project from the Forge context (never the payload), checked as the caller. */
export const deliveryProgressResolver = contractResolver('getDeliveryProgress', (deps, _payload, context) =>
  getDeliveryProgress(deps, { projectKey: requireProject(context) }),
);
