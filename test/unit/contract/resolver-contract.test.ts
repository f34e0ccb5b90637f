import type { FunctionKey, PayloadOf, ResultOf } from '../../../src/contract/api';
import * as FK from '../../../src/contract/function-keys';
import { RESOLVER_CONTRACT } from '../../../src/contract/resolver-contract';
import type { ConfigView } from '../../../src/contract/views';
import { contractResolver } from '../../../src/resolvers/shared/define-resolver';
import type { AppDeps } from '../../../src/app/shared/app-deps';
import type { Harness } from '../../integration/resolvers/resolver-harness';
import { invoke } from '../../integration/resolvers/resolver-harness';

/**
 * The registry is what keeps the backend, the UI and the tests on one contract. The
 * `@ts-expect-error` lines are the type-level half of this test: `npm run typecheck`
 * (which compiles test/) fails if any of them starts compiling, i.e. if a resolver could
 * answer the wrong result type or a caller could send the wrong payload unnoticed.
 */
const neverCalled = (): AppDeps => {
  throw new Error('not called: the resolvers below are only built, never invoked');
};

// A resolver answering something other than the contract's ConfigView does not compile.
// @ts-expect-error version is a number in ConfigView, and canEdit / config are missing
contractResolver('getConfig', async () => ({ version: 'one' }), neverCalled);

// The right result type compiles.
contractResolver(
  'getConfig',
  async (): Promise<ConfigView> => ({
    version: 1,
    config: {} as ConfigView['config'],
    defaults: {} as ConfigView['defaults'],
    rankingModels: [],
    canEdit: true,
    schemaVersion: 1,
  }),
  neverCalled,
);

// The payload a resolver sees is the schema's output: `version` is a number.
contractResolver(
  'saveConfig',
  async (_deps, payload): Promise<ConfigView> => {
    // @ts-expect-error version is a number, not a string
    const wrong: string = payload.version;
    void wrong;
    return {
      version: payload.version,
      config: {} as ConfigView['config'],
      defaults: {} as ConfigView['defaults'],
      rankingModels: [],
      canEdit: true,
      schemaVersion: 1,
    };
  },
  neverCalled,
);

// The UI's and the harness's payload and result types come from the same registry.
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type ConfigResultIsTheContracts = Assert<Same<Extract<ResultOf<'getConfig'>, { ok: true }>['data'], ConfigView>>;
// @ts-expect-error pageSize is a number on the wire
export const badPortfolioPayload: PayloadOf<'getPortfolio'> = { pageSize: '20' };

// The harness's typed call refuses a payload the contract does not allow.
export async function harnessTyped(h: Harness): Promise<number> {
  const answer = await invoke(h, 'pm-admin', 'getConfig', {}, 'someone', { type: 'jira:adminPage' });
  // The typed answer: `version` is known to be a number without a cast.
  return answer.ok ? answer.data.version : -1;
}

describe('resolver contract registry', () => {
  // Every group of function-keys.ts (one per Forge function), whatever groups exist.
  const grouped = Object.values(FK).flatMap((group) => Object.values(group as Record<string, string>));

  // A function added in the older style (resolverFor with its own schema) fails here until it moves into the registry.
  it('lists exactly the function keys the Forge functions serve', () => {
    expect(Object.keys(RESOLVER_CONTRACT).sort()).toEqual([...grouped].sort());
  });

  it.each(Object.keys(RESOLVER_CONTRACT) as FunctionKey[])(
    '%s: its payload schema is strict (an unknown field is refused, never dropped)',
    (key) => {
      const schema = RESOLVER_CONTRACT[key as keyof typeof RESOLVER_CONTRACT].payload;
      const parsed = schema.safeParse({ surpriseField: 1 });
      expect(parsed.success).toBe(false);
      expect(JSON.stringify(parsed.error?.issues)).toContain('surpriseField');
    },
  );

  it('a resolver built from the registry parses with the registry schema (an unknown field is a validation error)', async () => {
    // makeDeps is called before parsing, so give it deps that only need a logger.
    const withDeps = contractResolver(
      'getConfig',
      async (): Promise<ConfigView> => {
        throw new Error('must not run: the payload is invalid');
      },
      () =>
        ({ logger: { info: () => undefined, warn: () => undefined, error: () => undefined } }) as unknown as AppDeps,
    );
    const answer = await withDeps({ payload: { surprise: true }, context: { accountId: 'a' } });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('validation');
      expect(answer.error.details).toEqual({ issues: [{ path: [], message: expect.stringContaining('surprise') }] });
    }
  });
});
