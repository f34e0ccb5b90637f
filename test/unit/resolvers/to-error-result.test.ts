import { AppError } from '../../../src/app/shared/app-error';
import { QueueBusyError, QueueUnavailableError } from '../../../src/ports/job-queue';
import {
  JiraBadRequestError,
  JiraForbiddenError,
  JiraRateLimitedError,
  JiraResponseShapeError,
  JiraUnavailableError,
} from '../../../src/ports/jira-errors';
import { StorageLimitError, StorageRateLimitedError } from '../../../src/ports/key-value-store';
import type { Logger } from '../../../src/ports/logger';
import { toErrorResult } from '../../../src/resolvers/shared/to-error-result';

const silentLogger = (): Logger => ({ info: jest.fn(), warn: jest.fn(), error: jest.fn() });

// Raw texts that must never reach the user: Jira's own answer and internal paths.
const RAW = 'HTTP 500 from /rest/api/3/search/jql at GatewayImpl.read';

describe('toErrorResult maps each error kind to a contract code and words for people', () => {
  it.each<[string, unknown, string, RegExp]>([
    [
      'a use case AppError keeps its code and message',
      new AppError('not-found', 'No such project.'),
      'not-found',
      /No such project/,
    ],
    ['Jira rate limiting', new JiraRateLimitedError(RAW, 30), 'rate-limited', /Jira is rate-limiting/],
    ['Jira refusing the account', new JiraForbiddenError(RAW), 'forbidden', /did not allow this for your account/],
    ['a busy queue', new QueueBusyError(RAW), 'rate-limited', /Background processing is busy/],
    [
      'a value too large for storage',
      new StorageLimitError('value is 300 KB', 'value-size'),
      'validation',
      /Too large to store: value is 300 KB/,
    ],
    ['the storage rate limit', new StorageRateLimitedError(RAW), 'rate-limited', /too many requests/],
    ['Jira not answering', new JiraUnavailableError(RAW, 503), 'internal', /Jira did not answer/],
    [
      'a Jira bad request',
      new JiraBadRequestError(RAW, ['Field x does not exist']),
      'internal',
      /did not expect; the details were logged/,
    ],
    [
      'a Jira answer of the wrong shape',
      new JiraResponseShapeError(RAW, 'issues[0].fields'),
      'internal',
      /did not expect/,
    ],
    ['an unavailable queue', new QueueUnavailableError(RAW), 'internal', /could not take the roll-up/],
    [
      'anything else',
      new TypeError(`Cannot read properties of undefined (${RAW})`),
      'internal',
      /Something went wrong/,
    ],
    ['a thrown string', 'boom', 'internal', /Something went wrong/],
  ])('%s', (_name, error, code, words) => {
    const result = toErrorResult(error, silentLogger(), 'getDashboard');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(words);
    const text = JSON.stringify(result);
    expect(text).not.toContain(RAW);
    expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|Error:/);
    expect(text).not.toContain('Field x does not exist');
  });

  it('Jira rate limiting passes the wait on, and only when Jira gave one', () => {
    const withWait = toErrorResult(new JiraRateLimitedError(RAW, 30), silentLogger(), 'x');
    const without = toErrorResult(new JiraRateLimitedError(RAW, undefined), silentLogger(), 'x');
    expect(withWait).toMatchObject({ ok: false, error: { details: { retryAfterSeconds: 30 } } });
    expect(without.ok === false && without.error.details).toEqual({});
  });

  it('an AppError message over 300 characters is clipped with an ellipsis', () => {
    const result = toErrorResult(new AppError('validation', 'x'.repeat(400)), silentLogger(), 'x');
    expect(result.ok === false && result.error.message).toBe(`${'x'.repeat(299)}…`);
  });

  it('unexpected errors go to the server log with their stack, not to the caller', () => {
    const logger = silentLogger();
    const error = new Error(RAW);
    toErrorResult(error, logger, 'getDashboard');
    expect(logger.error).toHaveBeenCalledWith('getDashboard failed', error);
  });
});
