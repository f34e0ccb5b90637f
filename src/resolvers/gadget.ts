import Resolver from '@forge/resolver';
import { getGadget } from '../app/gadget/get-gadget';
import { getGadgetOptions } from '../app/gadget/get-gadget-options';
import { GADGET_FUNCTIONS as F } from '../contract/function-keys';
import { composeDeps } from './shared/compose-deps';
import { contractResolver } from './shared/define-resolver';
import { definitionsFor } from './shared/definitions-for';

/**
 * Dashboard gadget (`pm-health-gadget`, view and edit): the product comes from the gadget's
 * configuration in the Forge context (Jira keeps it per gadget), never from the payload;
 * everything is read as the viewer.
 */
export const gadgetHandler = definitionsFor(
  new Resolver()
    .define(
      F.getGadget,
      contractResolver(
        F.getGadget,
        (deps, payload, context) =>
          getGadget(
            deps,
            { accountId: context.accountId },
            { configuration: context.gadgetConfiguration, top: payload.top },
          ),
        // As the project page: stored state with one Jira call, the story-point fields from app storage.
        () => composeDeps({ cacheStoryPointFields: true }),
      ),
    )
    .define(
      F.getGadgetOptions,
      contractResolver(F.getGadgetOptions, (deps, _payload, context) =>
        getGadgetOptions(deps, { configuration: context.gadgetConfiguration }),
      ),
    ),
  F,
);
