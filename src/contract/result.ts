import type { ValidationDetails } from './validation-details';

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

/**
 * What `details` holds for each code (absent where a code has none). `conflict.current` is
 * the stored value in the caller's view of the function that answered (a requirement, a
 * KPI, the config ...), so it stays `unknown` here and each screen parses its own.
 */
export interface ErrorDetails {
  validation: ValidationDetails;
  forbidden: never;
  'not-found': never;
  conflict: { current: unknown; currentVersion?: number };
  'rate-limited': { retryAfterSeconds?: number };
  incomplete: { partial: unknown; retryAfterSeconds?: number };
  internal: never;
}

/** One error, its details typed by its code (narrow on `code` to read them). */
export type ResultError = { [C in ErrorCode]: { code: C; message: string; details?: ErrorDetails[C] } }[ErrorCode];

export type { FieldIssue, ValidationDetails } from './validation-details';

export type Result<T> = { ok: true; data: T } | { ok: false; error: ResultError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

export function fail<C extends ErrorCode>(code: C, message: string, details?: ErrorDetails[C]): Result<never> {
  // TypeScript cannot pair a generic code with its details inside the union; the signature does.
  const error = (details === undefined ? { code, message } : { code, message, details }) as ResultError;
  return { ok: false, error };
}
