import { AppError } from '../../app/shared/app-error';
import { fail, type Result } from '../../contract/result';
import { QueueBusyError, QueueUnavailableError } from '../../ports/job-queue';
import {
  JiraBadRequestError,
  JiraForbiddenError,
  JiraRateLimitedError,
  JiraResponseShapeError,
  JiraUnavailableError,
} from '../../ports/jira-errors';
import { StorageLimitError, StorageRateLimitedError } from '../../ports/key-value-store';
import type { Logger } from '../../ports/logger';

/**
 * Maps anything a use case throws to the contract's closed error codes.
 * Messages are written for people; stack traces and Jira's raw answers go to
 * the server log only.
 */
export function toErrorResult(error: unknown, logger: Logger, where: string): Result<never> {
  // A use case's message may quote caller-chosen text (a config field name); keep it readable.
  if (error instanceof AppError) return fail(error.code, clipMessage(error.message), error.details);
  if (error instanceof JiraRateLimitedError) {
    return fail('rate-limited', 'Jira is rate-limiting the app right now. Try again shortly.', {
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    });
  }
  if (error instanceof JiraForbiddenError) {
    logger.warn(`${where}: Jira refused a request`, { message: error.message });
    return fail('forbidden', 'Jira did not allow this for your account.');
  }
  if (error instanceof QueueBusyError)
    return fail('rate-limited', 'Background processing is busy right now. Try again in a minute.');
  if (error instanceof StorageLimitError) return fail('validation', `Too large to store: ${error.message}.`);
  if (error instanceof StorageRateLimitedError) {
    logger.warn(`${where}: app storage rate limit`, { message: error.message });
    return fail('rate-limited', 'The app is handling too many requests right now. Wait a minute and try again.');
  }
  logger.error(`${where} failed`, error);
  if (error instanceof JiraUnavailableError) return fail('internal', 'Jira did not answer. Try again shortly.');
  if (error instanceof JiraBadRequestError || error instanceof JiraResponseShapeError) {
    return fail('internal', 'Jira answered in a way the app did not expect; the details were logged.');
  }
  if (error instanceof QueueUnavailableError)
    return fail('internal', 'Background processing could not take the roll-up; the details were logged.');
  return fail('internal', 'Something went wrong; the details were logged.');
}

const MAX_MESSAGE = 300;

function clipMessage(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${message.slice(0, MAX_MESSAGE - 1)}…`;
}
