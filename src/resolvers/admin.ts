import Resolver from '@forge/resolver';
import { getConfig } from '../app/config/get-config';
import { getSiteOptions } from '../app/config/get-site-options';
import { previewMapping } from '../app/config/preview-mapping';
import { saveConfig } from '../app/config/save-config';
import { ADMIN_FUNCTIONS as F } from '../contract/function-keys';
import { contractResolver } from './shared/define-resolver';
import { definitionsFor } from './shared/definitions-for';

/**
 * Admin page (`pm-admin`): reading is open to every user (pages need the
 * phases); saving checks ADMINISTER / ADMINISTER_PROJECTS server-side. A
 * `projectKey` in the payload only selects which project's rules to change -
 * the permission check decides whether the caller may.
 */
export const adminHandler = definitionsFor(
  new Resolver()
    .define(
      F.getConfig,
      contractResolver(F.getConfig, (deps) => getConfig(deps)),
    )
    .define(
      F.saveConfig,
      contractResolver(F.saveConfig, (deps, payload, context) =>
        saveConfig(deps, {
          caller: { accountId: context.accountId },
          version: payload.version,
          config: payload.config,
          ...(payload.projectKey !== undefined ? { projectKey: payload.projectKey } : {}),
        }),
      ),
    )
    .define(
      F.getSiteOptions,
      contractResolver(F.getSiteOptions, (deps) => getSiteOptions(deps)),
    )
    .define(
      F.previewMapping,
      contractResolver(F.previewMapping, (deps, payload) =>
        previewMapping(deps, { rules: payload.rules, index: payload.index }),
      ),
    ),
  F,
);
