/**
 * Polling that backs off: Forge bills every `invoke`, and a long roll-up would cost
 * one invocation a second. The waits grow exponentially from `firstMs` by `factor`
 * up to `maxMs` (1 s, 2 s, 4 s, 8 s, 15 s, 15 s ... by default).
 *
 * @example
 * const stop = pollWithBackoff(async () => (await invoke('getRollupProgress', { jobId })).ok);
 * // later: stop();
 */
export interface BackoffPolicy {
  firstMs: number;
  factor: number;
  maxMs: number;
}

export const ROLLUP_POLL_BACKOFF: BackoffPolicy = { firstMs: 1000, factor: 2, maxMs: 15_000 };

/** The wait before poll number `attempt` (0 = the first poll). */
export function backoffDelay(attempt: number, policy: BackoffPolicy = ROLLUP_POLL_BACKOFF): number {
  return Math.min(policy.maxMs, policy.firstMs * policy.factor ** attempt);
}

/**
 * Calls `check` after each wait while it answers true (keep polling). Answers a
 * function that stops the polling; a check already running finishes, no new one starts.
 */
export function pollWithBackoff(
  check: () => Promise<boolean>,
  policy: BackoffPolicy = ROLLUP_POLL_BACKOFF,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (attempt: number) => {
    timer = setTimeout(
      async () => {
        if (stopped) return;
        const again = await check();
        if (again && !stopped) schedule(attempt + 1);
      },
      backoffDelay(attempt, policy),
    );
  };
  schedule(0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
