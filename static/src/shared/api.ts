/**
 * The UI's only door to the resolvers. Types come from `src/contract` (type-only
 * imports, so no backend code reaches the bundle); the runtime is @forge/bridge.
 */
import { invoke as bridgeInvoke } from '@forge/bridge';
import type { ErrorCode, FunctionKey, PayloadOf, ResultError, ResultOf } from '../../../src/contract/api';
// A runtime import: result.ts holds only the list (its other imports are type-only).
import { ERROR_CODES } from '../../../src/contract/result';

export type { FunctionKey, PayloadOf, ResultOf, ResultError, ErrorCode };

function isEnvelope(value: unknown): value is { ok: boolean } {
  if (!value || typeof value !== 'object' || typeof (value as { ok?: unknown }).ok !== 'boolean') return false;
  const v = value as { ok: boolean; error?: { code?: unknown } };
  return (
    v.ok ||
    (typeof v.error === 'object' && v.error !== null && (ERROR_CODES as readonly unknown[]).includes(v.error.code))
  );
}

/** Some bridge builds wrap the answer as `{ body, metadata }`. */
function unwrap(value: unknown): unknown {
  if (value && typeof value === 'object' && 'body' in value && !('ok' in value))
    return (value as { body: unknown }).body;
  return value;
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' ? error : 'The request failed.';
}

/**
 * Calls a resolver by function key with a payload of the right type and answers its
 * result envelope. A rejected bridge call (resolver threw, network, timeout) becomes an
 * `internal` error result, so callers handle exactly one shape.
 */
export async function invoke<K extends FunctionKey>(key: K, payload: PayloadOf<K>): Promise<ResultOf<K>> {
  try {
    const answer = unwrap(await bridgeInvoke(key, payload as Record<string, unknown>));
    if (isEnvelope(answer)) return answer as ResultOf<K>;
    return {
      ok: false,
      error: {
        code: 'internal',
        message:
          'The app answered in a shape this page does not understand. Reload the page; if it persists, tell your Jira admin.',
      },
    } as ResultOf<K>;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'internal', message: `The app could not be reached: ${messageOf(error)}` },
    } as ResultOf<K>;
  }
}

export type DataOf<K extends FunctionKey> = Extract<ResultOf<K>, { ok: true }>['data'];
