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

/** The limits the local KVS enforces; `openKvsEmulator({limits})` overrides any of them (tests lower them). */
export interface KvsLimits {
  /** Key length in characters. */
  maxKeyLength: number;
  /** Value size in bytes of its JSON. */
  maxValueBytes: number;
  /** Object nesting depth (Forge's storage limits page: 31). */
  maxDepth: number;
  /** Operations in one transaction (set + delete + check). */
  maxTransactionOperations: number;
  /** Page size of a query. */
  maxQueryLimit: number;
  defaultQueryLimit: number;
  /** Request sizes are counted in units of this many bytes, rounded up, at least 1 per request (or per batch item). */
  unitBytes: number;
  /** Read and write units per installation per minute. */
  readUnitsPerMinute: number;
  writeUnitsPerMinute: number;
  /** Requests per installation per second. */
  requestsPerSecond: number;
}

/** Forge's KVS and Custom Entity Store limits ("KVS and Custom Entity Store limits", checked 2026-12). */
export const KVS_LIMITS: KvsLimits = {
  maxKeyLength: 500,
  maxValueBytes: 240 * 1024,
  maxDepth: 31,
  maxTransactionOperations: 25,
  maxQueryLimit: 100,
  defaultQueryLimit: 10,
  unitBytes: 10 * 1024,
  readUnitsPerMinute: 4000,
  writeUnitsPerMinute: 4000,
  requestsPerSecond: 1000,
};

/** Entity names: 3-60 characters. */
export const ENTITY_NAME_PATTERN = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

/** Forge answers every exceeded quota with 429 `RATE_LIMIT_EXCEEDED`; @forge/kvs surfaces it as a ForgeKvsAPIError with that code. */
export function rateLimitExceeded(message: string): KvsApiError {
  return new KvsApiError(429, 'RATE_LIMIT_EXCEEDED', message);
}

export function validateKey(key: unknown, limits: KvsLimits = KVS_LIMITS): string {
  if (typeof key !== 'string' || key.length === 0) {
    throw new KvsApiError(400, 'KEY_TOO_SHORT', 'The key must be a non-empty string.');
  }
  if (key.length > limits.maxKeyLength) {
    throw new KvsApiError(
      400,
      'KEY_TOO_LONG',
      `The key has ${key.length} characters; the maximum is ${limits.maxKeyLength}.`,
    );
  }
  if (!KEY_PATTERN.test(key)) {
    throw new KvsApiError(400, 'INVALID_KEY', `The key "${key.slice(0, 80)}" does not match ${String(KEY_PATTERN)}.`);
  }
  return key;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let max = 0;
  for (const child of Object.values(value as Record<string, unknown>)) max = Math.max(max, depthOf(child));
  return max + 1;
}

export function validateValue(value: unknown, limits: KvsLimits = KVS_LIMITS): unknown {
  if (value === undefined) throw new KvsApiError(400, 'INVALID_VALUE', 'The value is missing.');
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > limits.maxValueBytes) {
    throw new KvsApiError(400, 'MAX_SIZE', `The value is ${bytes} bytes; the maximum is ${limits.maxValueBytes}.`);
  }
  if (depthOf(value) > limits.maxDepth) {
    throw new KvsApiError(400, 'MAX_DEPTH', `The value is nested deeper than ${limits.maxDepth} levels.`);
  }
  return value;
}

export function validateLimit(limit: unknown, code: string, limits: KvsLimits = KVS_LIMITS): number {
  if (limit === undefined || limit === null) return limits.defaultQueryLimit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > limits.maxQueryLimit) {
    throw new KvsApiError(400, code, `The page limit must be an integer between 1 and ${limits.maxQueryLimit}.`);
  }
  return limit;
}
