/**
 * The one envelope every resolver answers. Error codes are a closed set so the
 * UI can act on each (see docs/api.md).
 */
export const ERROR_CODES = [
  'validation', // the payload (or a stored value it refers to) is invalid
  'forbidden', // the caller may not do this (from the Forge context, never the payload)
  'not-found', // the issue / project / job does not exist or is not visible to the caller
  'conflict', // optimistic concurrency: someone saved first; details.current holds their value
  'rate-limited', // Jira kept answering 429 past the retry budget; details.retryAfterSeconds
  'incomplete', // not everything could be read; details.partial holds what was read
  'internal', // anything else; the message never carries a stack trace
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ResultError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ResultError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});
