import type Resolver from '@forge/resolver';
import { fail } from '../../contract/result';

type Definitions = ReturnType<Resolver['getDefinitions']>;

/**
 * The Forge handler of one resolver, answering only its own function keys.
 * `@forge/resolver` looks keys up with `in` on a plain object, so `constructor`,
 * `toString` or `__proto__` reach Object.prototype (and `constructor` echoes the
 * request back); any key that is not one of `keys` answers `not-found` instead.
 */
export function definitionsFor(resolver: Resolver, keys: Readonly<Record<string, string>>): Definitions {
  const known = new Set(Object.values(keys));
  const definitions = resolver.getDefinitions();
  return async (request, backendRuntimePayload) => {
    const functionKey: unknown = request?.call?.functionKey;
    if (typeof functionKey !== 'string' || !known.has(functionKey)) {
      return fail('not-found', 'This resolver has no function with that key.');
    }
    return definitions(request, backendRuntimePayload);
  };
}
