/**
 * Exponential backoff for redelivering a failed trigger or async event:
 * `baseDelayMs * 2^(retryCount-1)`, capped. Forge documents that it retries
 * with backoff, not the exact delays; these are the local runtime's.
 */
export interface RetryPolicy {
  /** Deliveries after the first one. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Delay before retry number `retryCount` (1-based). */
export function retryDelayMs(policy: RetryPolicy, retryCount: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retryCount - 1));
}
