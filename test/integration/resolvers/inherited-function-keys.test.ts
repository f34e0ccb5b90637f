import Resolver from '@forge/resolver';
import { definitionsFor } from '../../../src/resolvers/shared/definitions-for';
import * as app from '../../../src/index';

/**
 * `@forge/resolver` finds functions with `key in {}`, so Object.prototype's members
 * are "defined" for every resolver (`constructor` even echoes the request back).
 * The app's exported handlers answer `not-found` for any key they do not define.
 */
const HANDLERS = ['dashboardHandler', 'requirementHandler', 'adminHandler', 'portfolioHandler'] as const;
const FOREIGN_KEYS = [
  'constructor',
  '__proto__',
  'valueOf',
  'toString',
  'hasOwnProperty',
  'isPrototypeOf',
  'no-such-function',
  '',
];

const request = (functionKey: unknown) => ({
  call: { functionKey, payload: { marker: 'echo-me' } },
  context: { moduleKey: 'pm-admin', extension: { type: 'jira:adminPage' } },
});

describe('resolver handlers refuse keys they do not define', () => {
  it.each(HANDLERS)('%s answers not-found for inherited and unknown keys, echoing nothing', async (name) => {
    const handler = app[name] as (call: unknown, runtime?: unknown) => Promise<unknown>;
    for (const key of [...FOREIGN_KEYS, undefined, 42]) {
      const result = await handler(request(key), { principal: { accountId: 'acc-1' } });
      expect({ key, result }).toEqual({
        key,
        result: { ok: false, error: { code: 'not-found', message: expect.any(String) } },
      });
      expect(JSON.stringify(result)).not.toContain('echo-me');
    }
  });

  it('definitionsFor delegates own keys to the resolver, with payload and the principal as context', async () => {
    const resolver = new Resolver().define('hello', ({ payload, context }) => ({
      payload,
      accountId: context.accountId,
    }));
    const handler = definitionsFor(resolver, { hello: 'hello' });
    await expect(
      handler(
        { call: { functionKey: 'hello', payload: { a: 1 } }, context: {} },
        { principal: { accountId: 'acc-1' } },
      ),
    ).resolves.toEqual({
      payload: { a: 1 },
      accountId: 'acc-1',
    });
    await expect(handler({ call: { functionKey: 'constructor', payload: {} }, context: {} })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('without the guard, @forge/resolver itself resolves `constructor` to Object and echoes the request (why the guard exists)', async () => {
    const raw = new Resolver().define('hello', () => 'hi').getDefinitions();
    await expect(
      raw({ call: { functionKey: 'constructor', payload: { marker: 'echo-me' } }, context: {} }),
    ).resolves.toMatchObject({ payload: { marker: 'echo-me' } });
  });
});
