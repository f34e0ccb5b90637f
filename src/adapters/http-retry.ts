import type { Clock } from '../ports/clock';
import { JiraRateLimitedError, JiraUnavailableError } from '../ports/jira-errors';

/**
 * Retrying for Jira's points-based rate limit (429 + Retry-After) and
 * transient 5xx / network failures. One budget is shared by every request of
 * an invocation, so a portfolio read that keeps hitting 429 stops in time and
 * answers `incomplete` instead of running past the resolver's 25 s limit.
 */
export interface RetryOptions {
  /** Retries allowed across all requests sharing this budget. */
  maxRetries: number;
  /** First backoff when Jira gives no Retry-After; doubles per attempt. */
  baseDelayMs: number;
  /** No single wait longer than this; a longer Retry-After spends the budget at once. */
  maxDelayMs: number;
  /** Total time this budget may spend waiting. */
  maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = {
  maxRetries: 6,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxTotalWaitMs: 15_000,
};

export class RetryBudget {
  private retriesLeft: number;
  private waitLeftMs: number;

  constructor(readonly options: RetryOptions = DEFAULT_RETRY_OPTIONS) {
    this.retriesLeft = options.maxRetries;
    this.waitLeftMs = options.maxTotalWaitMs;
  }

  /** Reserves one retry waiting `delayMs`; false when the budget cannot afford it. */
  take(delayMs: number): boolean {
    if (this.retriesLeft <= 0 || delayMs > this.options.maxDelayMs || delayMs > this.waitLeftMs) return false;
    this.retriesLeft -= 1;
    this.waitLeftMs -= delayMs;
    return true;
  }
}

/** The part of a fetch Response the retry loop reads. */
export interface RetryableResponse {
  status: number;
  headers: { get(name: string): string | null };
}

/** Seconds from a Retry-After header (delta-seconds form; HTTP dates are not used by Jira). */
export function retryAfterSeconds(response: RetryableResponse): number | undefined {
  const raw = response.headers.get('retry-after');
  if (raw === null) return undefined;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

export async function sendWithRetry<R extends RetryableResponse>(
  send: () => Promise<R>,
  context: { budget: RetryBudget; clock: Clock; what: string },
): Promise<R> {
  const { budget, clock, what } = context;
  for (let attempt = 0; ; attempt += 1) {
    let response: R;
    try {
      response = await send();
    } catch (networkError) {
      const delay = backoff(budget.options, attempt);
      if (!budget.take(delay)) {
        throw new JiraUnavailableError(`Jira could not be reached for ${what}: ${messageOf(networkError)}`);
      }
      await clock.sleep(delay);
      continue;
    }
    if (response.status === 429) {
      const after = retryAfterSeconds(response);
      const delay = after !== undefined ? after * 1000 : backoff(budget.options, attempt);
      if (!budget.take(delay)) {
        throw new JiraRateLimitedError(`Jira rate-limited ${what} past the retry budget`, after);
      }
      await clock.sleep(delay);
      continue;
    }
    if (response.status >= 500) {
      const delay = backoff(budget.options, attempt);
      if (!budget.take(delay)) {
        throw new JiraUnavailableError(`Jira kept failing (${response.status}) for ${what}`, response.status);
      }
      await clock.sleep(delay);
      continue;
    }
    return response;
  }
}

function backoff(options: RetryOptions, attempt: number): number {
  return Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
