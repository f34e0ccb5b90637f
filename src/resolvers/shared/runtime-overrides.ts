import type { RetryOptions } from '../../adapters/http-retry';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';

/**
 * Seams for the local runtime and tests, never used on Forge: a clock that
 * does not really sleep (so 429 backoff is instant in tests), a smaller
 * retry budget, a logger that collects instead of printing. Call `setRuntimeOverrides({})` to restore the defaults.
 */
export interface RuntimeOverrides {
  clock?: Clock;
  retry?: RetryOptions;
  logger?: Logger;
}

let overrides: RuntimeOverrides = {};

export function setRuntimeOverrides(next: RuntimeOverrides): void {
  overrides = { ...next };
}

export function runtimeOverrides(): RuntimeOverrides {
  return overrides;
}
