import type { ErrorCode } from '../../contract/result';

/**
 * A failure a use case reports on purpose, with one of the contract's closed
 * error codes. The message is shown to the user, so it never names an issue,
 * project or count the caller may not see.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const forbidden = (message: string): AppError => new AppError('forbidden', message);
export const notFound = (message: string): AppError => new AppError('not-found', message);
export const invalid = (message: string, details?: unknown): AppError => new AppError('validation', message, details);

/** Not everything could be read: `details.partial` carries the view built from what was. */
export function incomplete(partial: unknown, note: string | undefined, retryAfterSeconds?: number): AppError {
  return new AppError('incomplete', note ?? 'Not every issue could be read.', {
    partial,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}
