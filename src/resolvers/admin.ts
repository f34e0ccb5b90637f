import Resolver from '@forge/resolver';
import { getConfig } from '../app/config/get-config';
import { saveConfig } from '../app/config/save-config';
import { ADMIN_FUNCTIONS as F } from '../contract/function-keys';
import { getConfigPayload, saveConfigPayload } from '../contract/payloads';
import { resolverFor } from './shared/define-resolver';
import { definitionsFor } from './shared/definitions-for';

/**
 * Admin page (`pm-admin`): reading is open to every user (pages need the
 * phases); saving checks ADMINISTER / ADMINISTER_PROJECTS server-side. A
 * `projectKey` in the payload only selects which project's rules to change -
 * the permission check decides whether the caller may.
 */
export const adminHandler = definitionsFor(
  new Resolver()
    .define(F.getConfig, resolverFor(F.getConfig, getConfigPayload, (deps) => getConfig(deps)))
    .define(
      F.saveConfig,
      resolverFor(F.saveConfig, saveConfigPayload, (deps, payload, context) =>
        saveConfig(deps, {
          caller: { accountId: context.accountId },
          version: payload.version,
          config: payload.config,
          ...(payload.projectKey !== undefined ? { projectKey: payload.projectKey } : {}),
        }),
      ),
    ),
  F,
);
