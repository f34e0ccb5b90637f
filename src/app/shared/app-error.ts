import type { ErrorCode, ErrorDetails, ValidationDetails } from '../../contract/result';

/**
 * A failure a use case reports on purpose, with one of the contract's closed
 * error codes. The message is shown to the user, so it never names an issue,
 * project or count the caller may not see.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details?: ErrorDetails[C],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const forbidden = (message: string): AppError => new AppError('forbidden', message);
export const notFound = (message: string): AppError => new AppError('not-found', message);
export const invalid = (message: string, details?: ValidationDetails): AppError =>
  new AppError('validation', message, details);

/** Not everything could be read: `details.partial` carries the view built from what was. */
export function incomplete(partial: unknown, note: string | undefined, retryAfterSeconds?: number): AppError {
  return new AppError('incomplete', note ?? 'Not every issue could be read.', {
    partial,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}
