/**
 * Time, injected so use cases never read the wall clock and backoff never
 * really sleeps in unit tests.
 */
export interface Clock {
  now(): Date;
  /** Waits `ms` milliseconds (the system clock) or returns at once (fakes). */
  sleep(ms: number): Promise<void>;
}
