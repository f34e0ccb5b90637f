import type { z } from 'zod';
import type { AppDeps } from '../../app/shared/app-deps';
import {
  RESOLVER_CONTRACT,
  type ContractKey,
  type ContractResult,
  type PayloadSchemaOf,
} from '../../contract/resolver-contract';
import { fail, ok, type Result } from '../../contract/result';
import { validationDetails, validationMessage } from '../../contract/validation-details';
import { composeDeps } from './compose-deps';
import { trustedContext, type TrustedContext } from './forge-context';
import { toErrorResult } from './to-error-result';

/** What `@forge/resolver` passes to a definition. */
export interface ResolverRequest {
  payload: unknown;
  context: unknown;
}

/**
 * The one shape of every resolver: parse the payload with its contract
 * schema (a `validation` error names the bad path), take identity and
 * selection from the Forge context, run one use case, answer the envelope.
 */
export function resolverFor<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (deps: AppDeps, payload: z.infer<S>, context: TrustedContext) => Promise<T>,
  makeDeps: () => AppDeps = composeDeps,
): (request: ResolverRequest) => Promise<Result<T>> {
  return async ({ payload, context }) => {
    const deps = makeDeps();
    try {
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        const details = validationDetails(parsed.error.issues);
        return fail('validation', validationMessage(details), details);
      }
      const trusted = trustedContext(context);
      return ok(await run(deps, parsed.data, trusted));
    } catch (error) {
      return toErrorResult(error, deps.logger, name);
    }
  };
}

/**
 * `resolverFor` for a function of the typed registry (contract/resolver-contract.ts): the
 * payload schema comes from the registry, and `run` must answer the registry's result type,
 * so a result that drifts from the contract does not compile.
 */
export function contractResolver<K extends ContractKey>(
  key: K,
  run: (deps: AppDeps, payload: z.infer<PayloadSchemaOf<K>>, context: TrustedContext) => Promise<ContractResult<K>>,
  makeDeps: () => AppDeps = composeDeps,
): (request: ResolverRequest) => Promise<Result<ContractResult<K>>> {
  // Indexing the registry by a generic key loses the pairing TypeScript can check; the cast restores it.
  const schema = RESOLVER_CONTRACT[key].payload as unknown as z.ZodType<z.infer<PayloadSchemaOf<K>>>;
  return resolverFor(key, schema, run, makeDeps);
}
