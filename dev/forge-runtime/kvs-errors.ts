/**
 * Errors the Forge KVS API answers with: a non-2xx status and a body
 * `{code, message}` (what @forge/kvs turns into a `ForgeKvsAPIError`).
 * Codes follow Atlassian's "Error handling for the Key-Value Store" and
 * "Custom Entity Store" pages; `KEY_NOT_FOUND` is what @forge/kvs 1.6.5 checks for.
 */
export class KvsApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsApiError';
  }
}

export const KVS_LIMITS = {
  /** Key length in characters. */
  maxKeyLength: 500,
  /** Value size in bytes of its JSON. */
  maxValueBytes: 240 * 1024,
  /** Object nesting depth. */
  maxDepth: 32,
  /** Operations in one transaction (set + delete + check). */
  maxTransactionOperations: 25,
  /** Page size of a query. */
  maxQueryLimit: 100,
  defaultQueryLimit: 10,
  /** Entity names: 3-60 characters. */
  entityNamePattern: /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/,
  keyPattern: /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/,
} as const;

export function validateKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0) {
    throw new KvsApiError(400, 'KEY_TOO_SHORT', 'The key must be a non-empty string.');
  }
  if (key.length > KVS_LIMITS.maxKeyLength) {
    throw new KvsApiError(400, 'KEY_TOO_LONG', `The key has ${key.length} characters; the maximum is ${KVS_LIMITS.maxKeyLength}.`);
  }
  if (!KVS_LIMITS.keyPattern.test(key)) {
    throw new KvsApiError(400, 'INVALID_KEY', `The key "${key.slice(0, 80)}" does not match ${String(KVS_LIMITS.keyPattern)}.`);
  }
  return key;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let max = 0;
  for (const child of Object.values(value as Record<string, unknown>)) max = Math.max(max, depthOf(child));
  return max + 1;
}

export function validateValue(value: unknown): unknown {
  if (value === undefined) throw new KvsApiError(400, 'INVALID_VALUE', 'The value is missing.');
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > KVS_LIMITS.maxValueBytes) {
    throw new KvsApiError(400, 'MAX_SIZE', `The value is ${bytes} bytes; the maximum is ${KVS_LIMITS.maxValueBytes} (240 KiB).`);
  }
  if (depthOf(value) > KVS_LIMITS.maxDepth) {
    throw new KvsApiError(400, 'MAX_DEPTH', `The value is nested deeper than ${KVS_LIMITS.maxDepth} levels.`);
  }
  return value;
}

export function validateLimit(limit: unknown, code: string): number {
  if (limit === undefined || limit === null) return KVS_LIMITS.defaultQueryLimit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > KVS_LIMITS.maxQueryLimit) {
    throw new KvsApiError(400, code, `The page limit must be an integer between 1 and ${KVS_LIMITS.maxQueryLimit}.`);
  }
  return limit;
}
